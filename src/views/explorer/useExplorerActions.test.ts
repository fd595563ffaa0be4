import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GraphPayload, StatementView } from '../../../contract/api.ts';
import { ApiClient } from '../../api/client.ts';
import { EXPAND_CAP } from '../../consts.ts';
import { statementNodeId, syncStatementNodes } from '../../core/aggregation/statementNodes.ts';
import {
  explorerReducer,
  initialExplorerState,
  type ExplorerAction,
  type ExplorerState,
} from '../../core/explorer/explorerState.ts';
import {
  createExplorerGraph,
  expandOrigin,
  mergePayload,
  OVERVIEW_ORIGIN,
  type ExplorerGraph,
} from '../../core/graph/explorerGraph.ts';
import { LayoutRunner } from '../../core/layout/layoutRunner.ts';
import { edgeView, nodeView, payload, statementView } from '../../core/testing/factories.ts';
import { graphCounts } from '../../core/explorer/derived.ts';
import { DEFAULT_TABLE } from '../../core/table/statementsTable.ts';
import { DEFAULT_VIEW, type ViewState } from '../../core/url/urlState.ts';
import type { GraphSession } from './explorerContext.ts';
import { explorerActions } from './useExplorerActions.ts';

const SPOKE = 'spoke_about:SPOKE_ABOUT:p->q';

/**
 * A session over a real graph and layout runner whose state lives in `current`; the
 * client answers nothing (these actions make no request), and a neighbour fetch merges
 * `neighbours` when given, else fails.
 */
function session(graph: ExplorerGraph, view: Partial<ViewState> = {}, neighbours?: GraphPayload) {
  let state: ExplorerState = initialExplorerState({ ...DEFAULT_VIEW, ...view });
  const viewRef = { current: state.view };
  const dispatch = (action: ExplorerAction) => {
    state = explorerReducer(state, action);
    viewRef.current = state.view;
  };
  const refused: typeof fetch = async () => {
    throw new TypeError('no server in this test');
  };
  const statementCache = new Map<string, StatementView>();
  /** The neighbour fetches asked for, as [entity, limit]; none is answered. */
  const asked: [string, number][] = [];
  const explorer: GraphSession = {
    client: new ApiClient('/api', null, refused),
    graph,
    layout: new LayoutRunner(graph, (status) => dispatch({ type: 'layoutStatus', status })),
    dispatch,
    sigmaRef: { current: null },
    viewRef,
    initialView: state.view,
    statementCache,
    statementLayerKey: { current: null },
    visibilityRef: { current: null },
    structureChanged: () => dispatch({ type: 'structureChanged', counts: graphCounts(graph) }),
    structureChangedInSlices: async () => dispatch({ type: 'structureChanged', counts: graphCounts(graph) }),
    focusNode: (node, framing) => dispatch({ type: 'focus', node, framing }),
    fetchNeighbours: (entityId, limit) => {
      asked.push([entityId, limit]);
      if (!neighbours) return Promise.reject(new Error('no neighbours in this test'));
      const shown = neighbours.nodes.filter((node) => node.id !== entityId).length;
      const merged = mergePayload(graph, neighbours, { origin: expandOrigin(entityId) });
      return Promise.resolve({ ...merged, info: { shown, total: shown, truncated: false } });
    },
    attachSigma: () => {},
  };
  return { actions: explorerActions(explorer), state: () => state, statementCache, asked };
}

/** A layout worker that never answers: an expansion's layout keeps running until stopped. */
class SilentWorker {
  onmessage: unknown = null;
  onerror: unknown = null;
  postMessage(): void {}
  terminate(): void {}
}

afterEach(() => {
  vi.unstubAllGlobals();
});

function graphOf(...origins: [string, ReturnType<typeof payload>][]) {
  const graph = createExplorerGraph();
  for (const [origin, part] of origins) mergePayload(graph, part, { origin });
  return graph;
}

describe('explorer actions', () => {
  it('collapse removes what an expansion brought, keeping the entity and the selection', () => {
    const graph = graphOf(
      [OVERVIEW_ORIGIN, payload([nodeView('p')])],
      [
        expandOrigin('p'),
        payload([nodeView('p'), nodeView('q'), nodeView('r')], [edgeView('p', 'q'), edgeView('p', 'r')]),
      ],
    );
    const { actions, state } = session(graph, {
      selection: { kind: 'node', id: 'r' },
      expanded: [{ id: 'p', limit: 0 }],
    });
    actions.collapse('p');
    expect([graph.nodes(), graph.edges()]).toStrictEqual([['p', 'r'], []]);
    expect(state()).toStrictEqual({
      ...initialExplorerState({ ...DEFAULT_VIEW, selection: { kind: 'node', id: 'r' } }),
      version: 1,
      counts: { typeCounts: { Person: 2 }, kindCounts: {}, totalNodes: 2, totalEdges: 0 },
    });
  });

  it('a click on the edge of a statement drawn as a node opens that statement and closes the console', () => {
    const graph = graphOf([
      OVERVIEW_ORIGIN,
      payload([nodeView('p'), nodeView('q')], [edgeView('p', 'q', 'spoke_about', { evidenceIds: ['s1'] })]),
    ]);
    syncStatementNodes(graph, [SPOKE], new Map([['s1', statementView('s1', 'p', ['q'])]]));
    const link = graph.findEdge((_edge, a) => a.statementLink?.statementId === 's1');
    expect(link).toBeDefined();
    const { actions, state } = session(graph);
    actions.toggleConsole();
    actions.selectOnCanvas({ kind: 'edge', id: link ?? '' });
    expect([state().view.selection, state().consoleOpen]).toStrictEqual([
      { kind: 'node', id: statementNodeId('s1') },
      false,
    ]);
    actions.selectOnCanvas({ kind: 'edge', id: SPOKE });
    expect(state().view.selection).toStrictEqual({ kind: 'edge', id: SPOKE });
  });

  it('a search result opens the entity, the statement (kept for its panel) or the finder', () => {
    const graph = graphOf([OVERVIEW_ORIGIN, payload([nodeView('p')])]);
    const { actions, state, statementCache } = session(graph, { hiddenNodes: ['p'] });
    actions.chooseSearchResult({
      kind: 'entity',
      hit: { id: 'p', name: 'P', type: 'Person', aliases: [], matched: 'P', mentions: 1 },
    });
    expect(state()).toStrictEqual({
      ...initialExplorerState({ ...DEFAULT_VIEW, selection: { kind: 'node', id: 'p' } }),
      focus: { node: 'p', framing: [], nonce: 1 },
    });
    const statement = statementView('s2', 'p', []);
    actions.chooseSearchResult({ kind: 'statement', statement });
    expect([state().view.selection, statementCache.get('s2')]).toStrictEqual([
      { kind: 'node', id: statementNodeId('s2') },
      statement,
    ]);
    actions.chooseSearchResult({ kind: 'allStatements', text: 'parole' });
    expect([state().view.selection, state().view.finder]).toStrictEqual([
      null,
      { text: 'parole', kinds: [], acts: [], cue: '' },
    ]);
  });

  it('a row of the table selects its statement and opens its article at it, the table staying open', () => {
    const { actions, state, statementCache } = session(createExplorerGraph());
    actions.toggleTable();
    const statement = statementView('s3', 'p', ['q'], { articleId: 'a7' });
    actions.readStatement(statement);
    expect(statementCache.get('s3')).toBe(statement);
    expect(state()).toStrictEqual({
      ...initialExplorerState({
        ...DEFAULT_VIEW,
        table: DEFAULT_TABLE,
        selection: { kind: 'node', id: statementNodeId('s3') },
        reading: 'a7',
      }),
      readingFocus: 's3',
    });
  });

  it('an expansion moves the camera to the entity and the neighbours it added', async () => {
    vi.stubGlobal('Worker', SilentWorker);
    const graph = graphOf([OVERVIEW_ORIGIN, payload([nodeView('p'), nodeView('q')], [edgeView('p', 'q')])]);
    const { actions, state } = session(
      graph,
      {},
      payload(
        [nodeView('p'), nodeView('q'), nodeView('r'), nodeView('s')],
        [edgeView('p', 'q'), edgeView('p', 'r'), edgeView('s', 'p')],
      ),
    );
    expect(await actions.expand('p')).toBe(true);
    expect(state().focus).toStrictEqual({ node: 'p', framing: ['r', 's'], nonce: 1 });
    expect([state().notice, state().fresh]).toStrictEqual([
      'Added 2 neighbours of P; 1 was already shown.',
      ['r', 's'],
    ]);
    actions.stopLayout();
  });

  it('an expansion that adds nothing leaves the camera where it is', async () => {
    const graph = graphOf([OVERVIEW_ORIGIN, payload([nodeView('p'), nodeView('q')], [edgeView('p', 'q')])]);
    const { actions, state } = session(graph, {}, payload([nodeView('p'), nodeView('q')], [edgeView('p', 'q')]));
    expect(await actions.expand('p')).toBe(true);
    expect([state().focus, state().notice, state().fresh]).toStrictEqual([
      null,
      'No new neighbours of P: all 1 are already shown.',
      [],
    ]);
  });

  it('opening an entity not drawn yet brings it in framed with its neighbours', async () => {
    vi.stubGlobal('Worker', SilentWorker);
    const graph = graphOf([OVERVIEW_ORIGIN, payload([nodeView('q')])]);
    const { actions, state } = session(
      graph,
      {},
      payload([nodeView('p'), nodeView('q'), nodeView('r')], [edgeView('p', 'q'), edgeView('p', 'r')]),
    );
    await actions.openEntity('p');
    expect([state().view.selection, state().focus]).toStrictEqual([
      { kind: 'node', id: 'p' },
      { node: 'p', framing: ['r'], nonce: 1 },
    ]);
    actions.stopLayout();
  });

  it('expanding a statement drawn as a node fetches nothing', async () => {
    const { actions, state } = session(createExplorerGraph());
    expect(await actions.expand(statementNodeId('s1'))).toBe(false);
    expect(state()).toStrictEqual(initialExplorerState(DEFAULT_VIEW));
  });

  it('a failed expansion is told in the notice and leaves the view as it was', async () => {
    const { actions, state } = session(createExplorerGraph());
    expect(await actions.expand('p')).toBe(false);
    expect(state()).toStrictEqual({
      ...initialExplorerState(DEFAULT_VIEW),
      notice: 'Could not expand: no neighbours in this test',
    });
  });

  it('showing more neighbours asks for one page more than the last expansion', async () => {
    const { actions, asked } = session(createExplorerGraph(), {
      expanded: [
        { id: 'p', limit: 0 },
        { id: 'q', limit: 3 * EXPAND_CAP },
      ],
    });
    await actions.showMoreNeighbours('p');
    await actions.showMoreNeighbours('q');
    await actions.showMoreNeighbours('r');
    await actions.expand('s');
    expect(asked).toStrictEqual([
      ['p', 2 * EXPAND_CAP],
      ['q', 4 * EXPAND_CAP],
      ['r', 2 * EXPAND_CAP],
      ['s', EXPAND_CAP],
    ]);
  });
});
