import { describe, expect, it } from 'vitest';
import { statementNodeId } from '../aggregation/statementNodes.ts';
import { DEFAULT_FILTERS } from '../filters/filters.ts';
import { DEFAULT_TABLE } from '../table/statementsTable.ts';
import { DEFAULT_ENTITY_PANEL, DEFAULT_VIEW, type ViewState } from '../url/urlState.ts';
import { viewActions, viewReducer, type ViewAction } from './viewActions.ts';

const run = (state: ViewState, ...actions: ViewAction[]) => actions.reduce(viewReducer, state);
const node = (id: string) => ({ kind: 'node', id }) as const;

describe('view actions', () => {
  it('select closes the reader; opening an article keeps the selection', () => {
    const reading = run(
      DEFAULT_VIEW,
      { type: 'select', selection: node('p:1') },
      { type: 'openArticle', articleId: 'a1' },
    );
    expect(reading).toStrictEqual({ ...DEFAULT_VIEW, selection: node('p:1'), reading: 'a1' });
    expect(viewReducer(reading, { type: 'select', selection: node('p:2') })).toStrictEqual({
      ...DEFAULT_VIEW,
      selection: node('p:2'),
    });
    expect(viewReducer(reading, { type: 'closeArticle' })).toStrictEqual({ ...DEFAULT_VIEW, selection: node('p:1') });
  });

  it('opening a statement selects its node and closes the reader', () => {
    expect(run({ ...DEFAULT_VIEW, reading: 'a1' }, { type: 'openStatement', statementId: 's1' })).toStrictEqual({
      ...DEFAULT_VIEW,
      selection: node(statementNodeId('s1')),
    });
  });

  it('records expansions once each, in order, and forgets a collapsed one', () => {
    const state = run(
      DEFAULT_VIEW,
      { type: 'expanded', id: 'a', limit: 0 },
      { type: 'expanded', id: 'b', limit: 50 },
      { type: 'expanded', id: 'a', limit: 75 },
    );
    expect(state.expanded).toStrictEqual([
      { id: 'b', limit: 50 },
      { id: 'a', limit: 75 },
    ]);
    expect(viewReducer(state, { type: 'collapsed', id: 'b' }).expanded).toStrictEqual([{ id: 'a', limit: 75 }]);
    const query = { query: 'MATCH (n:Person) RETURN n', params: {}, rowCap: 1000 };
    expect(viewReducer(state, { type: 'graphReplaced', consoleQuery: query })).toStrictEqual({
      ...state,
      expanded: [],
      selection: null,
      consoleQuery: query,
    });
  });

  it('hiding a node deselects it; revealing and showing all bring nodes back', () => {
    const hidden = run(
      { ...DEFAULT_VIEW, selection: node('x') },
      { type: 'hideNode', id: 'x' },
      { type: 'hideNode', id: 'y' },
    );
    expect(hidden).toStrictEqual({ ...DEFAULT_VIEW, hiddenNodes: ['x', 'y'] });
    expect(viewReducer(hidden, { type: 'hideNode', id: 'x' }).hiddenNodes).toStrictEqual(['x', 'y']);
    expect(viewReducer(hidden, { type: 'revealNode', id: 'x' }).hiddenNodes).toStrictEqual(['y']);
    expect(viewReducer(hidden, { type: 'revealNode', id: 'z' })).toBe(hidden);
    expect(viewReducer(hidden, { type: 'showHidden' }).hiddenNodes).toStrictEqual([]);
  });

  it('turning statement nodes off drops a statement selection, not an entity one', () => {
    const onStatement = { ...DEFAULT_VIEW, statementNodes: true, selection: node(statementNodeId('s1')) };
    expect(viewReducer(onStatement, { type: 'setStatementNodes', on: false })).toStrictEqual(DEFAULT_VIEW);
    const onEntity = { ...DEFAULT_VIEW, statementNodes: true, selection: node('p:1') };
    expect(viewReducer(onEntity, { type: 'setStatementNodes', on: false })).toStrictEqual({
      ...DEFAULT_VIEW,
      selection: node('p:1'),
    });
  });

  it('the finder opens with words, replacing selection and reader, and changes in place', () => {
    const open = run({ ...DEFAULT_VIEW, selection: node('p:1'), reading: 'a1' }, { type: 'openFinder', text: 'false' });
    expect(open).toStrictEqual({ ...DEFAULT_VIEW, finder: { text: 'false', kinds: [], acts: [], cue: '' } });
    const narrowed = viewReducer(open, {
      type: 'setFinder',
      finder: { text: 'false', kinds: ['indirect'], acts: [], cue: '' },
    });
    expect(narrowed.finder).toStrictEqual({ text: 'false', kinds: ['indirect'], acts: [], cue: '' });
    expect(viewReducer(narrowed, { type: 'closeFinder' })).toStrictEqual(DEFAULT_VIEW);
  });

  it('Escape closes the reader, then the selection, then the finder', () => {
    let state: ViewState = {
      ...DEFAULT_VIEW,
      finder: { text: '', kinds: [], acts: [], cue: '' },
      selection: node('p:1'),
      reading: 'a1',
    };
    const steps: ViewState[] = [];
    for (let i = 0; i < 4; i++) {
      state = viewReducer(state, { type: 'escape' });
      steps.push(state);
    }
    expect(steps.map((s) => [s.reading, s.selection, s.finder])).toStrictEqual([
      [null, node('p:1'), { text: '', kinds: [], acts: [], cue: '' }],
      [null, null, { text: '', kinds: [], acts: [], cue: '' }],
      [null, null, null],
      [null, null, null],
    ]);
  });

  it('the table opens with its defaults, changes in place, and closes by Escape after every panel', () => {
    const open = viewReducer({ ...DEFAULT_VIEW, selection: node('p:1') }, { type: 'toggleTable' });
    expect(open).toStrictEqual({ ...DEFAULT_VIEW, selection: node('p:1'), table: DEFAULT_TABLE });
    const denials = { ...DEFAULT_TABLE, acts: ['denial' as const], page: 2 };
    const narrowed = viewReducer(open, { type: 'setTable', table: denials });
    expect(narrowed.table).toStrictEqual(denials);
    expect(viewReducer(narrowed, { type: 'escape' })).toStrictEqual({ ...DEFAULT_VIEW, table: denials });
    expect(run(narrowed, { type: 'escape' }, { type: 'escape' })).toStrictEqual(DEFAULT_VIEW);
    expect(viewReducer(narrowed, { type: 'toggleTable' })).toStrictEqual({ ...DEFAULT_VIEW, selection: node('p:1') });
    expect(viewReducer(narrowed, { type: 'closeTable' })).toStrictEqual({ ...DEFAULT_VIEW, selection: node('p:1') });
    expect(viewReducer(DEFAULT_VIEW, { type: 'closeTable' })).toBe(DEFAULT_VIEW);
  });

  it('filters, sizes, colours and the camera are set as given, the camera rounded', () => {
    const filters = { ...DEFAULT_FILTERS, minMentions: 2 };
    const state = run(
      DEFAULT_VIEW,
      { type: 'setFilters', filters },
      { type: 'setSizeBy', sizeBy: 'degree' },
      { type: 'setColorBy', colorBy: 'community' },
      { type: 'setCamera', camera: { x: 0.123456, y: 0.5, ratio: 1 } },
    );
    expect(state).toStrictEqual({
      ...DEFAULT_VIEW,
      filters,
      sizeBy: 'degree',
      colorBy: 'community',
      camera: { x: 0.1235, y: 0.5, ratio: 1 },
    });
  });

  it('named actions dispatch their action', () => {
    const sent: ViewAction[] = [];
    const actions = viewActions((action) => sent.push(action));
    actions.select(node('p:1'));
    actions.openFinder('vero');
    actions.escape();
    expect(sent).toStrictEqual([
      { type: 'select', selection: node('p:1') },
      { type: 'openFinder', text: 'vero' },
      { type: 'escape' },
    ]);
  });

  it('another entity opens its panel on the first tab; the same one keeps the tab and chip', () => {
    const panel = { tab: 'about', counterpart: 'org:b', untargeted: false } as const;
    const chosen = run({ ...DEFAULT_VIEW, selection: node('p:1') }, { type: 'setEntityPanel', panel });
    expect(chosen.entityPanel).toStrictEqual(panel);
    expect(viewReducer(chosen, { type: 'select', selection: node('p:1') }).entityPanel).toStrictEqual(panel);
    expect(viewReducer(chosen, { type: 'select', selection: node('p:2') }).entityPanel).toStrictEqual(
      DEFAULT_ENTITY_PANEL,
    );
    expect(viewReducer(chosen, { type: 'graphReplaced', consoleQuery: null }).entityPanel).toStrictEqual(
      DEFAULT_ENTITY_PANEL,
    );
  });
});
