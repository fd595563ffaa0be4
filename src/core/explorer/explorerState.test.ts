import { describe, expect, it } from 'vitest';
import type { HealthInfo } from '../../../contract/api.ts';
import { ApiRequestError } from '../../api/client.ts';
import { statementNodeId } from '../aggregation/statementNodes.ts';
import { DEFAULT_VIEW, type ViewState } from '../url/urlState.ts';
import {
  CONNECTING,
  explorerReducer,
  initialExplorerState,
  type ExplorerAction,
  type ExplorerState,
} from './explorerState.ts';

const run = (state: ExplorerState, ...actions: ExplorerAction[]) => actions.reduce(explorerReducer, state);
const node = (id: string) => ({ kind: 'node', id }) as const;
const START = initialExplorerState(DEFAULT_VIEW);
const withView = (view: Partial<ViewState>, state: Partial<ExplorerState> = {}): ExplorerState => ({
  ...START,
  ...state,
  view: { ...DEFAULT_VIEW, ...view },
});

describe('explorer state', () => {
  it('starts connecting, with the view it is given and nothing else known', () => {
    const view = { ...DEFAULT_VIEW, selection: node('p:1') };
    expect(initialExplorerState(view)).toStrictEqual({
      view,
      load: { phase: 'loading', message: CONNECTING },
      health: null,
      attempt: 0,
      version: 0,
      counts: { typeCounts: {}, kindCounts: {}, totalNodes: 0, totalEdges: 0 },
      visible: { nodes: 0, edges: 0, statements: 0, unlinked: 0, round: 0 },
      expansions: {},
      expanding: null,
      notice: null,
      fresh: [],
      readingFocus: null,
      consoleOpen: false,
      consoleMounted: false,
      consoleIds: null,
      statementPlan: null,
      layout: 'idle',
      hovered: null,
      focus: null,
    });
  });

  it('passes view actions to the view and keeps the state when the view does not change', () => {
    expect(run(START, { type: 'setSizeBy', sizeBy: 'degree' })).toStrictEqual(withView({ sizeBy: 'degree' }));
    expect(explorerReducer(START, { type: 'revealNode', id: 'nobody' })).toBe(START);
  });

  it('goes through a load: connecting, health, progress, ready; a failure, then a retry', () => {
    const health: HealthInfo = { ok: true, store: 'grafeo', storeUp: true, version: '1' };
    const ready = run(
      START,
      { type: 'healthKnown', health },
      { type: 'loading', message: 'Loading the graph… 40%' },
      { type: 'loadReady', truncated: { shown: 2, total: 9 } },
    );
    expect(ready).toStrictEqual({ ...START, health, load: { phase: 'ready', truncated: { shown: 2, total: 9 } } });
    const error = new ApiRequestError('down', 'STORE_DOWN', 503);
    const failed = run(ready, { type: 'loadFailed', error }, { type: 'retry' });
    expect([failed.load, failed.attempt]).toStrictEqual([{ phase: 'error', error }, 1]);
    expect(run(START, { type: 'loadEmpty' }).load).toStrictEqual({ phase: 'empty' });
  });

  it('records what expanding fetched, forgets it on collapse and when the graph is cleared or replaced', () => {
    const info = { shown: 3, total: 10, truncated: true };
    const expanded = run(
      START,
      { type: 'expanding', id: 'p:1' },
      { type: 'neighboursFetched', id: 'p:1', info },
      { type: 'expanded', id: 'p:1', limit: 0 },
      { type: 'neighboursFetched', id: 'p:2', info },
      { type: 'expanded', id: 'p:2', limit: 50 },
      { type: 'expanding', id: null },
    );
    expect(expanded).toStrictEqual({
      ...withView({
        expanded: [
          { id: 'p:1', limit: 0 },
          { id: 'p:2', limit: 50 },
        ],
      }),
      expansions: { 'p:1': info, 'p:2': info },
    });
    expect(run(expanded, { type: 'collapsed', id: 'p:1' })).toStrictEqual({
      ...withView({ expanded: [{ id: 'p:2', limit: 50 }] }),
      expansions: { 'p:2': info },
    });
    expect(run(expanded, { type: 'graphCleared' }).expansions).toStrictEqual({});
    expect(
      run(
        { ...expanded, view: { ...expanded.view, selection: node('p:2') } },
        { type: 'graphReplaced', consoleQuery: null },
      ),
    ).toStrictEqual(START);
  });

  it('a click on the canvas that selects closes the console; one on the stage keeps it', () => {
    const open = run(START, { type: 'toggleConsole' });
    expect(open).toStrictEqual({ ...START, consoleOpen: true, consoleMounted: true });
    expect(run(open, { type: 'selectOnCanvas', selection: node('p:1') })).toStrictEqual({
      ...withView({ selection: node('p:1') }),
      consoleMounted: true,
    });
    expect(run(open, { type: 'selectOnCanvas', selection: null })).toStrictEqual(open);
    // Selecting from a panel or the search leaves the console as it is.
    expect(run(open, { type: 'select', selection: node('p:1') }).consoleOpen).toBe(true);
  });

  it('the console, once opened, stays mounted when closed', () => {
    const closed = run(START, { type: 'toggleConsole' }, { type: 'toggleConsole' });
    expect([closed.consoleOpen, closed.consoleMounted]).toStrictEqual([false, true]);
    expect(run(closed, { type: 'closeConsole' })).toBe(closed);
    expect(run(closed, { type: 'toggleConsole' }, { type: 'closeConsole' })).toStrictEqual(closed);
  });

  it('opening a statement or the finder closes the console', () => {
    const open = run(START, { type: 'toggleConsole' });
    expect(run(open, { type: 'openStatement', statementId: 's1' })).toStrictEqual({
      ...withView({ selection: node(statementNodeId('s1')) }),
      consoleMounted: true,
    });
    expect(run(open, { type: 'openFinder', text: 'vero' })).toStrictEqual({
      ...withView({ finder: { text: 'vero', kinds: [], acts: [], cue: '' } }),
      consoleMounted: true,
    });
  });

  it('the Statements button closes the finder shown, and opens an empty one otherwise (over the console too)', () => {
    const shown = run(START, { type: 'toggleFinder' });
    expect(shown).toStrictEqual(withView({ finder: { text: '', kinds: [], acts: [], cue: '' } }));
    expect(run(shown, { type: 'toggleFinder' })).toStrictEqual(START);
    const narrowed = { ...shown, view: { ...shown.view, finder: { text: 'x', kinds: [], acts: [], cue: '' } } };
    const overConsole = run(narrowed, { type: 'toggleConsole' }, { type: 'toggleFinder' });
    expect(overConsole).toStrictEqual({ ...shown, consoleMounted: true });
  });

  it('opens the reader at a statement, or at its top', () => {
    const at = run(withView({ selection: node('p:1') }), { type: 'openArticleAt', articleId: 'a1', statementId: 's1' });
    expect(at).toStrictEqual({ ...withView({ selection: node('p:1'), reading: 'a1' }), readingFocus: 's1' });
    expect(run(at, { type: 'openArticleAt', articleId: 'a2', statementId: null })).toStrictEqual(
      withView({ selection: node('p:1'), reading: 'a2' }),
    );
  });

  it('a console result drawn instead of the graph forgets expansions and selection, and fills an empty page', () => {
    const empty = run(
      withView({ selection: node('p:1'), expanded: [{ id: 'p:1', limit: 0 }] }),
      { type: 'neighboursFetched', id: 'p:1', info: { shown: 1, total: 1, truncated: false } },
      { type: 'loadEmpty' },
    );
    const query = { query: 'MATCH (p:Person) RETURN p', params: { x: 1 }, rowCap: 100 };
    expect(
      run(empty, { type: 'consoleGraphShown', mode: 'replace', ids: ['a', 'b'], graphEmpty: false, query }),
    ).toStrictEqual({
      ...START,
      view: { ...START.view, consoleQuery: query },
      consoleIds: ['a', 'b'],
      load: { phase: 'ready', truncated: null },
    });
    const added = run(empty, { type: 'consoleGraphShown', mode: 'add', ids: [], graphEmpty: true, query });
    expect(added).toStrictEqual({ ...empty, consoleIds: [] });
  });

  it('a console view loaded from a link records its entities; leaving it loads the overview afresh', () => {
    const query = { query: 'MATCH (p:Person) RETURN p', params: {}, rowCap: 1000 };
    const opened = run(
      withView({
        consoleQuery: query,
        selection: node('a'),
        expanded: [{ id: 'a', limit: 0 }],
        camera: { x: 1, y: 1, ratio: 2 },
      }),
      { type: 'consoleViewLoaded', ids: ['a', 'b'] },
      { type: 'neighboursFetched', id: 'a', info: { shown: 1, total: 1, truncated: false } },
    );
    expect(opened.consoleIds).toStrictEqual(['a', 'b']);
    expect(opened.view.selection).toStrictEqual(node('a'));
    expect(run(opened, { type: 'leaveConsoleView' })).toStrictEqual({ ...START, attempt: 1 });
  });

  it('counts structure changes and visibility rounds, and keeps the last counts', () => {
    const first = { typeCounts: { Person: 3 }, kindCounts: { comention: 4 }, totalNodes: 3, totalEdges: 4 };
    const second = { typeCounts: { Person: 2, Place: 1 }, kindCounts: {}, totalNodes: 3, totalEdges: 0 };
    const state = run(
      START,
      { type: 'structureChanged', counts: first },
      { type: 'visibilityWritten', counts: { nodes: 4, edges: 3, statements: 0, unlinked: 2 } },
      { type: 'structureChanged', counts: second },
      { type: 'visibilityWritten', counts: { nodes: 2, edges: 1, statements: 1, unlinked: 0 } },
    );
    expect([state.version, state.visible, state.counts]).toStrictEqual([
      2,
      { nodes: 2, edges: 1, statements: 1, unlinked: 0, round: 2 },
      second,
    ]);
  });

  it('each focus request is new, even on the same node', () => {
    const first = run(START, { type: 'focus', node: 'p:1' });
    const second = run(first, { type: 'focus', node: 'p:1', framing: ['q:1', 'q:2'] });
    expect([first.focus, second.focus]).toStrictEqual([
      { node: 'p:1', framing: [], nonce: 1 },
      { node: 'p:1', framing: ['q:1', 'q:2'], nonce: 2 },
    ]);
  });

  it('keeps the same state when hover, layout status or plan do not change', () => {
    const hovered = run(START, { type: 'hover', node: 'p:1' }, { type: 'layoutStatus', status: 'forces' });
    expect([hovered.hovered, hovered.layout]).toStrictEqual(['p:1', 'forces']);
    expect(run(hovered, { type: 'hover', node: 'p:1' })).toBe(hovered);
    expect(run(hovered, { type: 'layoutStatus', status: 'forces' })).toBe(hovered);
    expect(run(hovered, { type: 'statementPlanned', plan: null })).toBe(hovered);
  });

  it('marks what an expansion added while its notice is shown', () => {
    const shown = run(START, { type: 'expansionShown', notice: 'Added 2 neighbours of P.', added: ['q', 'r'] });
    expect([shown.notice, shown.fresh]).toStrictEqual(['Added 2 neighbours of P.', ['q', 'r']]);
    expect(run(shown, { type: 'dismissNotice' })).toStrictEqual(START);
    expect(run(shown, { type: 'notify', notice: 'Could not expand' })).toStrictEqual({
      ...START,
      notice: 'Could not expand',
    });
    expect(run(shown, { type: 'graphCleared' }).fresh).toStrictEqual([]);
  });

  it('a notice stays until dismissed', () => {
    const told = run(START, { type: 'notify', notice: 'Could not expand' });
    expect(told.notice).toBe('Could not expand');
    expect(run(told, { type: 'dismissNotice' })).toStrictEqual(START);
  });
});
