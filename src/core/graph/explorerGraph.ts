// The explorer's single graph: one graphology MultiDirectedGraph fed from API payloads.
// Sigma only reads it. Every node and edge records which loads brought it in
// (`origins`: 'overview' or 'expand:<entityId>'), so an expansion can be collapsed
// without touching what other loads brought. Existing nodes keep their position
// when the graph grows; only new nodes get one.
import { MultiDirectedGraph } from 'graphology';
import type { EdgeKind, GraphEdgeView, GraphNodeView, GraphPayload } from '../../../contract/api.ts';
import type { EntityType } from '../../../contract/graph.ts';
import { NODE_SIZE_MAX, NODE_SIZE_MIN, TYPE_COLORS } from '../../consts.ts';
import { useDictionaryAdjacency } from './graphologyInternals.ts';
import { parallelFlagsWalk } from './parallelEdges.ts';
import { eachEdgeByPosition, eachNodeNumbered, runNow, type Walk } from './slices.ts';

export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  entityType: EntityType;
  aliases: string[];
  mentions: number;
  articles: number;
  statementsBy: number;
  statementsAbout: number;
  origins: string[];
  /** Set by filters; sigma skips hidden nodes. */
  hidden: boolean;
  /** Pinned by a drag: ForceAtlas2 leaves it where the user put it. */
  fixed?: boolean;
  /** Set on a statement drawn as a node (see core/aggregation/statementNodes.ts), never on an entity. */
  statement?: StatementNodeInfo;
}

export interface StatementNodeInfo {
  statementId: string;
  date: string | null;
  /** The aggregated "spoke about" edges this statement is drawn instead of. */
  parents: string[];
}

export interface EdgeAttributes {
  kind: EdgeKind;
  relType: string;
  weight: number;
  evidenceIds: string[];
  firstDate: string | null;
  lastDate: string | null;
  size: number;
  color: string;
  origins: string[];
  hidden: boolean;
  /** Another edge joins the same two nodes: drawn curved. */
  parallel?: boolean;
  /**
   * Set on the edges of a statement drawn as a node: speaker → statement (parent null)
   * or statement → target (parent: the aggregated edge it details).
   */
  statementLink?: { statementId: string; parent: string | null };
}

export type ExplorerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export const OVERVIEW_ORIGIN = 'overview';

/** What a console result drawn on the graph brought. */
export const CONSOLE_ORIGIN = 'console';

export const expandOrigin = (entityId: string): string => `expand:${entityId}`;

/** Statement nodes and their edges (see core/aggregation/statementNodes.ts). */
export interface StatementLayer {
  nodes: Set<string>;
  edges: Set<string>;
}

// Kept beside the graph, not read off attributes: the filters and sizes would otherwise
// look up a missing attribute on every entity and edge, a third of their time on big graphs.
const statementLayers = new WeakMap<ExplorerGraph, StatementLayer>();

/** The statement nodes and edges still in the graph (an entity removed takes its edges along). */
export function statementLayerOf(graph: ExplorerGraph): StatementLayer {
  let layer = statementLayers.get(graph);
  if (!layer) {
    layer = { nodes: new Set(), edges: new Set() };
    statementLayers.set(graph, layer);
  }
  for (const node of layer.nodes) if (!graph.hasNode(node)) layer.nodes.delete(node);
  for (const edge of layer.edges) if (!graph.hasEdge(edge)) layer.edges.delete(edge);
  return layer;
}

export function createExplorerGraph(): ExplorerGraph {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  useDictionaryAdjacency(graph);
  return graph;
}

/** Deterministic PRNG, so placements are reproducible in tests. */
export { seededRandom } from '../../../contract/seededRandom.ts';

export function edgeWidth(kind: EdgeKind, weight: number): number {
  if (kind === 'comention') return 0.6;
  const base = kind === 'spoke_about' ? 1.6 : 1.2;
  return Math.min(base + Math.log2(Math.max(1, weight)) * 1.2, 8);
}

function nodeData(view: GraphNodeView): Omit<NodeAttributes, 'x' | 'y' | 'size' | 'origins' | 'hidden'> {
  return {
    label: view.name,
    color: TYPE_COLORS[view.type] ?? TYPE_COLORS.Other,
    entityType: view.type,
    aliases: view.aliases,
    mentions: view.mentions,
    articles: view.articles,
    statementsBy: view.statementsBy,
    statementsAbout: view.statementsAbout,
  };
}

function edgeData(view: GraphEdgeView): Omit<EdgeAttributes, 'origins' | 'hidden' | 'color'> {
  return {
    kind: view.kind,
    relType: view.type,
    weight: view.weight,
    evidenceIds: view.evidenceIds,
    firstDate: view.firstDate,
    lastDate: view.lastDate,
    size: edgeWidth(view.kind, view.weight),
  };
}

export interface MergeOptions {
  origin: string;
  /** New nodes are placed around this node (an expansion's centre). */
  anchor?: string;
  random?: () => number;
}

export interface MergeResult {
  addedNodes: string[];
  addedEdges: string[];
  /** Edges whose source or target is not in the payload nor in the graph. */
  skippedEdges: number;
}

export interface LayoutExtent {
  cx: number;
  cy: number;
  radius: number;
}

/** Extent of the current layout, used to scale placements of new nodes. */
export function layoutExtent(graph: ExplorerGraph): LayoutExtent {
  if (graph.order === 0) return { cx: 0, cy: 0, radius: 100 };
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_n, a) => {
    if (a.x < minX) minX = a.x;
    if (a.x > maxX) maxX = a.x;
    if (a.y < minY) minY = a.y;
    if (a.y > maxY) maxY = a.y;
  });
  const radius = Math.max(maxX - minX, maxY - minY, 1) / 2;
  return { cx: (minX + maxX) / 2, cy: (minY + maxY) / 2, radius };
}

/**
 * Where one load puts its new nodes, decided once for the whole load (a load added in
 * slices must not measure the graph again on every slice, nor switch from the circle of
 * an empty graph to random spots once its first slice is in).
 */
export interface Placement {
  place: (index: number) => { x: number; y: number };
}

export function planPlacement(graph: ExplorerGraph, freshCount: number, options: MergeOptions): Placement {
  const random = options.random ?? Math.random;
  const extent = layoutExtent(graph);
  const anchor = options.anchor && graph.hasNode(options.anchor) ? graph.getNodeAttributes(options.anchor) : null;
  if (anchor) {
    const ringRadius = Math.max(extent.radius / 6, 10);
    const { x: ax, y: ay } = anchor;
    return {
      place: (index) => {
        const angle = (2 * Math.PI * index) / freshCount + random() * 0.2;
        const r = ringRadius * (0.8 + random() * 0.4);
        return { x: ax + r * Math.cos(angle), y: ay + r * Math.sin(angle) };
      },
    };
  }
  if (graph.order === 0) {
    const r = (100 * Math.sqrt(freshCount)) / 10 + 10;
    return {
      place: (index) => {
        const angle = (2 * Math.PI * index) / freshCount;
        return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
      },
    };
  }
  return {
    place: () => ({
      x: extent.cx + (random() * 2 - 1) * extent.radius,
      y: extent.cy + (random() * 2 - 1) * extent.radius,
    }),
  };
}

/**
 * The `origins` of a node or edge that one load brought in, one array per origin shared by
 * all of them: a 200,000-node overview would otherwise hold 800,000 arrays alike, for the
 * garbage collector to walk at every full collection. Never changed in place (origins are
 * replaced by a new array, as mergeNode and removeOrigin do): frozen so that it cannot be.
 */
const singleOrigins = new Map<string, string[]>();

export function singleOrigin(origin: string): string[] {
  let origins = singleOrigins.get(origin);
  if (!origins) {
    origins = Object.freeze([origin]) as string[];
    singleOrigins.set(origin, origins);
  }
  return origins;
}

/** Adds or refreshes one node; a new one is placed and listed in `result`. */
export function mergeNode(
  graph: ExplorerGraph,
  view: GraphNodeView,
  origin: string,
  placement: Placement,
  result: MergeResult,
): void {
  if (graph.hasNode(view.id)) {
    graph.updateNodeAttributes(view.id, (a) => ({
      ...a,
      ...nodeData(view),
      origins: a.origins.includes(origin) ? a.origins : [...a.origins, origin],
    }));
    return;
  }
  const { x, y } = placement.place(result.addedNodes.length);
  // Written out rather than spread from nodeData: one object per new node, not two (a big
  // load's garbage is what its minor collections copy).
  graph.addNode(view.id, {
    label: view.name,
    color: TYPE_COLORS[view.type] ?? TYPE_COLORS.Other,
    entityType: view.type,
    aliases: view.aliases,
    mentions: view.mentions,
    articles: view.articles,
    statementsBy: view.statementsBy,
    statementsAbout: view.statementsAbout,
    x,
    y,
    size: NODE_SIZE_MIN,
    origins: singleOrigin(origin),
    hidden: false,
  });
  result.addedNodes.push(view.id);
}

/** Adds or refreshes one edge: listed in `result` when added, counted there when an end is missing. */
export function mergeEdge(graph: ExplorerGraph, view: GraphEdgeView, origin: string, result: MergeResult): void {
  if (!graph.hasNode(view.source) || !graph.hasNode(view.target)) {
    result.skippedEdges++;
    return;
  }
  if (graph.hasEdge(view.id)) {
    graph.updateEdgeAttributes(view.id, (a) => ({
      ...a,
      ...edgeData(view),
      origins: a.origins.includes(origin) ? a.origins : [...a.origins, origin],
    }));
    return;
  }
  // Written out as mergeNode's new nodes are.
  graph.addDirectedEdgeWithKey(view.id, view.source, view.target, {
    kind: view.kind,
    relType: view.type,
    weight: view.weight,
    evidenceIds: view.evidenceIds,
    firstDate: view.firstDate,
    lastDate: view.lastDate,
    size: edgeWidth(view.kind, view.weight),
    color: '',
    origins: singleOrigin(origin),
    hidden: false,
  });
  result.addedEdges.push(view.id);
}

/** Where a load's new nodes go, planned from the graph as it is before the load. */
function placementFor(graph: ExplorerGraph, payload: GraphPayload, options: MergeOptions): Placement {
  let freshCount = 0;
  for (const view of payload.nodes) if (!graph.hasNode(view.id)) freshCount++;
  return planPlacement(graph, freshCount, options);
}

/**
 * Adds a payload to the graph. Nodes already present keep x/y (and a user's pin) and get
 * their counts refreshed; new nodes are put on a ring around `anchor`, or in a circle
 * when the graph was empty, or at random inside the current extent.
 */
export function mergePayload(graph: ExplorerGraph, payload: GraphPayload, options: MergeOptions): MergeResult {
  const placement = placementFor(graph, payload, options);
  const result: MergeResult = { addedNodes: [], addedEdges: [], skippedEdges: 0 };
  // New nodes are placed in payload order: their placement index follows that order.
  for (const view of payload.nodes) mergeNode(graph, view, options.origin, placement, result);
  for (const view of payload.edges) mergeEdge(graph, view, options.origin, result);
  return result;
}

/**
 * Undoes one load: drops `origin` from every node and edge, and removes those no other
 * load brought in. Nodes in `keep` (e.g. the expanded node itself) always stay.
 */
export function removeOrigin(
  graph: ExplorerGraph,
  origin: string,
  keep: ReadonlySet<string> = new Set(),
): { removedNodes: string[]; removedEdges: string[] } {
  const removedEdges: string[] = [];
  graph.forEachEdge((edge, a) => {
    if (!a.origins.includes(origin)) return;
    const origins = a.origins.filter((o) => o !== origin);
    if (origins.length === 0) removedEdges.push(edge);
    else graph.setEdgeAttribute(edge, 'origins', origins);
  });
  for (const edge of removedEdges) graph.dropEdge(edge);

  const removedNodes: string[] = [];
  graph.forEachNode((node, a) => {
    if (!a.origins.includes(origin)) return;
    const origins = a.origins.filter((o) => o !== origin);
    if (origins.length === 0 && !keep.has(node)) removedNodes.push(node);
    else graph.setNodeAttribute(node, 'origins', origins);
  });
  for (const node of removedNodes) {
    graph.forEachEdge(node, (edge) => removedEdges.push(edge));
    graph.dropNode(node);
  }
  return { removedNodes, removedEdges };
}

export type SizeMode = 'mentions' | 'degree';

/** Size from a value on a square-root scale, so area grows with the value. */
export function scaleSize(value: number, max: number): number {
  if (max <= 0) return NODE_SIZE_MIN;
  return NODE_SIZE_MIN + (NODE_SIZE_MAX - NODE_SIZE_MIN) * Math.sqrt(Math.max(0, value) / max);
}

/**
 * Number of distinct entity neighbours: parallel edges of different kinds count once, and
 * statements drawn as nodes do not count (showing them must not resize their speakers).
 */
export function neighbourCount(
  graph: ExplorerGraph,
  node: string,
  layer: StatementLayer = statementLayerOf(graph),
): number {
  let count = 0;
  graph.forEachNeighbor(node, (neighbour) => {
    if (layer.nodes.size === 0 || !layer.nodes.has(neighbour)) count++;
  });
  return count;
}

/*
 * applySizes and markParallelEdges (like the filters' applyVisibility) write into the
 * attribute objects in place, without graph events: every bulk-update event makes sigma run
 * its reducers over the whole graph twice, seconds on a 50,000-node graph. The caller runs
 * them together, then asks the renderer for one refresh.
 */

/** Sizes entities by `mode`; statement nodes keep their own small size. Silent: see above. */
export function applySizes(graph: ExplorerGraph, mode: SizeMode): void {
  runNow(applySizesWalk(graph, mode, false));
}

/** applySizes as a walk (slices.ts): `paused` to run it in slices. */
export function* applySizesWalk(graph: ExplorerGraph, mode: SizeMode, paused: boolean): Walk<void> {
  const layer = statementLayerOf(graph);
  const isStatement = (node: string) => layer.nodes.size > 0 && layer.nodes.has(node);
  const values = new Float64Array(graph.order);
  let max = 0;
  yield* eachNodeNumbered(graph, paused, (node, a, position) => {
    if (isStatement(node)) return;
    const v = mode === 'mentions' ? a.mentions : neighbourCount(graph, node, layer);
    values[position] = v;
    if (v > max) max = v;
  });
  yield* eachNodeNumbered(graph, paused, (node, a, position) => {
    if (!isStatement(node)) a.size = scaleSize(values[position]!, max);
  });
}

/**
 * Graphs whose edges' `parallel` flags were written as a load added them (chunkMerge.ts,
 * from the overview's worker) and whose edges have not changed since: markParallelEdges has
 * nothing to do there. Any change of edges, or of an edge's attributes through graphology,
 * forgets the mark (one set of listeners per graph, added at its first mark).
 */
const parallelFlagsCurrent = new WeakSet<ExplorerGraph>();
const watchedForParallel = new WeakSet<ExplorerGraph>();
const PARALLEL_CHANGES = [
  'edgeAdded',
  'edgeDropped',
  'nodeDropped',
  'cleared',
  'edgesCleared',
  'edgeAttributesUpdated',
  'eachEdgeAttributesUpdated',
] as const;

/** Says that every edge of `graph` has its `parallel` flag as markParallelEdges would write it. */
export function parallelFlagsWritten(graph: ExplorerGraph): void {
  if (!watchedForParallel.has(graph)) {
    watchedForParallel.add(graph);
    const forget = () => parallelFlagsCurrent.delete(graph);
    for (const event of PARALLEL_CHANGES) graph.on(event, forget);
  }
  parallelFlagsCurrent.add(graph);
}

/**
 * Flags edges that share their pair of endpoints with another edge (either direction):
 * those are drawn curved so parallel "spoke about" and relation edges stay apart. Silent.
 */
export function markParallelEdges(graph: ExplorerGraph): void {
  runNow(markParallelEdgesWalk(graph, false));
}

/** markParallelEdges as a walk (slices.ts): `paused` to run it in slices. */
export function* markParallelEdgesWalk(graph: ExplorerGraph, paused: boolean): Walk<void> {
  if (parallelFlagsCurrent.has(graph)) return;
  const count = yield* eachNodeNumbered(graph, paused, () => {});
  const sources = new Int32Array(graph.size);
  const targets = new Int32Array(graph.size);
  yield* eachEdgeByPosition(graph, paused, (_e, _a, source, target, at) => {
    sources[at] = source;
    targets[at] = target;
  });
  const parallel = yield* parallelFlagsWalk(sources, targets, count, paused);
  yield* eachEdgeByPosition(graph, paused, (_e, a, _s, _t, at) => {
    a.parallel = parallel[at] === 1;
  });
}

export interface SliceOptions {
  /** Work this long (ms) before yielding. */
  sliceMs: number;
  /** Resolves once the page has had its turn (input, painting). */
  yieldToPage: () => Promise<void>;
  onProgress?: (done: number, total: number) => void;
  now?: () => number;
}

/** Items added between two looks at the clock. */
const CLOCK_STRIDE = 64;

/**
 * Same as mergePayload, for big payloads: nodes then edges are added for `sliceMs` at a
 * time, yielding between slices so the page keeps painting and answering input. The
 * placement of new nodes is decided once, from the graph as it was before the load.
 */
export async function mergeInSlices(
  graph: ExplorerGraph,
  payload: GraphPayload,
  options: MergeOptions,
  slicing: SliceOptions,
): Promise<MergeResult> {
  const now = slicing.now ?? (() => performance.now());
  const total = payload.nodes.length + payload.edges.length;
  const result: MergeResult = { addedNodes: [], addedEdges: [], skippedEdges: 0 };
  let done = 0;
  /** Items visited, counting placement's look at every node: when to read the clock. */
  let visited = 0;
  let sliceStart = now();
  const due = () => ++visited % CLOCK_STRIDE === 0 && now() - sliceStart >= slicing.sliceMs;
  const pause = async () => {
    slicing.onProgress?.(done, total);
    await slicing.yieldToPage();
    sliceStart = now();
  };
  // placementFor's count of new nodes, sliced: 200,000 look-ups are a task of a quarter second.
  let freshCount = 0;
  for (const view of payload.nodes) {
    if (!graph.hasNode(view.id)) freshCount++;
    if (due()) await pause();
  }
  const placement = planPlacement(graph, freshCount, options);
  for (const view of payload.nodes) {
    mergeNode(graph, view, options.origin, placement, result);
    done++;
    if (due()) await pause();
  }
  for (const view of payload.edges) {
    mergeEdge(graph, view, options.origin, result);
    done++;
    if (due()) await pause();
  }
  slicing.onProgress?.(done, total);
  return result;
}
