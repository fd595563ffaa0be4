// Builds the explorer's graph straight from the overview's chunks (api/overviewChunks.ts) as
// the worker posts them: each node's and edge's attributes object is written once from the
// chunk's columns, with no view object per item in between (at 200,000 nodes and 600,000
// edges, those 800,000 views were a second of building and a second of garbage collection),
// and the first chunks are in the graph while the worker still cuts and posts the last ones.
// What it adds is what mergeInSlices adds from the same payload: same attributes, same
// placement, same order; an id seen twice, or already in the graph, goes through mergeNode or
// mergeEdge as a view, as it would there. A new edge also gets its `parallel` flag from the
// chunk, where mergeInSlices leaves it to markParallelEdges: into an empty graph the flags are
// final, and the walk over every edge that markParallelEdges would make is skipped.
import type { EdgeKind } from '../../../contract/api.ts';
import type { EntityType } from '../../../contract/graph.ts';
import {
  EdgeChunkReader,
  NodeChunkReader,
  NONE,
  type EdgeChunk,
  type NodeChunk,
  type OverviewChunk,
} from '../../api/overviewChunks.ts';
import { NODE_SIZE_MIN, TYPE_COLORS } from '../../consts.ts';
import {
  edgeWidth,
  mergeEdge,
  mergeNode,
  parallelFlagsWritten,
  planPlacement,
  singleOrigin,
  type ExplorerGraph,
  type MergeOptions,
  type MergeResult,
  type Placement,
  type SliceOptions,
} from './explorerGraph.ts';
import { WALK_STRIDE, type Walk } from './slices.ts';

/** `nodeIds` gets the id of each node of the chunk, in order, for the edge chunks to name. */
function* mergeNodeChunk(
  graph: ExplorerGraph,
  chunk: NodeChunk,
  nodeIds: string[],
  origin: string,
  placement: Placement,
  result: MergeResult,
): Walk<void> {
  const node = new NodeChunkReader(chunk);
  const types = chunk.symbols as EntityType[];
  const colors = types.map((type) => TYPE_COLORS[type] ?? TYPE_COLORS.Other);
  const origins = singleOrigin(origin);
  while (node.next()) {
    const { id } = node;
    nodeIds.push(id);
    if (graph.hasNode(id)) {
      const view = {
        id,
        name: node.name,
        type: types[node.type]!,
        aliases: node.aliases === NONE ? [] : node.aliases,
        mentions: node.mentions,
        articles: node.articles,
        statementsBy: node.statementsBy,
        statementsAbout: node.statementsAbout,
      };
      mergeNode(graph, view, origin, placement, result);
    } else {
      const { x, y } = placement.place(result.addedNodes.length);
      // The keys in mergeNode's order: the same object shape for every node of the graph.
      graph.addNode(id, {
        label: node.name,
        color: colors[node.type]!,
        entityType: types[node.type]!,
        aliases: node.aliases,
        mentions: node.mentions,
        articles: node.articles,
        statementsBy: node.statementsBy,
        statementsAbout: node.statementsAbout,
        x,
        y,
        size: NODE_SIZE_MIN,
        origins,
        hidden: false,
      });
      result.addedNodes.push(id);
    }
    if ((node.index + 1) % WALK_STRIDE === 0) yield;
  }
}

function* mergeEdgeChunk(
  graph: ExplorerGraph,
  chunk: EdgeChunk,
  nodeIds: readonly string[],
  origin: string,
  result: MergeResult,
): Walk<void> {
  const edge = new EdgeChunkReader(chunk, nodeIds);
  const origins = singleOrigin(origin);
  while (edge.next()) {
    const { id, source, target } = edge;
    const kind = edge.kind as EdgeKind;
    // Every node of the load is in the graph by now: only an end from outside it is looked up.
    if ((!edge.sourceInLoad && !graph.hasNode(source)) || (!edge.targetInLoad && !graph.hasNode(target)))
      result.skippedEdges++;
    else if (graph.hasEdge(id)) {
      const view = {
        id,
        source,
        target,
        kind,
        type: edge.type,
        weight: edge.weight,
        evidenceIds: edge.evidenceIds === NONE ? [] : edge.evidenceIds,
        firstDate: edge.firstDate,
        lastDate: edge.lastDate,
      };
      mergeEdge(graph, view, origin, result);
    } else {
      graph.addDirectedEdgeWithKey(id, source, target, {
        kind,
        relType: edge.type,
        weight: edge.weight,
        evidenceIds: edge.evidenceIds,
        firstDate: edge.firstDate,
        lastDate: edge.lastDate,
        size: edgeWidth(kind, edge.weight),
        color: '',
        origins,
        hidden: false,
        // Last, where markParallelEdges adds it: the same keys in the same order.
        parallel: edge.parallel,
      });
      result.addedEdges.push(id);
    }
    if ((edge.index + 1) % WALK_STRIDE === 0) yield;
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
  const empty = graph.order === 0 && graph.size === 0;
  const nodeIds: string[] = [];
  let done = 0;
  let sliceStart = now();
  for await (const chunk of chunks) {
    const walk =
      chunk.kind === 'nodes'
        ? mergeNodeChunk(graph, chunk, nodeIds, options.origin, placement, result)
        : mergeEdgeChunk(graph, chunk, nodeIds, options.origin, result);
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
  // The chunks' flags are the load's: right for the graph when it holds the load's edges and
  // no other, every one of them added.
  if (empty && result.addedEdges.length === totals.edges && graph.size === totals.edges) parallelFlagsWritten(graph);
  return result;
}
