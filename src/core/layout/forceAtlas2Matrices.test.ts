import { describe, expect, it } from 'vitest';
import { createExplorerGraph, mergePayload, OVERVIEW_ORIGIN } from '../graph/explorerGraph.ts';
import { edgeView, nodeView, payload } from '../testing/factories.ts';
import { buildMatrices, meanRelativeMovement, positionsOf, PPE, PPN } from './forceAtlas2Matrices.ts';

function triangle() {
  const graph = createExplorerGraph();
  mergePayload(
    graph,
    payload(
      [nodeView('a'), nodeView('b'), nodeView('c')],
      [edgeView('a', 'b', 'spoke_about', { weight: 3 }), edgeView('b', 'c', 'spoke_about', { weight: 2 })],
    ),
    {
      origin: OVERVIEW_ORIGIN,
    },
  );
  graph.mergeNodeAttributes('a', { x: 0, y: 0, size: 4 });
  graph.mergeNodeAttributes('b', { x: 10, y: 0, size: 5, fixed: true });
  graph.mergeNodeAttributes('c', { x: 0, y: 20, size: 6 });
  return graph;
}

describe('ForceAtlas2 matrices', () => {
  it('lays nodes and edges out as iterate expects, hidden edges pulling nothing', () => {
    const graph = triangle();
    graph.setEdgeAttribute(graph.edges('b', 'c')[0]!, 'hidden', true);
    const { nodes, edges, order } = buildMatrices(graph);
    expect(order).toStrictEqual(['a', 'b', 'c']);
    expect([...nodes]).toStrictEqual([
      0, 0, 0, 0, 0, 0, 4, 1, 4, 0, 10, 0, 0, 0, 0, 0, 4, 1, 5, 1, 0, 20, 0, 0, 0, 0, 1, 1, 6, 0,
    ]);
    expect(nodes.length).toBe(3 * PPN);
    expect([...edges]).toStrictEqual([0, PPN, 3, PPN, 2 * PPN, 0]);
    expect(edges.length).toBe(2 * PPE);
  });

  it('extracts positions and measures movement relative to the extent', () => {
    const { nodes } = buildMatrices(triangle());
    const before = positionsOf(nodes);
    expect([...before]).toStrictEqual([0, 0, 10, 0, 0, 20]);
    expect(meanRelativeMovement(before, before)).toBe(0);
    const after = Float32Array.of(0, 0, 10, 6, 0, 20);
    // b moved 6 on a 20-high layout, the others did not: mean 2 / 20
    expect(meanRelativeMovement(before, after)).toBeCloseTo(0.1, 10);
    expect(meanRelativeMovement(new Float32Array(0), new Float32Array(0))).toBe(0);
  });
});
