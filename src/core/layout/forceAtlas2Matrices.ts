// The flat arrays ForceAtlas2's `iterate` works on (graphology-layout-forceatlas2's layout:
// 10 floats per node, 3 per edge), built from the explorer's graph, plus what the worker
// and the page exchange about them. Pure: shared by the layout worker and the runner.
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { ExplorerGraph } from '../graph/explorerGraph.ts';

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

/**
 * Node and edge matrices of `graph` in its iteration order. Hidden edges get weight 0 (they
 * do not pull: the layout shows what the user is looking at); mass is 1 + weighted degree.
 */
export function buildMatrices(graph: ExplorerGraph): LayoutMatrices {
  const nodes = new Float32Array(graph.order * PPN);
  const edges = new Float32Array(graph.size * PPE);
  const index = new Map<string, number>();
  const order: string[] = [];
  let j = 0;
  graph.forEachNode((node, a) => {
    index.set(node, j);
    order.push(node);
    nodes[j] = a.x;
    nodes[j + 1] = a.y;
    nodes[j + 6] = 1;
    nodes[j + 7] = 1;
    nodes[j + 8] = a.size || 1;
    nodes[j + 9] = a.fixed ? 1 : 0;
    j += PPN;
  });
  j = 0;
  graph.forEachEdge((_edge, a, source, target) => {
    const s = index.get(source)!;
    const t = index.get(target)!;
    const weight = a.hidden ? 0 : a.weight;
    nodes[s + 6]! += weight;
    nodes[t + 6]! += weight;
    edges[j] = s;
    edges[j + 1] = t;
    edges[j + 2] = weight;
    j += PPE;
  });
  return { nodes, edges, order };
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
      nodes: Float32Array;
      edges: Float32Array;
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
  /** Milliseconds the coarse start took before the first iteration (0 without one). */
  startMs: number;
  /** Relative movement over the last check window (see meanRelativeMovement). */
  movement: number;
  /** The answer to `finish`: these are the last positions. */
  final: boolean;
}
