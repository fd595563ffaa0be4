import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../filters/filters.ts';
import { DEFAULT_TABLE } from '../table/statementsTable.ts';
import {
  DEFAULT_ENTITY_PANEL,
  DEFAULT_VIEW,
  parseViewState,
  serializeViewState,
  type ViewState,
  withCamera,
} from './urlState.ts';

const full: ViewState = {
  selection: { kind: 'node', id: 'person:dmitrij-peskov' },
  reading: 'art:1a2b',
  filters: {
    hiddenTypes: ['Place', 'Event'],
    hiddenKinds: ['comention'],
    from: '2024-03',
    to: '2024-12-31',
    publishedFrom: '2021',
    publishedTo: '2022-01',
    minMentions: 2,
    minWeight: 1.5,
    article: 'art:9',
    outlet: 'Corriere della Sera',
    unlinked: true,
  },
  sizeBy: 'degree',
  colorBy: 'community',
  expanded: [
    { id: 'person:elon-musk', limit: 0 },
    { id: 'org:a~b', limit: 50 },
  ],
  hiddenNodes: ['place:roma', 'x,y'],
  camera: { x: 0.5, y: 0.4321, ratio: 0.25 },
  cap: 40,
  statementNodes: true,
  finder: { text: 'non è vero, «mai»', kinds: ['direct', 'indirect'], acts: ['denial', 'promise'], cue: 'ha detto' },
  entityPanel: { tab: 'about', counterpart: 'person:x&y', untargeted: false },
  consoleQuery: {
    query: 'MATCH (p:Person {name: $name})-[:SAID]->(s) RETURN p, s // «tutto»\n LIMIT 5',
    params: { name: 'Anna & Bo', n: [1, 2.5, null], nested: { ok: true } },
    rowCap: 10_000,
  },
  table: {
    text: 'gas «russo»',
    acts: ['denial', 'warning'],
    kinds: ['indirect'],
    from: '2025-03',
    to: '2025-03-18',
    sort: 'speaker',
    descending: true,
    page: 2,
  },
};

describe('view state in the URL', () => {
  it('the default view is an empty query', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
    expect(parseViewState('')).toStrictEqual(DEFAULT_VIEW);
  });

  it('round-trips a full state', () => {
    expect(parseViewState(serializeViewState(full))).toStrictEqual(full);
  });

  it('writes the statements table only when open, its defaults left out', () => {
    const open: ViewState = { ...DEFAULT_VIEW, table: DEFAULT_TABLE };
    expect(serializeViewState(open)).toBe('?table=1');
    expect(parseViewState('?table=1')).toStrictEqual(open);
    const sorted: ViewState = {
      ...DEFAULT_VIEW,
      table: { ...DEFAULT_TABLE, acts: ['denial'], sort: 'date', descending: false, page: 1 },
    };
    expect(serializeViewState(sorted)).toBe('?table=1&tActs=denial&tDir=asc&tPage=2');
    expect(parseViewState('?table=1&tActs=denial&tDir=asc&tPage=2')).toStrictEqual(sorted);
    expect(parseViewState('?table=1&tSort=colour&tDir=up&tPage=-3&tActs=lie&tKinds=denial')).toStrictEqual(open);
    expect(parseViewState('?tSort=act&tActs=denial')).toStrictEqual(DEFAULT_VIEW);
    // Any sort key of the store's search; the targets column is not one.
    expect(parseViewState('?table=1&tSort=outlet&tDir=asc').table).toStrictEqual({
      ...DEFAULT_TABLE,
      sort: 'outlet',
      descending: false,
    });
    expect(parseViewState('?table=1&tSort=about').table).toStrictEqual(DEFAULT_TABLE);
  });

  it('round-trips an edge selection', () => {
    const state: ViewState = { ...DEFAULT_VIEW, selection: { kind: 'edge', id: 'spoke_about:SPOKE_ABOUT:a->b' } };
    expect(serializeViewState(state)).toBe('?edge=spoke_about%3ASPOKE_ABOUT%3Aa-%3Eb');
    expect(parseViewState(serializeViewState(state))).toStrictEqual(state);
  });

  it('keeps the drawing choice, and drops the access token and unknown parameters', () => {
    const out = serializeViewState(
      { ...DEFAULT_VIEW, sizeBy: 'degree' },
      new URLSearchParams('token=s3cret&junk=1&drawing=plain'),
    );
    expect(out).toBe('?drawing=plain&size=degree');
  });

  it('writes community colours as color=community, type colours (the default) not at all', () => {
    const state: ViewState = { ...DEFAULT_VIEW, colorBy: 'community' };
    expect(serializeViewState(state)).toBe('?color=community');
    expect(parseViewState('?color=community')).toStrictEqual(state);
    expect(parseViewState('?color=type')).toStrictEqual(DEFAULT_VIEW);
  });

  it('ignores malformed values', () => {
    const state = parseViewState(
      '?hideTypes=Place,Planet&hideEdges=bogus&from=yesterday&minMentions=-3&minWeight=abc&view=1,2,0&size=huge&color=rainbow&expand=~5&cap=-2',
    );
    expect(state).toStrictEqual({
      ...DEFAULT_VIEW,
      filters: { ...DEFAULT_FILTERS, hiddenTypes: ['Place'], hiddenKinds: [] },
    });
  });

  it('writes both date ranges, the outlet and the statement toggle under their own names', () => {
    const state: ViewState = {
      ...DEFAULT_VIEW,
      filters: { ...DEFAULT_FILTERS, from: '2024-03', publishedFrom: '2021-12', publishedTo: '2022', outlet: '-' },
      statementNodes: true,
    };
    expect(serializeViewState(state)).toBe('?from=2024-03&pubFrom=2021-12&pubTo=2022&outlet=-&statements=1');
    expect(parseViewState(serializeViewState(state))).toStrictEqual(state);
  });

  it('writes the statements finder, open with no words, and drops unknown kinds', () => {
    const open: ViewState = { ...DEFAULT_VIEW, finder: { text: '', kinds: [], acts: [], cue: '' } };
    expect(serializeViewState(open)).toBe('?find=');
    expect(parseViewState('?find=')).toStrictEqual(open);
    const filtered: ViewState = {
      ...DEFAULT_VIEW,
      finder: { text: 'false', kinds: ['partial', 'indirect'], acts: [], cue: '' },
    };
    expect(serializeViewState(filtered)).toBe('?find=false&findKinds=partial%2Cindirect');
    expect(parseViewState('?find=false&findKinds=indirect,denial,partial')).toStrictEqual(filtered);
    expect(parseViewState('?findKinds=direct&findCue=ha+detto')).toStrictEqual(DEFAULT_VIEW);
  });

  it("writes the finder's speech acts in their canonical order, and drops unknown ones", () => {
    const denials: ViewState = { ...DEFAULT_VIEW, finder: { text: '', kinds: [], acts: ['denial'], cue: '' } };
    expect(serializeViewState(denials)).toBe('?find=&findActs=denial');
    expect(parseViewState('?find=&findActs=denial')).toStrictEqual(denials);
    const two: ViewState = { ...DEFAULT_VIEW, finder: { text: '', kinds: [], acts: ['claim', 'warning'], cue: '' } };
    expect(parseViewState('?find=&findActs=warning,lie,direct,claim,warning')).toStrictEqual(two);
    expect(serializeViewState(two)).toBe('?find=&findActs=claim%2Cwarning');
    expect(parseViewState('?findActs=denial')).toStrictEqual(DEFAULT_VIEW);
  });

  it('drops a malformed publication date or outlet, and any toggle value but 1', () => {
    expect(parseViewState('?pubFrom=2021-1&pubTo=soon&outlet=a%0Ab&statements=yes&unlinked=true')).toStrictEqual(
      DEFAULT_VIEW,
    );
    expect(parseViewState(`?outlet=${'x'.repeat(256)}`).filters.outlet).toBe(null);
    // an outlet is a domain, or the name declared by articles without URL
    expect(parseViewState('?outlet=Corriere%20della%20Sera').filters.outlet).toBe('Corriere della Sera');
  });

  it('keeps "show every kind of link" apart from the default', () => {
    const all: ViewState = { ...DEFAULT_VIEW, filters: { ...DEFAULT_FILTERS, hiddenKinds: [] } };
    expect(serializeViewState(all)).toBe('?hideEdges=');
    expect(parseViewState('?hideEdges=')).toStrictEqual(all);
    expect(DEFAULT_FILTERS.hiddenKinds).toStrictEqual(['comention']);
  });

  it("writes the entity panel's tab and chip only with a node selected", () => {
    const node = { kind: 'node', id: 'person:a' } as const;
    const about: ViewState = {
      ...DEFAULT_VIEW,
      selection: node,
      entityPanel: { tab: 'by', counterpart: 'org:b', untargeted: false },
    };
    expect(serializeViewState(about)).toBe('?node=person%3Aa&with=org%3Ab');
    expect(parseViewState(serializeViewState(about))).toStrictEqual(about);
    const untargeted: ViewState = {
      ...DEFAULT_VIEW,
      selection: node,
      entityPanel: { tab: 'by', counterpart: null, untargeted: true },
    };
    expect(serializeViewState(untargeted)).toBe('?node=person%3Aa&untargeted=1');
    expect(parseViewState(serializeViewState(untargeted))).toStrictEqual(untargeted);
    const articles: ViewState = {
      ...DEFAULT_VIEW,
      selection: node,
      entityPanel: { ...DEFAULT_ENTITY_PANEL, tab: 'articles' },
    };
    expect(serializeViewState(articles)).toBe('?node=person%3Aa&tab=articles');
    expect(parseViewState(serializeViewState(articles))).toStrictEqual(articles);
    // No chip outside the statements tabs, no "no target" chip but on "Said", nothing without a node.
    expect(parseViewState('?node=a&tab=relations&with=b').entityPanel).toStrictEqual({
      tab: 'relations',
      counterpart: null,
      untargeted: false,
    });
    expect(parseViewState('?node=a&tab=about&untargeted=1&with=b').entityPanel).toStrictEqual({
      tab: 'about',
      counterpart: 'b',
      untargeted: false,
    });
    expect(parseViewState('?tab=about&with=b')).toStrictEqual(DEFAULT_VIEW);
    expect(serializeViewState({ ...DEFAULT_VIEW, entityPanel: about.entityPanel })).toBe('');
  });

  it('writes the console query that replaced the graph, with its parameters and row cap', () => {
    const state: ViewState = {
      ...DEFAULT_VIEW,
      consoleQuery: { query: 'MATCH (n:Person) RETURN n', params: {}, rowCap: 1000 },
    };
    expect(serializeViewState(state)).toBe('?cq=MATCH+%28n%3APerson%29+RETURN+n');
    expect(parseViewState(serializeViewState(state))).toStrictEqual(state);
    const withParams: ViewState = {
      ...DEFAULT_VIEW,
      consoleQuery: { query: 'RETURN $x', params: { x: 'a b' }, rowCap: 100 },
    };
    expect(serializeViewState(withParams)).toBe('?cq=RETURN+%24x&cqParams=%7B%22x%22%3A%22a+b%22%7D&cqCap=100');
    expect(parseViewState(serializeViewState(withParams))).toStrictEqual(withParams);
  });

  it('follows no console query with unreadable parameters, a blank or an overlong query; an odd row cap is the default', () => {
    expect(parseViewState('?cq=RETURN+1&cqParams=%5B1%5D').consoleQuery).toBe(null);
    expect(parseViewState('?cq=RETURN+1&cqParams=%7Bbroken').consoleQuery).toBe(null);
    expect(parseViewState('?cq=+++').consoleQuery).toBe(null);
    expect(parseViewState(`?cq=${'x'.repeat(100_001)}`).consoleQuery).toBe(null);
    expect(parseViewState('?cq=RETURN+1&cqCap=7').consoleQuery).toStrictEqual({
      query: 'RETURN 1',
      params: {},
      rowCap: 1000,
    });
  });

  it('rounds the camera so links stay short', () => {
    const state = withCamera(DEFAULT_VIEW, { x: 0.123456789, y: 1, ratio: 0.333333 });
    expect(serializeViewState(state)).toBe('?view=0.1235%2C1%2C0.3333');
    expect(parseViewState(serializeViewState(state))).toStrictEqual(state);
  });
});
