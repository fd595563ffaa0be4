import { describe, expect, it } from 'vitest';
import { statementNodeId } from '../aggregation/statementNodes.ts';
import { createExplorerGraph, mergePayload, OVERVIEW_ORIGIN } from '../graph/explorerGraph.ts';
import { edgeView, nodeView, payload } from '../testing/factories.ts';
import { scopeNodeIds, selectionNodeIds, visibleNodeIds } from './scope.ts';

function sample() {
  const graph = createExplorerGraph();
  mergePayload(
    graph,
    payload(
      [nodeView('a'), nodeView('b'), nodeView('c'), nodeView('d')],
      [edgeView('a', 'b'), edgeView('c', 'a'), edgeView('a', 'c'), edgeView('b', 'd')],
    ),
    { origin: OVERVIEW_ORIGIN, random: () => 0.5 },
  );
  graph.setNodeAttribute('c', 'hidden', true);
  return graph;
}

describe('export scopes', () => {
  it('the view is the nodes the filters leave visible', () => {
    expect(visibleNodeIds(sample())).toStrictEqual(['a', 'b', 'd']);
  });

  it('statement nodes drawn by the toggle are not entities: neither the view nor the selection lists them', () => {
    const graph = sample();
    const statement = statementNodeId('st-1');
    mergePayload(graph, payload([nodeView(statement)], [edgeView('a', statement)]), {
      origin: OVERVIEW_ORIGIN,
      random: () => 0.5,
    });
    expect(graph.hasNode(statement)).toBe(true);
    expect(visibleNodeIds(graph)).toStrictEqual(['a', 'b', 'd']);
    expect(selectionNodeIds(graph, 'a', true)).toStrictEqual(['a', 'b']);
  });

  it('the selection is the node, then its visible neighbors when asked', () => {
    const graph = sample();
    expect(selectionNodeIds(graph, 'a', false)).toStrictEqual(['a']);
    expect(selectionNodeIds(graph, 'a', true)).toStrictEqual(['a', 'b']);
    expect(selectionNodeIds(graph, 'gone', true)).toStrictEqual([]);
    expect(selectionNodeIds(graph, null, true)).toStrictEqual([]);
  });

  it('the console scope is the result ids, once each', () => {
    const input = { graph: sample(), selected: 'd', withNeighbors: true, consoleIds: ['x', 'y', 'x'] };
    expect(scopeNodeIds('console', input)).toStrictEqual(['x', 'y']);
    expect(scopeNodeIds('console', { ...input, consoleIds: null })).toStrictEqual([]);
    expect(scopeNodeIds('selection', input)).toStrictEqual(['d', 'b']);
    expect(scopeNodeIds('view', input)).toStrictEqual(['a', 'b', 'd']);
  });
});
