import { describe, expect, it } from 'vitest';
import { createExplorerGraph, mergePayload, OVERVIEW_ORIGIN } from '../graph/explorerGraph.ts';
import { edgeView, nodeView, payload } from '../testing/factories.ts';
import { runNow } from '../graph/slices.ts';
import { buildMatrices, layoutInputWalk, meanRelativeMovement, positionsOf, PPE, PPN } from './forceAtlas2Matrices.ts';

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

  it("reads edge ends as the nodes' positions in the graph order, as a look-up of their ids does", () => {
    const graph = triangle();
    graph.dropNode('a');
    graph.addNode('a', { ...graph.getNodeAttributes('c'), x: 7 });
    graph.addDirectedEdge('c', 'a', { ...graph.getEdgeAttributes(graph.edges()[0]!), weight: 5 });
    graph.addDirectedEdge('a', 'b', { ...graph.getEdgeAttributes(graph.edges()[0]!), weight: 1, hidden: true });
    const index = new Map(graph.nodes().map((node, i) => [node, i]));
    const { input, order } = runNow(layoutInputWalk(graph, true));
    expect(order).toStrictEqual(['b', 'c', 'a']);
    expect([...input.sources]).toStrictEqual(graph.mapEdges((_e, _a, s) => index.get(s)!));
    expect([...input.targets]).toStrictEqual(graph.mapEdges((_e, _a, _s, t) => index.get(t)!));
    expect([...input.sources, ...input.targets, ...input.weights, ...input.x]).toStrictEqual([
      0, 1, 2, 1, 2, 0, 2, 5, 0, 10, 0, 7,
    ]);
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
