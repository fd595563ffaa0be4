import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../contract/seededRandom.ts';
import { coarsen, coarseStart, type Level } from './coarseStart.ts';
import { DEFAULT_FA2_SETTINGS, PPE, PPN } from './forceAtlas2Matrices.ts';

function level(count: number, links: [number, number, number][]): Level {
  return {
    count,
    sources: Int32Array.from(links.map(([s]) => s)),
    targets: Int32Array.from(links.map(([, t]) => t)),
    weights: Float64Array.from(links.map(([, , w]) => w)),
    mass: Float64Array.from({ length: count }, (_, i) => i + 1),
    parent: null,
  };
}

describe('coarsening', () => {
  it('pairs each node with its most strongly linked free neighbour, whatever the visiting order', () => {
    // 0 =5= 1 -1- 2 =4= 3, and 4 alone
    const links: [number, number, number][] = [
      [0, 1, 5],
      [1, 2, 1],
      [2, 3, 4],
    ];
    for (const seed of [1, 2, 3, 4]) {
      const fine = level(5, links);
      const coarse = coarsen(fine, seededRandom(seed));
      const parent = [...fine.parent!];
      expect(parent[0]).toBe(parent[1]);
      expect(parent[2]).toBe(parent[3]);
      expect(new Set(parent).size).toBe(3);
      expect(coarse.count).toBe(3);
      // masses add up: 1 + 2, 3 + 4, 5
      expect(parent.map((p) => coarse.mass[p])).toStrictEqual([3, 3, 7, 7, 5]);
      // the two pairs stay linked by the light edge; the heavy ones are inside a pair
      expect([...coarse.weights]).toStrictEqual([1]);
      expect([coarse.sources[0], coarse.targets[0]]).toStrictEqual([parent[1], parent[2]]);
    }
  });

  it('pairs nothing along a hidden edge (weight 0)', () => {
    const fine = level(2, [[0, 1, 0]]);
    const coarse = coarsen(fine, seededRandom(1));
    expect(coarse.count).toBe(2);
    expect([...coarse.weights]).toStrictEqual([0]);
  });
});

/** Two groups of `size` nodes, each linked inside by random edges, with one link between them; all at random spots. */
function twoGroups(size: number) {
  const random = seededRandom(5);
  const count = size * 2;
  const nodes = new Float32Array(count * PPN);
  for (let i = 0; i < count; i++) {
    nodes.set([random() * 1000, random() * 1000], i * PPN);
    nodes[i * PPN + 7] = 1;
    nodes[i * PPN + 8] = 1;
  }
  const links: number[] = [];
  for (let i = 0; i < count; i++) {
    const group = i < size ? 0 : size;
    for (let k = 0; k < 3; k++) links.push(i * PPN, (group + Math.floor(random() * size)) * PPN, 1);
  }
  links.push(0, size * PPN, 1);
  const edges = Float32Array.from(links);
  for (let e = 0; e < edges.length; e += PPE) {
    nodes[edges[e]! + 6]! += 1;
    nodes[edges[e + 1]! + 6]! += 1;
  }
  return { nodes, edges, size };
}

const meanDistance = (nodes: Float32Array, pairs: [number, number][]) =>
  pairs.reduce(
    (sum, [a, b]) => sum + Math.hypot(nodes[a * PPN]! - nodes[b * PPN]!, nodes[a * PPN + 1]! - nodes[b * PPN + 1]!),
    0,
  ) / pairs.length;

describe('coarse-to-fine start', () => {
  const settings = { ...DEFAULT_FA2_SETTINGS, scalingRatio: 10, gravity: 0.05, strongGravityMode: true, slowDown: 4 };

  it('places the two groups of a graph apart, each gathered', () => {
    const { nodes, edges, size } = twoGroups(600);
    const random = seededRandom(9);
    const inside: [number, number][] = [];
    const across: [number, number][] = [];
    for (let k = 0; k < 2000; k++) {
      const a = Math.floor(random() * size);
      const b = Math.floor(random() * size);
      inside.push(k % 2 ? [a, b] : [size + a, size + b]);
      across.push([a, size + b]);
    }
    // at random spots, the groups are mixed
    expect(meanDistance(nodes, inside) / meanDistance(nodes, across)).toBeGreaterThan(0.9);
    const levels = coarseStart(nodes, edges, settings, seededRandom(1));
    expect(levels).toBeGreaterThan(0);
    expect(meanDistance(nodes, inside) / meanDistance(nodes, across)).toBeLessThan(0.5);
    for (const value of nodes) expect(Number.isFinite(value)).toBe(true);
  });

  it('leaves a graph already small enough as it is', () => {
    const { nodes, edges } = twoGroups(200);
    const before = nodes.slice();
    expect(coarseStart(nodes, edges, settings, seededRandom(1))).toBe(0);
    expect(nodes).toStrictEqual(before);
  });

  it('is deterministic for a given random source', () => {
    const first = twoGroups(600);
    const second = twoGroups(600);
    coarseStart(first.nodes, first.edges, settings, seededRandom(3));
    coarseStart(second.nodes, second.edges, settings, seededRandom(3));
    expect(first.nodes).toStrictEqual(second.nodes);
  });
});
