import iterate from 'graphology-layout-forceatlas2/iterate.js';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../contract/seededRandom.ts';
import { BarnesHutLayout, type BarnesHutSettings } from './barnesHut.ts';
import { DEFAULT_FA2_SETTINGS, PPE, PPN } from './forceAtlas2Matrices.ts';

/** Matrices of `count` nodes at seeded random spots (mass 1 + index % 3), with the given edges. */
function matrices(count: number, links: [number, number, number][], seed = 1, spread = 100) {
  const random = seededRandom(seed);
  const nodes = new Float32Array(count * PPN);
  for (let i = 0; i < count; i++) {
    nodes[i * PPN] = random() * spread;
    nodes[i * PPN + 1] = random() * spread;
    nodes[i * PPN + 6] = 1 + (i % 3);
    nodes[i * PPN + 7] = 1;
    nodes[i * PPN + 8] = 1;
  }
  const edges = new Float32Array(links.length * PPE);
  links.forEach(([s, t, w], e) => edges.set([s * PPN, t * PPN, w], e * PPE));
  return { nodes, edges };
}

const SETTINGS: BarnesHutSettings = {
  scalingRatio: 10,
  gravity: 0.05,
  strongGravityMode: true,
  slowDown: 3,
  edgeWeightInfluence: 0.5,
  barnesHutTheta: 0,
};

/** Repulsion, gravity and attraction summed over every pair, in doubles. */
function exactForces(nodes: Float32Array, edges: Float32Array, settings: BarnesHutSettings): number[] {
  const count = nodes.length / PPN;
  const forces = new Array<number>(count * 2).fill(0);
  for (let i = 0; i < count; i++) {
    const [x, y, m] = [nodes[i * PPN]!, nodes[i * PPN + 1]!, nodes[i * PPN + 6]!];
    for (let j = 0; j < count; j++) {
      if (j === i) continue;
      const dx = x - nodes[j * PPN]!;
      const dy = y - nodes[j * PPN + 1]!;
      const factor = (settings.scalingRatio * m * nodes[j * PPN + 6]!) / (dx * dx + dy * dy);
      forces[i * 2]! += dx * factor;
      forces[i * 2 + 1]! += dy * factor;
    }
    forces[i * 2]! -= x * m * settings.gravity;
    forces[i * 2 + 1]! -= y * m * settings.gravity;
  }
  for (let e = 0; e < edges.length; e += PPE) {
    const [s, t] = [edges[e]! / PPN, edges[e + 1]! / PPN];
    const pull = edges[e + 2]! ** settings.edgeWeightInfluence;
    const dx = nodes[s * PPN]! - nodes[t * PPN]!;
    const dy = nodes[s * PPN + 1]! - nodes[t * PPN + 1]!;
    forces[s * 2]! -= dx * pull;
    forces[s * 2 + 1]! -= dy * pull;
    forces[t * 2]! += dx * pull;
    forces[t * 2 + 1]! += dy * pull;
  }
  return forces;
}

const forcesOf = (nodes: Float32Array) => {
  const forces: number[] = [];
  for (let n = 0; n < nodes.length; n += PPN) forces.push(nodes[n + 2]!, nodes[n + 3]!);
  return forces;
};

describe('Barnes–Hut ForceAtlas2 step', () => {
  const links: [number, number, number][] = [
    [0, 1, 4],
    [1, 2, 1],
    [3, 4, 9],
    [5, 0, 0],
  ];

  it('opens every region at theta 0: the forces are the exact sums', () => {
    const { nodes, edges } = matrices(6, links);
    new BarnesHutLayout(nodes, edges, SETTINGS).forces();
    const expected = exactForces(nodes, edges, SETTINGS);
    forcesOf(nodes).forEach((force, k) => expect(force).toBeCloseTo(expected[k]!, 3));
  });

  it('moves nodes as graphology-layout-forceatlas2 does without Barnes–Hut', () => {
    const ours = matrices(6, links);
    const theirs = matrices(6, links);
    theirs.nodes[4 * PPN + 9] = 1;
    ours.nodes[4 * PPN + 9] = 1;
    const layout = new BarnesHutLayout(ours.nodes, ours.edges, SETTINGS);
    const settings = { ...DEFAULT_FA2_SETTINGS, ...SETTINGS, barnesHutOptimize: false };
    for (let i = 0; i < 5; i++) {
      layout.iterate();
      iterate(settings, theirs.nodes, theirs.edges);
    }
    for (let k = 0; k < ours.nodes.length; k++) expect(ours.nodes[k]).toBeCloseTo(theirs.nodes[k]!, 2);
    // the fixed node stayed where it was
    expect([ours.nodes[4 * PPN], ours.nodes[4 * PPN + 1]]).toStrictEqual([
      matrices(6, links).nodes[4 * PPN],
      matrices(6, links).nodes[4 * PPN + 1],
    ]);
  });

  it('approximates far regions within a few percent at theta 1.2', () => {
    const { nodes, edges } = matrices(3000, [], 7, 1000);
    new BarnesHutLayout(nodes, edges, { ...SETTINGS, barnesHutTheta: 1.2 }).forces();
    const approximate = forcesOf(nodes);
    const exact = exactForces(nodes, edges, SETTINGS);
    let error = 0;
    let magnitude = 0;
    for (let k = 0; k < exact.length; k += 2) {
      error += Math.hypot(approximate[k]! - exact[k]!, approximate[k + 1]! - exact[k + 1]!);
      magnitude += Math.hypot(exact[k]!, exact[k + 1]!);
    }
    expect(error / magnitude).toBeLessThan(0.05);
    expect(error / magnitude).toBeGreaterThan(0);
  });

  it('keeps nodes at the same spot in one leaf, and pushes them apart from the others', () => {
    const { nodes, edges } = matrices(40, []);
    for (let i = 0; i < 30; i++) nodes.set([50, 50], i * PPN);
    const layout = new BarnesHutLayout(nodes, edges, SETTINGS);
    layout.iterate();
    // 10 spread nodes and one stack of 30: a bounded tree, not a split per stacked node
    expect(layout.regionCount()).toBeLessThan(4 * 24 + 4 * 40);
    for (const value of nodes) expect(Number.isFinite(value)).toBe(true);
  });
});
