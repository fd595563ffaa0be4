// The flat arrays ForceAtlas2's `iterate` works on (graphology-layout-forceatlas2's layout:
// 10 floats per node, 3 per edge), plus what the worker and the page exchange about them.
// The page reads the graph into plain typed arrays (layoutInputWalk: positions, sizes, pins,
// edge ends and weights, in slices on a big graph) and transfers them to the worker, which
// builds the matrices (matricesFromInput). Pure: shared by the layout worker and the runner.
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { ExplorerGraph, NodeAttributes } from '../graph/explorerGraph.ts';
import { eachEdgeByPosition, eachNodeNumbered, GraphChangedError, runNow, type Walk } from '../graph/slices.ts';

/**
 * The performance measure from a layout's start to its input handed to the worker (the page's
 * reading of the graph): bench/browser.ts ends a load's preparation at its end.
 */
export const LAYOUT_INPUT_MEASURE = 'newsgraph:layout-input';

/** Floats per node: x, y, dx, dy, old dx, old dy, mass, convergence, size, fixed. */
export const PPN = 10;
/** Floats per edge: source index, target index, weight. */
export const PPE = 3;

export const DEFAULT_FA2_SETTINGS: Required<ForceAtlas2Settings> = {
  linLogMode: false,
  outboundAttractionDistribution: false,
  adjustSizes: false,
  edgeWeightInfluence: 1,
  scalingRatio: 1,
  strongGravityMode: false,
  gravity: 1,
  slowDown: 1,
  barnesHutOptimize: false,
  barnesHutTheta: 0.5,
};

export interface LayoutMatrices {
  nodes: Float32Array;
  edges: Float32Array;
  /** Node keys in matrix order. */
  order: string[];
}

/** What the layout needs of a graph, as the page hands it to the worker: nodes and edges in the graph's order. */
export interface LayoutInput {
  x: Float32Array;
  y: Float32Array;
  size: Float32Array;
  /** 1 for a node the layout must not move. */
  fixed: Uint8Array;
  /** Index of each edge's source and target among the nodes. */
  sources: Uint32Array;
  targets: Uint32Array;
  /** 0 for a hidden edge: it does not pull (the layout shows what the user is looking at). */
  weights: Float32Array;
}

/** The buffers of an input, to transfer rather than copy. */
export function inputBuffers(input: LayoutInput): ArrayBuffer[] {
  return [input.x, input.y, input.size, input.fixed, input.sources, input.targets, input.weights].map(
    (array) => array.buffer as ArrayBuffer,
  );
}

/**
 * Reads `graph` into a LayoutInput, with the node keys and attribute objects in its order
 * (the page writes positions back through them). A walk (core/graph/slices.ts): `paused`
 * to run it in slices.
 */
export function* layoutInputWalk(
  graph: ExplorerGraph,
  paused: boolean,
): Walk<{ input: LayoutInput; order: string[]; attributes: NodeAttributes[] }> {
  const input: LayoutInput = {
    x: new Float32Array(graph.order),
    y: new Float32Array(graph.order),
    size: new Float32Array(graph.order),
    fixed: new Uint8Array(graph.order),
    sources: new Uint32Array(graph.size),
    targets: new Uint32Array(graph.size),
    weights: new Float32Array(graph.size),
  };
  const order: string[] = [];
  const attributes: NodeAttributes[] = [];
  const count = yield* eachNodeNumbered(graph, paused, (node, a, i) => {
    order.push(node);
    attributes.push(a);
    input.x[i] = a.x;
    input.y[i] = a.y;
    input.size[i] = a.size || 1;
    input.fixed[i] = a.fixed ? 1 : 0;
  });
  // Nodes added between two slices of the walk over them: they have no place in the input.
  if (count !== input.x.length) throw new GraphChangedError();
  yield* eachEdgeByPosition(graph, paused, (_edge, a, source, target, j) => {
    input.sources[j] = source;
    input.targets[j] = target;
    input.weights[j] = a.hidden ? 0 : a.weight;
  });
  return { input, order, attributes };
}

/** Node and edge matrices from a LayoutInput; mass is 1 + weighted degree. */
export function matricesFromInput(input: LayoutInput): { nodes: Float32Array; edges: Float32Array } {
  const order = input.x.length;
  const size = input.sources.length;
  const nodes = new Float32Array(order * PPN);
  const edges = new Float32Array(size * PPE);
  for (let i = 0, j = 0; i < order; i++, j += PPN) {
    nodes[j] = input.x[i]!;
    nodes[j + 1] = input.y[i]!;
    nodes[j + 6] = 1;
    nodes[j + 7] = 1;
    nodes[j + 8] = input.size[i]!;
    nodes[j + 9] = input.fixed[i]!;
  }
  for (let e = 0, j = 0; e < size; e++, j += PPE) {
    const s = input.sources[e]! * PPN;
    const t = input.targets[e]! * PPN;
    const weight = input.weights[e]!;
    nodes[s + 6]! += weight;
    nodes[t + 6]! += weight;
    edges[j] = s;
    edges[j + 1] = t;
    edges[j + 2] = weight;
  }
  return { nodes, edges };
}

/**
 * Node and edge matrices of `graph` in its iteration order. Hidden edges get weight 0 (they
 * do not pull: the layout shows what the user is looking at); mass is 1 + weighted degree.
 */
export function buildMatrices(graph: ExplorerGraph): LayoutMatrices {
  const { input, order } = runNow(layoutInputWalk(graph, false));
  return { ...matricesFromInput(input), order };
}

/** x, y of every node, in matrix order. */
export function positionsOf(nodes: Float32Array): Float32Array {
  const positions = new Float32Array((nodes.length / PPN) * 2);
  for (let i = 0, j = 0; i < nodes.length; i += PPN, j += 2) {
    positions[j] = nodes[i]!;
    positions[j + 1] = nodes[i + 1]!;
  }
  return positions;
}

/** Mean distance nodes moved between two position arrays, relative to the extent of `after` (0 when nothing moved). */
export function meanRelativeMovement(before: Float32Array, after: Float32Array): number {
  const count = Math.min(before.length, after.length) / 2;
  if (count === 0) return 0;
  let moved = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let j = 0; j < count * 2; j += 2) {
    const x = after[j]!;
    const y = after[j + 1]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
    moved += Math.hypot(x - before[j]!, y - before[j + 1]!);
  }
  const extent = Math.max(maxX - minX, maxY - minY);
  return extent > 0 ? moved / count / extent : 0;
}

/** Page → worker. */
export type LayoutCommand =
  | {
      type: 'start';
      /** The graph as the layout reads it; the worker builds its matrices from it. */
      input: LayoutInput;
      settings: Required<ForceAtlas2Settings>;
      publishMs: number;
      checkMs: number;
      /** `finish` is honoured only once this many iterations are done. */
      minIterations: number;
      /**
       * A big graph: iterate with our Barnes–Hut step (barnesHut.ts) instead of graphology's,
       * and, with `coarseStart`, first place every node by laying out coarser versions of the
       * graph (coarseStart.ts). Positions are sent once that start is done.
       */
      large: boolean;
      coarseStart: boolean;
    }
  /** The page has applied the last positions: the worker may send the next ones. */
  | { type: 'ack' }
  /** Send the final positions (`final`), then stop (once `minIterations` are done). */
  | { type: 'finish' }
  | { type: 'stop' };

/** Worker → page, after every slice of iterations: progress, and positions when the page may take them. */
export interface LayoutProgress {
  type: 'progress';
  /** x, y per node in matrix order, or null when the page has not applied the last ones yet or it is too soon. */
  positions: Float32Array | null;
  /** Iterations since the start. */
  iterations: number;
  /** Milliseconds the worker has been iterating since the start. */
  elapsedMs: number;
  /** Milliseconds the worker spent before its first iteration: building its matrices, and the coarse start (if any). */
  startMs: number;
  /** Relative movement over the last check window (see meanRelativeMovement). */
  movement: number;
  /** The answer to `finish`: these are the last positions. */
  final: boolean;
}
