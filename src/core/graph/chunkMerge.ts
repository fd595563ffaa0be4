// Builds the explorer's graph straight from the overview's chunks (api/overviewChunks.ts) as
// the worker posts them: each node's and edge's attributes object is written once from the
// chunk's columns, with no view object per item in between (at 200,000 nodes and 600,000
// edges, those 800,000 views were a second of building and a second of garbage collection),
// and the nodes of the first chunks are in the graph while the worker still cuts and posts
// the last ones.
// What it adds is what mergeInSlices adds from the same payload: same attributes, same
// placement, same order; an id seen twice, or already in the graph, goes through mergeNode or
// mergeEdge as a view, as it would there. A new edge also gets its `parallel` flag from the
// chunk, where mergeInSlices leaves it to markParallelEdges: into an empty graph the flags are
// final, and the walk over every edge that markParallelEdges would make is skipped.
// Nodes and edges go in through directedBuilder (graphologyInternals.ts), as graphology's own
// addNode and addDirectedEdgeWithKey would add them: an edge's ends given by position in the
// load are attached by their node data, kept by position, rather than looked up by id. The
// edges are all made as their chunks come, and added once the last chunk is in: an edge added
// as soon as it is made is young while the tables of its ends' neighbours, made with the
// nodes, are old, and every scavenge then walks each of those 1,200,000 pointers from old to
// young objects and copies the edge; made first, the edges are old when they are added (at
// 200,000 nodes and 600,000 edges in Node: half the scavenging, a third less CPU for the build).
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
  type EdgeAttributes,
  type MergeResult,
  type NodeAttributes,
  type Placement,
  type SliceOptions,
} from './explorerGraph.ts';
import { directedBuilder, type BuilderEdge, type BuilderNode, type DirectedBuilder } from './graphologyInternals.ts';
import { WALK_STRIDE, type Walk } from './slices.ts';

type Builder = DirectedBuilder<NodeAttributes, EdgeAttributes>;

/**
 * `nodeIds` and `loadNodes` get the id and the node of each node of the chunk, in order, for
 * the edge chunks to name.
 */
function* mergeNodeChunk(
  graph: ExplorerGraph,
  builder: Builder,
  chunk: NodeChunk,
  nodeIds: string[],
  loadNodes: BuilderNode[],
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
    const known = builder.node(id);
    if (known) {
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
      loadNodes.push(known);
    } else {
      const { x, y } = placement.place(result.addedNodes.length);
      // The keys in mergeNode's order: the same object shape for every node of the graph.
      const added = builder.addNode(id, {
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
      loadNodes.push(added);
      result.addedNodes.push(id);
    }
    if ((node.index + 1) % WALK_STRIDE === 0) yield;
  }
}

/** Makes the edges of a chunk for addMadeEdges; one with an end in neither the load nor the graph is skipped. */
function* makeEdgeChunk(
  builder: Builder,
  chunk: EdgeChunk,
  nodeIds: readonly string[],
  loadNodes: readonly BuilderNode[],
  origin: string,
  made: BuilderEdge<EdgeAttributes>[],
  result: MergeResult,
): Walk<void> {
  const edge = new EdgeChunkReader(chunk, nodeIds);
  const origins = singleOrigin(origin);
  while (edge.next()) {
    const kind = edge.kind as EdgeKind;
    // Every node of the load is in the graph by now: only an end from outside it is looked up.
    const source = edge.sourceInLoad ? loadNodes[chunk.sources[edge.index]!] : builder.node(edge.source);
    const target = edge.targetInLoad ? loadNodes[chunk.targets[edge.index]!] : builder.node(edge.target);
    if (!source || !target) result.skippedEdges++;
    else
      made.push(
        builder.edge(edge.id, source, target, {
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
        }),
      );
    if ((edge.index + 1) % WALK_STRIDE === 0) yield;
  }
}

/** Adds the edges makeEdgeChunk made, in the load's order; an id already in the graph goes through mergeEdge. */
function* addMadeEdges(
  graph: ExplorerGraph,
  builder: Builder,
  made: readonly BuilderEdge<EdgeAttributes>[],
  origin: string,
  result: MergeResult,
): Walk<void> {
  for (let at = 0; at < made.length; at++) {
    const edge = made[at]!;
    if (builder.addEdge(edge)) result.addedEdges.push(edge.key);
    else {
      const { attributes } = edge;
      const view = {
        id: edge.key,
        source: edge.source.key,
        target: edge.target.key,
        kind: attributes.kind,
        type: attributes.relType,
        weight: attributes.weight,
        evidenceIds: attributes.evidenceIds === NONE ? [] : attributes.evidenceIds,
        firstDate: attributes.firstDate,
        lastDate: attributes.lastDate,
      };
      mergeEdge(graph, view, origin, result);
    }
    if ((at + 1) % WALK_STRIDE === 0) yield;
  }
}

/** How many nodes and edges the chunks hold in all (the worker says so before the first). */
export interface ChunkTotals {
  nodes: number;
  edges: number;
}

/**
 * Adds the chunks' nodes to the graph as they come, and makes their edges, then adds the
 * edges, for `sliceMs` at a time, yielding between slices (a wait for the next chunk lets the
 * page have its turn too); progress counts each edge twice, made and added. New nodes are
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
  const total = totals.nodes + 2 * totals.edges;
  const result: MergeResult = { addedNodes: [], addedEdges: [], skippedEdges: 0 };
  const placement = planPlacement(graph, totals.nodes, options);
  const empty = graph.order === 0 && graph.size === 0;
  const builder = directedBuilder(graph);
  const nodeIds: string[] = [];
  const loadNodes: BuilderNode[] = [];
  const made: BuilderEdge<EdgeAttributes>[] = [];
  let done = 0;
  let sliceStart = now();
  // The edges hold the node data of their ends from when the nodes were added: a node dropped
  // while the load waits (for a chunk, or for the page) would come back with them, half in the
  // graph. The load fails instead, as graphology would fail to add an edge to a missing node.
  let nodesDropped = false;
  const nodeDropped = () => {
    nodesDropped = true;
  };
  const goOn = () => {
    if (nodesDropped) throw new Error('Nodes left the graph while a load was adding to it.');
  };
  const run = async (walk: Walk<void>, count: number) => {
    let at = done;
    for (;;) {
      const ended = walk.next().done === true;
      at = ended ? done + count : at + WALK_STRIDE;
      if (now() - sliceStart >= slicing.sliceMs) {
        slicing.onProgress?.(at, total);
        await slicing.yieldToPage();
        goOn();
        sliceStart = now();
      }
      if (ended) break;
    }
    done += count;
  };
  graph.on('nodeDropped', nodeDropped);
  graph.on('cleared', nodeDropped);
  try {
    for await (const chunk of chunks) {
      goOn();
      await run(
        chunk.kind === 'nodes'
          ? mergeNodeChunk(graph, builder, chunk, nodeIds, loadNodes, options.origin, placement, result)
          : makeEdgeChunk(builder, chunk, nodeIds, loadNodes, options.origin, made, result),
        chunk.count,
      );
    }
    goOn();
    // A skipped edge is not added either.
    done += result.skippedEdges;
    await run(addMadeEdges(graph, builder, made, options.origin, result), made.length);
  } finally {
    graph.off('nodeDropped', nodeDropped);
    graph.off('cleared', nodeDropped);
  }
  slicing.onProgress?.(done, total);
  // The chunks' flags are the load's: right for the graph when it holds the load's edges and
  // no other, every one of them added.
  if (empty && result.addedEdges.length === totals.edges && graph.size === totals.edges) parallelFlagsWritten(graph);
  return result;
}
