import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../filters/filters.ts';
import { DEFAULT_VIEW, parseViewState, serializeViewState, type ViewState, withCamera } from './urlState.ts';

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
    outlet: 'it.sputniknews.com',
  },
  sizeBy: 'degree',
  expanded: [
    { id: 'person:elon-musk', limit: 0 },
    { id: 'org:a~b', limit: 50 },
  ],
  hiddenNodes: ['place:roma', 'x,y'],
  camera: { x: 0.5, y: 0.4321, ratio: 0.25 },
  cap: 40,
  statementNodes: true,
  finder: { text: 'non è vero, «mai»', kinds: ['direct', 'indirect'], cue: 'ha detto' },
};

describe('view state in the URL', () => {
  it('the default view is an empty query', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
    expect(parseViewState('')).toStrictEqual(DEFAULT_VIEW);
  });

  it('round-trips a full state', () => {
    expect(parseViewState(serializeViewState(full))).toStrictEqual(full);
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

  it('ignores malformed values', () => {
    const state = parseViewState(
      '?hideTypes=Place,Planet&hideEdges=bogus&from=yesterday&minMentions=-3&minWeight=abc&view=1,2,0&size=huge&expand=~5&cap=-2',
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
    const open: ViewState = { ...DEFAULT_VIEW, finder: { text: '', kinds: [], cue: '' } };
    expect(serializeViewState(open)).toBe('?find=');
    expect(parseViewState('?find=')).toStrictEqual(open);
    const filtered: ViewState = { ...DEFAULT_VIEW, finder: { text: 'false', kinds: ['partial', 'indirect'], cue: '' } };
    expect(serializeViewState(filtered)).toBe('?find=false&findKinds=partial%2Cindirect');
    expect(parseViewState('?find=false&findKinds=indirect,denial,partial')).toStrictEqual(filtered);
    expect(parseViewState('?findKinds=direct&findCue=ha+detto')).toStrictEqual(DEFAULT_VIEW);
  });

  it('drops a malformed publication date or outlet, and any toggle value but 1', () => {
    expect(parseViewState('?pubFrom=2021-1&pubTo=soon&outlet=a%20b&statements=yes')).toStrictEqual(DEFAULT_VIEW);
    expect(parseViewState('?outlet=a,b').filters.outlet).toBe(null);
  });

  it('keeps "show every kind of link" apart from the default', () => {
    const all: ViewState = { ...DEFAULT_VIEW, filters: { ...DEFAULT_FILTERS, hiddenKinds: [] } };
    expect(serializeViewState(all)).toBe('?hideEdges=');
    expect(parseViewState('?hideEdges=')).toStrictEqual(all);
    expect(DEFAULT_FILTERS.hiddenKinds).toStrictEqual(['comention']);
  });

  it('rounds the camera so links stay short', () => {
    const state = withCamera(DEFAULT_VIEW, { x: 0.123456789, y: 1, ratio: 0.333333 });
    expect(serializeViewState(state)).toBe('?view=0.1235%2C1%2C0.3333');
    expect(parseViewState(serializeViewState(state))).toStrictEqual(state);
  });
});
