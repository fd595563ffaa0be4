import { describe, expect, it } from 'vitest';
import {
  CONSOLE_ORIGIN,
  createExplorerGraph,
  expandOrigin,
  mergePayload,
  OVERVIEW_ORIGIN,
} from '../graph/explorerGraph.ts';
import { runInSlices } from '../graph/slices.ts';
import { edgeView, nodeView, payload, randomPayload } from '../testing/factories.ts';
import {
  applyVisibility,
  applyVisibilityWalk,
  compareDates,
  computeVisibility,
  computeVisibilityWalk,
  DEFAULT_FILTERS,
  edgeInDateRange,
  intersectScopes,
  isDefaultFilters,
  type FilterState,
} from './filters.ts';

const SHOW_ALL: FilterState = { ...DEFAULT_FILTERS, hiddenKinds: [] };

function fixture() {
  const graph = createExplorerGraph();
  mergePayload(
    graph,
    payload(
      [
        nodeView('peskov', 'Person', { mentions: 5 }),
        nodeView('musk', 'Person', { mentions: 3 }),
        nodeView('mosca', 'Place', { mentions: 2 }),
        nodeView('x', 'Organization', { mentions: 1 }),
      ],
      [
        edgeView('peskov', 'musk', 'spoke_about', {
          weight: 2,
          evidenceIds: ['s1', 's2'],
          firstDate: '2024-03-02',
          lastDate: '2024-03-05',
        }),
        edgeView('peskov', 'mosca', 'comention', { weight: 1, evidenceIds: ['a2'] }),
        edgeView('musk', 'x', 'relation', {
          type: 'OWNS',
          id: 'relation:OWNS:musk->x',
          weight: 1,
          firstDate: '2023',
          lastDate: '2023',
        }),
      ],
    ),
    { origin: OVERVIEW_ORIGIN },
  );
  return graph;
}

const sorted = (s: Set<string>) => [...s].sort();

describe('computeVisibility', () => {
  it('hides co-mention edges by default, and counts instead of drawing the entity they alone linked', () => {
    const v = computeVisibility(fixture(), DEFAULT_FILTERS, null, new Set(), new Set(), 0);
    expect([sorted(v.hiddenNodes), sorted(v.hiddenEdges), v.unlinked]).toStrictEqual([
      ['mosca'],
      ['comention:CO_MENTION:peskov->mosca'],
      1,
    ]);
    const unlinkedShown = computeVisibility(
      fixture(),
      { ...DEFAULT_FILTERS, unlinked: true },
      null,
      new Set(),
      new Set(),
      0,
    );
    expect([sorted(unlinkedShown.hiddenNodes), unlinkedShown.unlinked]).toStrictEqual([[], 0]);
    const all = computeVisibility(fixture(), SHOW_ALL);
    expect([sorted(all.hiddenNodes), sorted(all.hiddenEdges), all.unlinked]).toStrictEqual([[], [], 0]);
  });

  it('a type filter hides places and their edges, never deleting them', () => {
    const graph = fixture();
    const v = computeVisibility(graph, { ...SHOW_ALL, hiddenTypes: ['Place'] });
    expect(sorted(v.hiddenNodes)).toStrictEqual(['mosca']);
    expect(sorted(v.hiddenEdges)).toStrictEqual(['comention:CO_MENTION:peskov->mosca']);
    expect(applyVisibility(graph, v)).toStrictEqual({ visibleNodes: 3, visibleEdges: 2, visibleStatements: 0 });
    expect(graph.getNodeAttribute('mosca', 'hidden')).toBe(true);
    expect(graph.getNodeAttribute('peskov', 'hidden')).toBe(false);
    expect(graph.order).toBe(4);
    applyVisibility(graph, computeVisibility(graph, SHOW_ALL));
    expect(graph.getNodeAttribute('mosca', 'hidden')).toBe(false);
  });

  it('filters edge kinds and minimum weight', () => {
    const filters = { ...DEFAULT_FILTERS, hiddenKinds: ['comention' as const], minWeight: 2, unlinked: true };
    const v = computeVisibility(fixture(), filters);
    expect(sorted(v.hiddenEdges)).toStrictEqual(['comention:CO_MENTION:peskov->mosca', 'relation:OWNS:musk->x']);
    expect(sorted(v.hiddenNodes)).toStrictEqual([]);
    // x loses its only link to the weight threshold: not drawn unless unlinked entities are
    expect(
      sorted(computeVisibility(fixture(), { ...filters, unlinked: false }, null, new Set(), new Set(), 0).hiddenNodes),
    ).toStrictEqual(['mosca', 'x']);
  });

  it('filters minimum mentions and user-hidden nodes', () => {
    const v = computeVisibility(fixture(), { ...SHOW_ALL, minMentions: 3 }, null, new Set(['musk']));
    expect(sorted(v.hiddenNodes)).toStrictEqual(['mosca', 'musk', 'x']);
  });

  it('a date range hides edges outside it and nodes left with nothing in it', () => {
    const v = computeVisibility(fixture(), { ...SHOW_ALL, from: '2024-01-01', to: '2024-12-31' });
    expect(sorted(v.hiddenEdges)).toStrictEqual(['comention:CO_MENTION:peskov->mosca', 'relation:OWNS:musk->x']);
    expect(sorted(v.hiddenNodes)).toStrictEqual(['mosca', 'x']);
  });

  it('an article scope keeps its entities and the statements and co-mentions it holds', () => {
    const scope = {
      articleIds: new Set(['a1']),
      entityIds: new Set(['peskov', 'musk', 'mosca']),
      statementIds: new Set(['s9']),
    };
    const v = computeVisibility(fixture(), SHOW_ALL, scope);
    expect(sorted(v.hiddenNodes)).toStrictEqual(['x']);
    expect(sorted(v.hiddenEdges)).toStrictEqual([
      'comention:CO_MENTION:peskov->mosca',
      'relation:OWNS:musk->x',
      'spoke_about:SPOKE_ABOUT:peskov->musk',
    ]);
  });

  it('an outlet or publication scope keeps co-mentions only with an article in it', () => {
    const inScope = {
      articleIds: new Set(['a2']),
      entityIds: new Set(['peskov', 'musk', 'mosca']),
      statementIds: new Set(['s1']),
    };
    expect(sorted(computeVisibility(fixture(), SHOW_ALL, inScope).hiddenEdges)).toStrictEqual([
      'relation:OWNS:musk->x',
    ]);
    const outOfScope = { ...inScope, articleIds: new Set(['a1']) };
    expect(sorted(computeVisibility(fixture(), SHOW_ALL, outOfScope).hiddenEdges)).toStrictEqual([
      'comention:CO_MENTION:peskov->mosca',
      'relation:OWNS:musk->x',
    ]);
  });

  it('counts entities and entity links apart from statements', () => {
    const graph = fixture();
    expect(
      applyVisibility(graph, computeVisibility(graph, DEFAULT_FILTERS, null, new Set(), new Set(), 0)),
    ).toStrictEqual({
      visibleNodes: 3,
      visibleEdges: 2,
      visibleStatements: 0,
    });
    expect(
      applyVisibility(
        graph,
        computeVisibility(graph, { ...DEFAULT_FILTERS, unlinked: true }, null, new Set(), new Set(), 0),
      ),
    ).toStrictEqual({
      visibleNodes: 4,
      visibleEdges: 2,
      visibleStatements: 0,
    });
  });
});

describe('entities with no visible link', () => {
  it('are drawn when an expansion or a console result brought them, or when selected', () => {
    const graph = fixture();
    mergePayload(graph, payload([nodeView('mosca', 'Place', { mentions: 2 })]), { origin: expandOrigin('peskov') });
    mergePayload(graph, payload([nodeView('lonely', 'Person')]), { origin: CONSOLE_ORIGIN });
    mergePayload(graph, payload([nodeView('quiet', 'Person'), nodeView('picked', 'Person')]), {
      origin: OVERVIEW_ORIGIN,
    });
    const v = computeVisibility(graph, DEFAULT_FILTERS, null, new Set(), new Set(['picked']), 0);
    expect([sorted(v.hiddenNodes), v.unlinked]).toStrictEqual([['quiet'], 1]);
  });

  it('are all drawn when no entity has a visible link (nothing else would be)', () => {
    const graph = fixture();
    const v = computeVisibility(
      graph,
      { ...DEFAULT_FILTERS, hiddenKinds: ['comention', 'spoke_about', 'relation'] },
      null,
      new Set(),
      new Set(),
      0,
    );
    expect([sorted(v.hiddenNodes), v.unlinked]).toStrictEqual([[], 0]);
  });

  it('are counted after the other filters: an entity hidden by its type is not counted', () => {
    const v = computeVisibility(
      fixture(),
      { ...DEFAULT_FILTERS, hiddenTypes: ['Place'] },
      null,
      new Set(),
      new Set(),
      0,
    );
    expect([sorted(v.hiddenNodes), v.unlinked]).toStrictEqual([['mosca'], 0]);
  });

  it('are drawn in a graph of fewer entities than the threshold', () => {
    const v = computeVisibility(fixture(), DEFAULT_FILTERS, null, new Set(), new Set(), 4);
    expect([sorted(v.hiddenNodes), v.unlinked]).toStrictEqual([['mosca'], 1]);
    const small = computeVisibility(fixture(), DEFAULT_FILTERS, null, new Set(), new Set(), 5);
    expect([sorted(small.hiddenNodes), small.unlinked]).toStrictEqual([[], 0]);
    expect(computeVisibility(fixture(), DEFAULT_FILTERS).unlinked).toBe(0);
  });

  it('makes no default filter state', () => {
    expect(isDefaultFilters({ ...DEFAULT_FILTERS, unlinked: true })).toBe(false);
  });
});

describe('intersectScopes', () => {
  const one = {
    articleIds: new Set(['a1', 'a2']),
    entityIds: new Set(['p', 'q']),
    statementIds: new Set(['s1', 's2']),
  };
  const two = { articleIds: new Set(['a2', 'a3']), entityIds: new Set(['q', 'r']), statementIds: new Set(['s2']) };

  it('keeps what both scopes hold; null is everything', () => {
    expect(intersectScopes(one, two)).toStrictEqual({
      articleIds: new Set(['a2']),
      entityIds: new Set(['q']),
      statementIds: new Set(['s2']),
    });
    expect(intersectScopes(null, two)).toBe(two);
    expect(intersectScopes(one, null)).toBe(one);
    expect(intersectScopes(null, null)).toBe(null);
  });
});

describe('dates', () => {
  it('compares partial dates on their common precision', () => {
    expect(compareDates('2024', '2024-03-01')).toBe(0);
    expect(compareDates('2024-02', '2024-03-01')).toBe(-1);
    expect(compareDates('2025-01-01', '2024-12')).toBe(1);
  });

  it('keeps an edge whose evidence overlaps the range', () => {
    expect(edgeInDateRange({ firstDate: '2024-01-10', lastDate: '2024-06-01' }, '2024-05-01', null)).toBe(true);
    expect(edgeInDateRange({ firstDate: '2024-01-10', lastDate: '2024-02-01' }, '2024-05-01', null)).toBe(false);
    expect(edgeInDateRange({ firstDate: '2024-07-10', lastDate: '2024-08-01' }, null, '2024-06')).toBe(false);
    expect(edgeInDateRange({ firstDate: null, lastDate: null }, '2024', null)).toBe(false);
    expect(edgeInDateRange({ firstDate: null, lastDate: null }, null, null)).toBe(true);
  });

  it('knows the default state', () => {
    expect(isDefaultFilters(DEFAULT_FILTERS)).toBe(true);
    expect(isDefaultFilters({ ...DEFAULT_FILTERS, minWeight: 1 })).toBe(false);
    expect(isDefaultFilters(SHOW_ALL)).toBe(false);
    expect(isDefaultFilters({ ...DEFAULT_FILTERS, publishedFrom: '2021' })).toBe(false);
    expect(isDefaultFilters({ ...DEFAULT_FILTERS, publishedTo: '2022-01' })).toBe(false);
    expect(isDefaultFilters({ ...DEFAULT_FILTERS, outlet: '-' })).toBe(false);
  });
});

describe('visibility in slices', () => {
  const cases: [string, FilterState][] = [
    ['default filters', DEFAULT_FILTERS],
    ['a date range and a minimum weight', { ...SHOW_ALL, from: '2024-03', to: '2024-06', minWeight: 2 }],
    ['places hidden, unlinked entities drawn', { ...DEFAULT_FILTERS, hiddenTypes: ['Place'], unlinked: true }],
  ];
  it.each(cases)('with %s, hides exactly what the passes run at once hide', async (_name, filters) => {
    const atOnce = createExplorerGraph();
    const sliced = createExplorerGraph();
    for (const graph of [atOnce, sliced]) mergePayload(graph, randomPayload(600, 900), { origin: OVERVIEW_ORIGIN });
    const userHidden = new Set(['n7', 'n8']);
    const pinned = new Set(['n9']);
    const expected = computeVisibility(atOnce, filters, null, userHidden, pinned, 10);
    const expectedCounts = applyVisibility(atOnce, expected);
    let yields = 0;
    let t = 0;
    const slicing = {
      sliceMs: 1,
      yieldToPage: async () => {
        yields++;
      },
      now: () => t++,
    };
    const visibility = await runInSlices(
      computeVisibilityWalk(sliced, filters, null, userHidden, pinned, 10, true),
      slicing,
    );
    const counts = await runInSlices(applyVisibilityWalk(sliced, visibility, true), slicing);
    expect(yields).toBeGreaterThan(5);
    expect(sorted(visibility.hiddenNodes)).toStrictEqual(sorted(expected.hiddenNodes));
    expect(sorted(visibility.hiddenEdges)).toStrictEqual(sorted(expected.hiddenEdges));
    expect(visibility.unlinked).toBe(expected.unlinked);
    expect(counts).toStrictEqual(expectedCounts);
    expect(sliced.mapEdges((_e, a) => a.hidden)).toStrictEqual(atOnce.mapEdges((_e, a) => a.hidden));
    // Something is hidden and something shown, so the comparison says something.
    expect(expected.hiddenEdges.size).toBeGreaterThan(0);
    expect(expectedCounts.visibleEdges).toBeGreaterThan(0);
  });
});
