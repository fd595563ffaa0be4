// Builds the explorer's graph straight from the overview's chunks (api/overviewChunks.ts) as
// the worker posts them: each node's and edge's attributes object is written once from the
// chunk's columns, with no view object per item in between (at 200,000 nodes and 600,000
// edges, those 800,000 views were a second of building and a second of garbage collection),
// and the first chunks are in the graph while the worker still cuts and posts the last ones.
// What it adds is what mergeInSlices adds from the same payload: same attributes, same
// placement, same order; an id seen twice, or already in the graph, goes through mergeNode or
// mergeEdge as a view, as it would there.
import type { EdgeKind } from '../../../contract/api.ts';
import type { EntityType } from '../../../contract/graph.ts';
import { TextReader, type EdgeChunk, type NodeChunk, type OverviewChunk } from '../../api/overviewChunks.ts';
import { NODE_SIZE_MIN, TYPE_COLORS } from '../../consts.ts';
import {
  edgeWidth,
  mergeEdge,
  mergeNode,
  planPlacement,
  singleOrigin,
  type ExplorerGraph,
  type MergeOptions,
  type MergeResult,
  type Placement,
  type SliceOptions,
} from './explorerGraph.ts';
import { WALK_STRIDE, type Walk } from './slices.ts';

/**
 * The aliases of a node that has none, the evidence of an edge that has none: one array for
 * all of them rather than one each (never changed in place: attributes are replaced whole).
 */
const NONE = Object.freeze([]) as unknown as string[];

/** The next `count` strings of `strings`, or NONE. */
function readList(strings: TextReader, count: number): string[] {
  if (count === 0) return NONE;
  const list = new Array<string>(count);
  for (let i = 0; i < count; i++) list[i] = strings.next();
  return list;
}

function* mergeNodeChunk(
  graph: ExplorerGraph,
  chunk: NodeChunk,
  origin: string,
  placement: Placement,
  result: MergeResult,
): Walk<void> {
  const strings = new TextReader(chunk.text, chunk.ends);
  const types = chunk.symbols as EntityType[];
  const colors = types.map((type) => TYPE_COLORS[type] ?? TYPE_COLORS.Other);
  const origins = singleOrigin(origin);
  const { counts } = chunk;
  for (let i = 0; i < chunk.count; i++) {
    const id = strings.next();
    const name = strings.next();
    const aliases = readList(strings, chunk.aliasCounts[i]!);
    const type = chunk.types[i]!;
    if (graph.hasNode(id)) {
      const view = {
        id,
        name,
        type: types[type]!,
        aliases: aliases === NONE ? [] : aliases,
        mentions: counts[i * 4]!,
        articles: counts[i * 4 + 1]!,
        statementsBy: counts[i * 4 + 2]!,
        statementsAbout: counts[i * 4 + 3]!,
      };
      mergeNode(graph, view, origin, placement, result);
    } else {
      const { x, y } = placement.place(result.addedNodes.length);
      // The keys in mergeNode's order: the same object shape for every node of the graph.
      graph.addNode(id, {
        label: name,
        color: colors[type]!,
        entityType: types[type]!,
        aliases,
        mentions: counts[i * 4]!,
        articles: counts[i * 4 + 1]!,
        statementsBy: counts[i * 4 + 2]!,
        statementsAbout: counts[i * 4 + 3]!,
        x,
        y,
        size: NODE_SIZE_MIN,
        origins,
        hidden: false,
      });
      result.addedNodes.push(id);
    }
    if ((i + 1) % WALK_STRIDE === 0) yield;
  }
}

function* mergeEdgeChunk(graph: ExplorerGraph, chunk: EdgeChunk, origin: string, result: MergeResult): Walk<void> {
  const strings = new TextReader(chunk.text, chunk.ends);
  const symbols = chunk.symbols;
  const origins = singleOrigin(origin);
  for (let i = 0; i < chunk.count; i++) {
    const id = strings.next();
    const source = strings.next();
    const target = strings.next();
    const dated = chunk.dated[i]!;
    const firstDate = dated & 1 ? strings.next() : null;
    const lastDate = dated & 2 ? strings.next() : null;
    const evidenceIds = readList(strings, chunk.evidenceCounts[i]!);
    const kind = symbols[chunk.kinds[i]!] as EdgeKind;
    const relType = symbols[chunk.types[i]!]!;
    const weight = chunk.weights[i]!;
    if (!graph.hasNode(source) || !graph.hasNode(target)) result.skippedEdges++;
    else if (graph.hasEdge(id)) {
      const view = {
        id,
        source,
        target,
        kind,
        type: relType,
        weight,
        evidenceIds: evidenceIds === NONE ? [] : evidenceIds,
        firstDate,
        lastDate,
      };
      mergeEdge(graph, view, origin, result);
    } else {
      graph.addDirectedEdgeWithKey(id, source, target, {
        kind,
        relType,
        weight,
        evidenceIds,
        firstDate,
        lastDate,
        size: edgeWidth(kind, weight),
        color: '',
        origins,
        hidden: false,
      });
      result.addedEdges.push(id);
    }
    if ((i + 1) % WALK_STRIDE === 0) yield;
  }
}

/** How many nodes and edges the chunks hold in all (the worker says so before the first). */
export interface ChunkTotals {
  nodes: number;
  edges: number;
}

/**
 * Adds the chunks' nodes and edges to the graph as they come, for `sliceMs` at a time, yielding
 * between slices (a wait for the next chunk lets the page have its turn too). New nodes are
 * placed as mergeInSlices places them, from the graph as it was before the load and
 * `totals.nodes` (every node of a load into an empty graph is new); an overview has no anchor.
 */
export async function mergeChunksInSlices(
  graph: ExplorerGraph,
  chunks: AsyncIterable<OverviewChunk> | Iterable<OverviewChunk>,
  totals: ChunkTotals,
  options: Omit<MergeOptions, 'anchor'>,
  slicing: SliceOptions,
): Promise<MergeResult> {
  const now = slicing.now ?? (() => performance.now());
  const total = totals.nodes + totals.edges;
  const result: MergeResult = { addedNodes: [], addedEdges: [], skippedEdges: 0 };
  const placement = planPlacement(graph, totals.nodes, options);
  let done = 0;
  let sliceStart = now();
  for await (const chunk of chunks) {
    const walk =
      chunk.kind === 'nodes'
        ? mergeNodeChunk(graph, chunk, options.origin, placement, result)
        : mergeEdgeChunk(graph, chunk, options.origin, result);
    let at = done;
    for (;;) {
      const ended = walk.next().done === true;
      at = ended ? done + chunk.count : at + WALK_STRIDE;
      if (now() - sliceStart >= slicing.sliceMs) {
        slicing.onProgress?.(at, total);
        await slicing.yieldToPage();
        sliceStart = now();
      }
      if (ended) break;
    }
    done += chunk.count;
  }
  slicing.onProgress?.(done, total);
  return result;
}
