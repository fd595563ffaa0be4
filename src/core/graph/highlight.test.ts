import { describe, expect, it } from 'vitest';
import { DIM_EDGE_COLOR, DIM_NODE_COLOR, EDGE_COLORS, TYPE_COLORS } from '../../consts.ts';
import { edgeView, nodeView, payload } from '../testing/factories.ts';
import { createExplorerGraph, markParallelEdges, mergePayload, OVERVIEW_ORIGIN } from './explorerGraph.ts';
import { edgeDisplay, edgeLabel, focusOn, nodeDisplay, NO_FOCUS } from './highlight.ts';

function fixture() {
  const graph = createExplorerGraph();
  mergePayload(
    graph,
    payload(
      [nodeView('a'), nodeView('b'), nodeView('c', 'Place')],
      [
        edgeView('a', 'b', 'spoke_about', { weight: 3 }),
        edgeView('b', 'c', 'comention'),
        edgeView('b', 'a', 'relation'),
      ],
    ),
    {
      origin: OVERVIEW_ORIGIN,
    },
  );
  markParallelEdges(graph);
  return graph;
}

describe('highlight', () => {
  it('hovering a node highlights it, keeps its neighbours and fades the rest', () => {
    const graph = fixture();
    const focus = focusOn(graph, 'a', null, null);
    expect([...focus.neighbours]).toStrictEqual(['b']);
    expect(nodeDisplay('a', graph.getNodeAttributes('a'), focus)).toMatchObject({
      highlighted: true,
      forceLabel: true,
      color: TYPE_COLORS.Person,
    });
    expect(nodeDisplay('b', graph.getNodeAttributes('b'), focus)).toMatchObject({
      forceLabel: true,
      color: TYPE_COLORS.Person,
    });
    expect(nodeDisplay('c', graph.getNodeAttributes('c'), focus)).toMatchObject({ color: DIM_NODE_COLOR, label: '' });
    const e = 'comention:CO_MENTION:b->c';
    expect(edgeDisplay(e, graph.getEdgeAttributes(e), 'b', 'c', focus)).toStrictEqual({
      size: 0.6,
      color: DIM_EDGE_COLOR,
      hidden: false,
      type: 'line',
      label: '',
      zIndex: 0,
    });
  });

  it('draws the colours given in place of the type colours, and still dims outside the focus', () => {
    const graph = fixture();
    const colorOf = new Map([
      ['a', '#4E79A7'],
      ['c', '#F28E2B'],
    ]);
    expect(nodeDisplay('a', graph.getNodeAttributes('a'), NO_FOCUS, undefined, colorOf).color).toBe('#4E79A7');
    expect(nodeDisplay('b', graph.getNodeAttributes('b'), NO_FOCUS, undefined, colorOf).color).toBe(TYPE_COLORS.Person);
    const focus = focusOn(graph, 'a', null, null);
    expect(nodeDisplay('a', graph.getNodeAttributes('a'), focus, undefined, colorOf).color).toBe('#4E79A7');
    expect(nodeDisplay('c', graph.getNodeAttributes('c'), focus, undefined, colorOf).color).toBe(DIM_NODE_COLOR);
  });

  it('rings and labels the nodes an expansion just added, even outside the focus', () => {
    const graph = fixture();
    const fresh = new Set(['b', 'c']);
    const plain = { x: graph.getNodeAttribute('c', 'x'), y: graph.getNodeAttribute('c', 'y'), size: 3 };
    expect(nodeDisplay('c', graph.getNodeAttributes('c'), NO_FOCUS, fresh)).toStrictEqual({
      ...plain,
      color: TYPE_COLORS.Place,
      label: 'C',
      hidden: false,
      highlighted: true,
      forceLabel: true,
      zIndex: 1,
    });
    expect(nodeDisplay('a', graph.getNodeAttributes('a'), NO_FOCUS, fresh)).not.toHaveProperty('highlighted');
    const focus = focusOn(graph, null, 'a', null);
    expect(nodeDisplay('b', graph.getNodeAttributes('b'), focus, fresh)).toMatchObject({
      highlighted: true,
      forceLabel: true,
    });
    // c is no neighbour of a: dimmed, unless just added.
    expect(nodeDisplay('c', graph.getNodeAttributes('c'), focus)).toMatchObject({ color: DIM_NODE_COLOR, label: '' });
    expect(nodeDisplay('c', graph.getNodeAttributes('c'), focus, fresh)).toMatchObject({
      color: TYPE_COLORS.Place,
      label: 'C',
      highlighted: true,
      forceLabel: true,
    });
  });

  it('counts as neighbours only nodes joined by visible edges', () => {
    const graph = fixture();
    graph.setEdgeAttribute('comention:CO_MENTION:b->c', 'hidden', true);
    expect([...focusOn(graph, 'b', null, null).neighbours]).toStrictEqual(['a']);
    graph.setEdgeAttribute('comention:CO_MENTION:b->c', 'hidden', false);
    expect([...focusOn(graph, 'b', null, null).neighbours]).toStrictEqual(['a', 'c']);
  });

  it('draws edges by kind, parallel ones curved, labelled around the focus', () => {
    const graph = fixture();
    const e = 'spoke_about:SPOKE_ABOUT:a->b';
    expect(edgeDisplay(e, graph.getEdgeAttributes(e), 'a', 'b', NO_FOCUS)).toMatchObject({
      type: 'curvedArrow',
      color: EDGE_COLORS.spoke_about,
      curvature: 0.25,
      label: '',
    });
    expect(edgeDisplay(e, graph.getEdgeAttributes(e), 'a', 'b', focusOn(graph, null, 'a', null))).toMatchObject({
      label: 'spoke about ×3',
    });
    expect(edgeDisplay(e, graph.getEdgeAttributes(e), 'a', 'b', focusOn(graph, null, null, e))).toMatchObject({
      label: 'spoke about ×3',
      zIndex: 2,
    });
  });

  it('plain edges (big graphs) lose their arrowheads, straight or curved', () => {
    const graph = fixture();
    graph.addNode('d', { ...graph.getNodeAttributes('c') });
    graph.addDirectedEdgeWithKey('lone', 'a', 'd', {
      ...graph.getEdgeAttributes('spoke_about:SPOKE_ABOUT:a->b'),
      parallel: false,
    });
    const types = (plain: boolean) =>
      graph.mapEdges((edge, a, source, target) => edgeDisplay(edge, a, source, target, NO_FOCUS, plain).type);
    expect(types(false)).toStrictEqual(['curvedArrow', 'line', 'curvedArrow', 'arrow']);
    expect(types(true)).toStrictEqual(['curved', 'line', 'curved', 'line']);
  });

  it('names relation types for people', () => {
    expect(edgeLabel({ relType: 'SPOKESPERSON_OF', weight: 1, kind: 'relation' })).toBe('spokesperson of');
    expect(edgeLabel({ relType: 'CO_MENTION', weight: 2, kind: 'comention' })).toBe('mentioned with ×2');
  });

  it('no focus draws everything plainly', () => {
    const graph = fixture();
    expect(nodeDisplay('c', graph.getNodeAttributes('c'), NO_FOCUS)).toStrictEqual({
      x: graph.getNodeAttribute('c', 'x'),
      y: graph.getNodeAttribute('c', 'y'),
      size: 3,
      color: TYPE_COLORS.Place,
      label: 'C',
      hidden: false,
    });
  });
});
