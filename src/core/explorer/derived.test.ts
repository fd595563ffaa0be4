import { describe, expect, it } from 'vitest';
import { LARGE_GRAPH_EDGES } from '../../consts.ts';
import { statementNodeId, syncStatementNodes } from '../aggregation/statementNodes.ts';
import { createExplorerGraph, mergePayload, OVERVIEW_ORIGIN } from '../graph/explorerGraph.ts';
import { edgeView, nodeView, payload, statementView } from '../testing/factories.ts';
import { DEFAULT_VIEW } from '../url/urlState.ts';
import {
  edgeDrawing,
  edgeInfoOf,
  graphCounts,
  graphCountsWalk,
  hiddenByFilters,
  initialCameraOf,
  selectedEdgeOf,
  selectedNodeOf,
  unlinkedNote,
} from './derived.ts';
import { initialExplorerState } from './explorerState.ts';

const SPOKE = 'spoke_about:SPOKE_ABOUT:p->q';

function smallGraph() {
  const graph = createExplorerGraph();
  mergePayload(
    graph,
    payload(
      [nodeView('p'), nodeView('q'), nodeView('r', 'Place')],
      [edgeView('p', 'q', 'spoke_about', { evidenceIds: ['s1'] }), edgeView('q', 'r', 'comention')],
    ),
    { origin: OVERVIEW_ORIGIN },
  );
  return graph;
}

const START = initialExplorerState(DEFAULT_VIEW);
const READY = { ...START, load: { phase: 'ready', truncated: null } } as const;

describe('derived explorer values', () => {
  it('counts entities by type and links by kind, leaving statements drawn as nodes apart', () => {
    const graph = smallGraph();
    syncStatementNodes(graph, [SPOKE], new Map([['s1', statementView('s1', 'p', ['q'])]]));
    expect(graph.hasNode(statementNodeId('s1'))).toBe(true);
    expect(graphCounts(graph)).toStrictEqual({
      typeCounts: { Person: 2, Place: 1 },
      kindCounts: { spoke_about: 1, comention: 1 },
      totalNodes: 3,
      totalEdges: 2,
    });
  });

  it('counts the same in slices, yielding as it goes', () => {
    const graph = createExplorerGraph();
    const people = Array.from({ length: 400 }, (_, i) => nodeView(`p${i}`));
    const places = Array.from({ length: 100 }, (_, i) => nodeView(`l${i}`, 'Place'));
    const links = Array.from({ length: 399 }, (_, i) =>
      edgeView(`p${i}`, `p${i + 1}`, i % 3 ? 'comention' : 'relation'),
    );
    mergePayload(graph, payload([...people, ...places], links), { origin: OVERVIEW_ORIGIN });
    const walk = graphCountsWalk(graph, true);
    let step = walk.next();
    let yields = 0;
    for (; !step.done; step = walk.next()) yields++;
    expect([step.value, yields > 0]).toStrictEqual([
      {
        typeCounts: { Person: 400, Place: 100 },
        kindCounts: { relation: 133, comention: 266 },
        totalNodes: 500,
        totalEdges: 399,
      },
      true,
    ]);
    expect(graphCounts(graph)).toStrictEqual(step.value);
  });

  it('names the selected node whether or not it is drawn, and the selected link only when it is', () => {
    const graph = smallGraph();
    expect(selectedNodeOf({ ...DEFAULT_VIEW, selection: { kind: 'node', id: 'gone' } })).toBe('gone');
    expect(selectedNodeOf({ ...DEFAULT_VIEW, selection: { kind: 'edge', id: SPOKE } })).toBe(null);
    expect(selectedEdgeOf({ ...DEFAULT_VIEW, selection: { kind: 'edge', id: SPOKE } }, graph)).toBe(SPOKE);
    expect(selectedEdgeOf({ ...DEFAULT_VIEW, selection: { kind: 'edge', id: 'gone' } }, graph)).toBe(null);
    expect(selectedEdgeOf({ ...DEFAULT_VIEW, selection: { kind: 'node', id: 'p' } }, graph)).toBe(null);
  });

  it('gives a link with both its ends', () => {
    const graph = smallGraph();
    expect(edgeInfoOf(graph, SPOKE)).toStrictEqual({
      id: SPOKE,
      attributes: graph.getEdgeAttributes(SPOKE),
      source: { id: 'p', ...graph.getNodeAttributes('p') },
      target: { id: 'q', ...graph.getNodeAttributes('q') },
    });
    expect([edgeInfoOf(graph, null), edgeInfoOf(graph, 'gone')]).toStrictEqual([null, null]);
  });

  it('draws no edges while loading, nor on a big graph while its layout runs', () => {
    const small = smallGraph();
    expect(edgeDrawing(START, small)).toStrictEqual({ edgesOff: true, plainEdges: false });
    expect(edgeDrawing({ ...READY, layout: 'forces' }, small)).toStrictEqual({ edgesOff: false, plainEdges: false });
    const big = createExplorerGraph();
    const nodes = Array.from({ length: 80 }, (_, i) => nodeView(`n${i}`));
    const edges = [];
    for (let i = 0; i < 80 && edges.length <= LARGE_GRAPH_EDGES; i++)
      for (let j = 0; j < 80 && edges.length <= LARGE_GRAPH_EDGES; j++)
        if (i !== j) edges.push(edgeView(`n${i}`, `n${j}`, 'comention'));
    mergePayload(big, payload(nodes, edges), { origin: OVERVIEW_ORIGIN });
    expect(big.size).toBe(LARGE_GRAPH_EDGES + 1);
    expect(edgeDrawing({ ...READY, layout: 'forces' }, big).edgesOff).toBe(true);
    expect(edgeDrawing({ ...READY, layout: 'idle' }, big).edgesOff).toBe(false);
  });

  it('says the filters hide everything only for a loaded, non-empty graph showing no entity', () => {
    const graph = smallGraph();
    expect(hiddenByFilters(READY, graph)).toBe(true);
    expect(hiddenByFilters({ ...READY, visible: { ...READY.visible, nodes: 1 } }, graph)).toBe(false);
    expect(hiddenByFilters(START, graph)).toBe(false);
    expect(hiddenByFilters(READY, createExplorerGraph())).toBe(false);
  });

  it('restores the opened camera once the first layout settled, unless the URL selects something', () => {
    const camera = { x: 0.5, y: 0.5, ratio: 2 };
    const opened = { ...DEFAULT_VIEW, camera };
    expect(initialCameraOf(opened, READY)).toBe(camera);
    expect(initialCameraOf(opened, { ...READY, layout: 'forces' })).toBe(null);
    expect(initialCameraOf(opened, START)).toBe(null);
    expect(initialCameraOf({ ...opened, selection: { kind: 'node', id: 'p' } }, READY)).toBe(null);
  });
});

describe('unlinkedNote', () => {
  it('names what links the entities not drawn, in the singular for one', () => {
    expect(unlinkedNote(412, true)).toBe('412 entities mentioned only alongside others');
    expect(unlinkedNote(1, true)).toBe('1 entity mentioned only alongside others');
    expect(unlinkedNote(3, false)).toBe('3 entities linked to no other');
  });
});
