// A coarse-to-fine start for ForceAtlas2 on big graphs, in the layout worker. ForceAtlas2
// moves each node a little per iteration, so on 200,000 nodes the shape of the whole takes
// hundreds of iterations to emerge from the first placement. Here the graph is shrunk level
// by level (each node paired with its most strongly linked free neighbour, the pair becoming
// one node with their summed mass) down to a few hundred nodes, which lay out in
// milliseconds; each level then places its nodes where their pair was and refines them with
// a few iterations. The full graph starts from a picture already close to its final shape.
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { BarnesHutLayout } from './barnesHut.ts';
import { PPE, PPN } from './forceAtlas2Matrices.ts';

/** Stop shrinking at this many nodes, or when a level shrinks by less than a tenth. */
const COARSEST_NODES = 500;
/** Iterations at the coarsest level: 200 on a few hundred nodes, fewer when matching stopped early on a bigger one. */
const coarsestIterations = (count: number) => Math.max(30, Math.min(200, Math.round(100_000 / count)));
/** Iterations at each finer level: 30 on small ones, 8 on the biggest, which cost the most. */
const levelIterations = (count: number) => Math.max(8, Math.min(30, Math.round(250_000 / count)));

export interface Level {
  count: number;
  /** Source, target (node indices) and weight of each edge; an edge may repeat. */
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  mass: Float64Array;
  /** Node of the next coarser level each node of this one belongs to (set when there is one). */
  parent: Int32Array | null;
}

/** The level of the graph in the matrices: node indices, not matrix offsets. */
function finestLevel(nodes: Float32Array, edges: Float32Array): Level {
  const count = nodes.length / PPN;
  const edgeCount = edges.length / PPE;
  const sources = new Int32Array(edgeCount);
  const targets = new Int32Array(edgeCount);
  const weights = new Float64Array(edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    sources[e] = edges[e * PPE]! / PPN;
    targets[e] = edges[e * PPE + 1]! / PPN;
    weights[e] = edges[e * PPE + 2]!;
  }
  const mass = new Float64Array(count);
  for (let i = 0; i < count; i++) mass[i] = nodes[i * PPN + 6]!;
  return { count, sources, targets, weights, mass, parent: null };
}

/**
 * Pairs nodes along their heaviest edge (heavy-edge matching, nodes visited in a random
 * order) and returns the coarser level; sets `level.parent`. Unpaired nodes carry over.
 */
export function coarsen(level: Level, random: () => number): Level {
  const { count, sources, targets, weights } = level;
  // Adjacency in compressed rows.
  const start = new Int32Array(count + 1);
  for (let e = 0; e < sources.length; e++) {
    start[sources[e]! + 1]!++;
    start[targets[e]! + 1]!++;
  }
  for (let i = 0; i < count; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, count);
  const neighbour = new Int32Array(start[count]!);
  const weight = new Float64Array(start[count]!);
  for (let e = 0; e < sources.length; e++) {
    const s = sources[e]!;
    const t = targets[e]!;
    neighbour[fill[s]!] = t;
    weight[fill[s]!++] = weights[e]!;
    neighbour[fill[t]!] = s;
    weight[fill[t]!++] = weights[e]!;
  }
  const visit = new Int32Array(count);
  for (let i = 0; i < count; i++) visit[i] = i;
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = visit[i]!;
    visit[i] = visit[j]!;
    visit[j] = swap;
  }
  const parent = new Int32Array(count).fill(-1);
  let coarse = 0;
  for (const i of visit) {
    if (parent[i]! >= 0) continue;
    let best = -1;
    let bestWeight = 0;
    for (let k = start[i]!; k < start[i + 1]!; k++) {
      const j = neighbour[k]!;
      // Hidden edges (weight 0) pull nothing in the layout: they pair nothing either.
      if (j !== i && parent[j]! < 0 && weight[k]! > bestWeight) {
        best = j;
        bestWeight = weight[k]!;
      }
    }
    parent[i] = coarse;
    if (best >= 0) parent[best] = coarse;
    coarse++;
  }
  level.parent = parent;
  const mass = new Float64Array(coarse);
  for (let i = 0; i < count; i++) mass[parent[i]!]! += level.mass[i]!;
  let kept = 0;
  for (let e = 0; e < sources.length; e++) if (parent[sources[e]!] !== parent[targets[e]!]) kept++;
  const coarseSources = new Int32Array(kept);
  const coarseTargets = new Int32Array(kept);
  const coarseWeights = new Float64Array(kept);
  kept = 0;
  for (let e = 0; e < sources.length; e++) {
    const s = parent[sources[e]!]!;
    const t = parent[targets[e]!]!;
    if (s === t) continue;
    coarseSources[kept] = s;
    coarseTargets[kept] = t;
    coarseWeights[kept++] = weights[e]!;
  }
  return { count: coarse, sources: coarseSources, targets: coarseTargets, weights: coarseWeights, mass, parent: null };
}

function matricesOf(level: Level, x: Float64Array, y: Float64Array): { nodes: Float32Array; edges: Float32Array } {
  const nodes = new Float32Array(level.count * PPN);
  for (let i = 0; i < level.count; i++) {
    const n = i * PPN;
    nodes[n] = x[i]!;
    nodes[n + 1] = y[i]!;
    nodes[n + 6] = level.mass[i]!;
    nodes[n + 7] = 1;
    nodes[n + 8] = 1;
  }
  const edges = new Float32Array(level.sources.length * PPE);
  for (let e = 0; e < level.sources.length; e++) {
    edges[e * PPE] = level.sources[e]! * PPN;
    edges[e * PPE + 1] = level.targets[e]! * PPN;
    edges[e * PPE + 2] = level.weights[e]!;
  }
  return { nodes, edges };
}

function relax(
  level: Level,
  x: Float64Array,
  y: Float64Array,
  settings: Required<ForceAtlas2Settings>,
  iterations: number,
): void {
  const { nodes, edges } = matricesOf(level, x, y);
  const layout = new BarnesHutLayout(nodes, edges, settings);
  for (let i = 0; i < iterations; i++) layout.iterate();
  for (let i = 0; i < level.count; i++) {
    x[i] = nodes[i * PPN]!;
    y[i] = nodes[i * PPN + 1]!;
  }
}

/** Mean distance between linked nodes: how far apart a node's pair is placed when a level is expanded. */
function meanEdgeLength(level: Level, x: Float64Array, y: Float64Array): number {
  let sum = 0;
  for (let e = 0; e < level.sources.length; e++) {
    const s = level.sources[e]!;
    const t = level.targets[e]!;
    sum += Math.hypot(x[s]! - x[t]!, y[s]! - y[t]!);
  }
  return level.sources.length > 0 ? sum / level.sources.length : 1;
}

/**
 * Writes a starting position into every node of `nodes` (graphology-layout-forceatlas2's
 * matrix layout; `edges` likewise) by laying out ever finer versions of the graph. Returns
 * the number of levels laid out above the graph itself. Deterministic for a given `random`.
 */
export function coarseStart(
  nodes: Float32Array,
  edges: Float32Array,
  settings: Required<ForceAtlas2Settings>,
  random: () => number,
): number {
  const levels: Level[] = [finestLevel(nodes, edges)];
  for (;;) {
    const finer = levels[levels.length - 1]!;
    if (finer.count <= COARSEST_NODES) break;
    const coarser = coarsen(finer, random);
    if (coarser.count > finer.count * 0.9) {
      finer.parent = null;
      break;
    }
    levels.push(coarser);
  }
  const top = levels.length - 1;
  if (top === 0) return 0;
  const coarsest = levels[top]!;
  let x = new Float64Array(coarsest.count);
  let y = new Float64Array(coarsest.count);
  const spread = Math.sqrt(coarsest.count) * 10;
  for (let i = 0; i < coarsest.count; i++) {
    x[i] = (random() * 2 - 1) * spread;
    y[i] = (random() * 2 - 1) * spread;
  }
  relax(coarsest, x, y, settings, coarsestIterations(coarsest.count));
  for (let l = top - 1; l >= 0; l--) {
    const level = levels[l]!;
    const parent = level.parent!;
    const jitter = meanEdgeLength(levels[l + 1]!, x, y) * 0.25;
    const fineX = new Float64Array(level.count);
    const fineY = new Float64Array(level.count);
    for (let i = 0; i < level.count; i++) {
      fineX[i] = x[parent[i]!]! + (random() * 2 - 1) * jitter;
      fineY[i] = y[parent[i]!]! + (random() * 2 - 1) * jitter;
    }
    x = fineX;
    y = fineY;
    // The finest level is the graph itself: the run refines it from here.
    if (l > 0) relax(level, x, y, settings, levelIterations(level.count));
  }
  for (let i = 0; i < levels[0]!.count; i++) {
    nodes[i * PPN] = x[i]!;
    nodes[i * PPN + 1] = y[i]!;
  }
  return top;
}
