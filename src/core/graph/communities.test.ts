import { describe, expect, it } from 'vitest';
import { edgeView, nodeView, payload } from '../testing/factories.ts';
import { graphCommunities, louvain, modularity, type WeightedEdges } from './communities.ts';
import { createExplorerGraph, mergePayload, OVERVIEW_ORIGIN, seededRandom } from './explorerGraph.ts';

function edges(n: number, list: [number, number, number?][]): WeightedEdges {
  return {
    n,
    source: Int32Array.from(list, (e) => e[0]),
    target: Int32Array.from(list, (e) => e[1]),
    weight: Float64Array.from(list, (e) => e[2] ?? 1),
  };
}

/** Two 4-cliques (0–3, 4–7) joined by the edge 3–4. */
const TWO_CLIQUES = edges(8, [
  [0, 1],
  [0, 2],
  [0, 3],
  [1, 2],
  [1, 3],
  [2, 3],
  [4, 5],
  [4, 6],
  [4, 7],
  [5, 6],
  [5, 7],
  [6, 7],
  [3, 4],
]);

describe('louvain', () => {
  it('finds two cliques joined by one edge as exactly two communities', () => {
    const result = louvain(TWO_CLIQUES);
    expect(Array.from(result.community)).toStrictEqual([0, 0, 0, 0, 1, 1, 1, 1]);
    expect(result.count).toBe(2);
    // 13 edges, each clique 6 inside and strength 13: 2·(12/26 − (13/26)²)
    expect(result.modularity).toBeCloseTo(2 * (12 / 26 - 0.25), 12);
  });

  it('leaves an isolated node in a community of its own', () => {
    const result = louvain(
      edges(4, [
        [0, 1],
        [1, 2],
        [0, 2],
      ]),
    );
    expect(Array.from(result.community)).toStrictEqual([0, 0, 0, 1]);
    expect(result.count).toBe(2);
  });

  it('gives every node its own community when there are no edges', () => {
    expect(louvain(edges(3, []))).toStrictEqual({ community: Int32Array.from([0, 1, 2]), count: 3, modularity: 0 });
  });

  it('groups by weight: heavy pairs stay together across light links', () => {
    const result = louvain(
      edges(4, [
        [0, 1, 10],
        [2, 3, 10],
        [1, 2, 1],
        [0, 3, 1],
      ]),
    );
    expect(Array.from(result.community)).toStrictEqual([0, 0, 1, 1]);
  });

  it('merges small groups at a later level (aggregation)', () => {
    // A ring of 16: local moving pairs neighbours (modularity 8·(2/32 − (4/32)²) = 0.375);
    // the ring of 8 pairs then pairs again into 4 runs of 4: 4·(6/32 − (8/32)²) = 0.5.
    const ring: [number, number][] = [];
    for (let i = 0; i < 16; i++) ring.push([i, (i + 1) % 16]);
    const result = louvain(edges(16, ring));
    expect(Array.from(result.community)).toStrictEqual([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3]);
    expect(result.modularity).toBeCloseTo(0.5, 12);
  });

  it('gives the same answer for the same input', () => {
    const first = louvain(TWO_CLIQUES);
    const second = louvain(TWO_CLIQUES);
    expect(second).toStrictEqual(first);
  });
});

describe('modularity', () => {
  it('equals the hand-computed value for two triangles joined by an edge', () => {
    // m = 7; each triangle: in = 6, tot = 7 → 2·(6/14 − (7/14)²) = 5/14
    const graph = edges(6, [
      [0, 1],
      [1, 2],
      [0, 2],
      [3, 4],
      [4, 5],
      [3, 5],
      [2, 3],
    ]);
    expect(modularity(graph, Int32Array.from([0, 0, 0, 1, 1, 1]))).toBeCloseTo(5 / 14, 12);
    // Everything in one community: 14/14 − 1 = 0
    expect(modularity(graph, Int32Array.from([0, 0, 0, 0, 0, 0]))).toBeCloseTo(0, 12);
  });

  it('counts a loop inside its community', () => {
    // m = 2 (loop of 1 on 0, edge 0–1): c0 = {0}: in 2, tot 3; c1 = {1}: tot 1 → 2/4 − 9/16 − 1/16
    expect(
      modularity(
        edges(2, [
          [0, 0],
          [0, 1],
        ]),
        Int32Array.from([0, 1]),
      ),
    ).toBeCloseTo(-1 / 8, 12);
  });
});

describe('graphCommunities', () => {
  function explorerGraph(order: 'ab' | 'ba') {
    const graph = createExplorerGraph();
    const nodes = [
      nodeView('a1', 'Person', { mentions: 9 }),
      nodeView('a2'),
      nodeView('a3'),
      nodeView('b1'),
      nodeView('b2', 'Person', { mentions: 5 }),
      nodeView('b3'),
      nodeView('lone'),
    ];
    const links = [
      edgeView('a1', 'a2', 'spoke_about'),
      edgeView('a2', 'a3', 'relation'),
      edgeView('a3', 'a1', 'spoke_about'),
      edgeView('b1', 'b2', 'spoke_about'),
      edgeView('b2', 'b3', 'spoke_about'),
      edgeView('b3', 'b1', 'spoke_about', { weight: 2 }),
      edgeView('a1', 'b1', 'spoke_about'),
    ];
    mergePayload(
      graph,
      payload(order === 'ab' ? nodes : [...nodes].reverse(), order === 'ab' ? links : [...links].reverse()),
      {
        origin: OVERVIEW_ORIGIN,
        random: seededRandom(1),
      },
    );
    return graph;
  }

  it('groups visible nodes, largest community first, its members most mentioned first', () => {
    const result = graphCommunities(explorerGraph('ab'));
    expect(result.members).toStrictEqual([['a1', 'a2', 'a3'], ['b2', 'b1', 'b3'], ['lone']]);
    expect(result.of.get('b3')).toBe(1);
    expect(result.of.get('lone')).toBe(2);
  });

  it('counts the drawn entities each one is linked to, parallel links once', () => {
    const graph = explorerGraph('ab');
    mergePayload(graph, payload([], [edgeView('a2', 'a1', 'relation')]), {
      origin: OVERVIEW_ORIGIN,
      random: seededRandom(2),
    });
    expect(Object.fromEntries(graphCommunities(graph).connections)).toStrictEqual({
      a1: 3,
      a2: 2,
      a3: 2,
      b1: 3,
      b2: 2,
      b3: 2,
      lone: 0,
    });
    graph.setNodeAttribute('b1', 'hidden', true);
    expect(graphCommunities(graph).connections.get('a1')).toBe(2);
  });

  it('does not depend on the order the graph was loaded in', () => {
    expect(graphCommunities(explorerGraph('ba'))).toStrictEqual(graphCommunities(explorerGraph('ab')));
  });

  it('leaves out hidden nodes and ignores hidden edges', () => {
    const graph = explorerGraph('ab');
    graph.setNodeAttribute('lone', 'hidden', true);
    graph.forEachEdge((edge, a) => {
      if (a.kind === 'relation') graph.setEdgeAttribute(edge, 'hidden', true);
    });
    const result = graphCommunities(graph);
    expect(result.of.has('lone')).toBe(false);
    expect(result.members.flat().sort()).toStrictEqual(['a1', 'a2', 'a3', 'b1', 'b2', 'b3']);
  });
});
