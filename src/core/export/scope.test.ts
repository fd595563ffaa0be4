import { describe, expect, it } from 'vitest';
import { statementNodeId } from '../aggregation/statementNodes.ts';
import { createExplorerGraph, mergePayload, OVERVIEW_ORIGIN } from '../graph/explorerGraph.ts';
import { communityColouring } from '../graph/communityColours.ts';
import { edgeView, nodeView, payload } from '../testing/factories.ts';
import { nodeLooks, scopeNodeIds, selectionNodeIds, visibleEdgeIds, visibleNodeIds } from './scope.ts';

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

describe('the links a view export keeps', () => {
  function withComention() {
    const graph = sample();
    mergePayload(graph, payload([], [edgeView('a', 'd', 'comention'), edgeView('b', 'a', 'relation')]), {
      origin: OVERVIEW_ORIGIN,
      random: () => 0.5,
    });
    graph.setEdgeAttribute('comention:CO_MENTION:a->d', 'hidden', true);
    return graph;
  }

  it('are the visible links between visible entities: a hidden co-mention and the links of a hidden node stay out', () => {
    expect(visibleEdgeIds(withComention())).toStrictEqual([
      'spoke_about:SPOKE_ABOUT:a->b',
      'spoke_about:SPOKE_ABOUT:b->d',
      'relation:MET:b->a',
    ]);
  });

  it('a link hidden because its end is hidden by a filter stays out even if its own flag is unset', () => {
    const graph = withComention();
    graph.setNodeAttribute('d', 'hidden', true);
    expect(visibleEdgeIds(graph)).toStrictEqual(['spoke_about:SPOKE_ABOUT:a->b', 'relation:MET:b->a']);
  });

  it('a "spoke about" link drawn as statement nodes is kept, the statement links are not', () => {
    const graph = withComention();
    const statement = statementNodeId('st-1');
    mergePayload(graph, payload([nodeView(statement)], [edgeView('a', statement)]), {
      origin: OVERVIEW_ORIGIN,
      random: () => 0.5,
    });
    graph.setNodeAttribute(statement, 'statement', {
      statementId: 'st-1',
      date: null,
      parents: ['spoke_about:SPOKE_ABOUT:a->b'],
    });
    graph.setEdgeAttribute('spoke_about:SPOKE_ABOUT:a->b', 'hidden', true);
    expect(visibleEdgeIds(graph)).toStrictEqual([
      'spoke_about:SPOKE_ABOUT:a->b',
      'spoke_about:SPOKE_ABOUT:b->d',
      'relation:MET:b->a',
    ]);
    graph.setNodeAttribute(statement, 'hidden', true);
    expect(visibleEdgeIds(graph)).toStrictEqual(['spoke_about:SPOKE_ABOUT:b->d', 'relation:MET:b->a']);
  });
});

describe('nodeLooks', () => {
  it('gives the position, size and type colour of the entities named, skipping unknown ones', () => {
    const graph = sample();
    graph.mergeNodeAttributes('a', { x: 1.25, y: -3, size: 9, color: '#0072B2' });
    graph.mergeNodeAttributes('d', { x: 0, y: 4, size: 3, color: '#E69F00' });
    expect(nodeLooks(graph, ['a', 'gone', 'd'])).toStrictEqual([
      { id: 'a', x: 1.25, y: -3, size: 9, color: '#0072B2' },
      { id: 'd', x: 0, y: 4, size: 3, color: '#E69F00' },
    ]);
  });

  it('gives the community colour and number of each entity while the view is coloured by community', () => {
    const graph = sample();
    graph.mergeNodeAttributes('a', { x: 1, y: 2, size: 9, color: '#0072B2' });
    graph.mergeNodeAttributes('b', { x: 3, y: 4, size: 5, color: '#E69F00' });
    graph.mergeNodeAttributes('c', { x: 5, y: 6, size: 2, color: '#009E73' });
    const colouring = communityColouring(
      {
        of: new Map([
          ['a', 0],
          ['b', 1],
        ]),
        members: [['a'], ['b']],
        connections: new Map(),
        modularity: 0,
      },
      (node) => graph.getNodeAttributes(node),
    );
    colouring.colorOf.set('a', '#4E79A7');
    colouring.colorOf.set('b', '#A9AEB6');
    // c is hidden: in no community, it keeps its type colour and has no number.
    expect(nodeLooks(graph, ['a', 'b', 'c'], colouring)).toStrictEqual([
      { id: 'a', x: 1, y: 2, size: 9, color: '#4E79A7', community: 0 },
      { id: 'b', x: 3, y: 4, size: 5, color: '#A9AEB6', community: 1 },
      { id: 'c', x: 5, y: 6, size: 2, color: '#009E73' },
    ]);
  });
});
