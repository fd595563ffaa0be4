import { describe, expect, it } from 'vitest';
import type { GraphEdgeView } from '../contract/api.ts';
import {
  COMENTION_ARTICLES_PER_ENTITY,
  COMENTION_EVIDENCE_IDS,
  entitiesAmong,
  neighborhood,
  overview,
  type Run,
} from './reads.ts';
import type { Params, Row } from './store.ts';

/** A `Run` answering from fixed rows per query, recording the parameters it was given. */
function fakeRun(answers: Record<string, (params: Params) => Row[]>): { run: Run; calls: [string, Params][] } {
  const calls: [string, Params][] = [];
  const run: Run = (queryName, params = {}) => {
    calls.push([queryName, params]);
    const answer = answers[queryName];
    if (!answer) throw new Error(`unexpected query ${queryName}`);
    return Promise.resolve(answer(params));
  };
  return { run, calls };
}

/** (entity, article) rows as graph/entity-article-lists answers them: one row per entity, '' for no date. */
function articleLists(rows: Row[]): Row[] {
  const lists = new Map<string, { id: string; articleIds: string[]; dates: string[] }>();
  for (const row of rows) {
    const id = row.id as string;
    const list = lists.get(id) ?? { id, articleIds: [], dates: [] };
    list.articleIds.push(row.articleId as string);
    list.dates.push((row.date as string | null) ?? '');
    lists.set(id, list);
  }
  return [...lists.values()];
}

const node = (id: string): Row => ({ id, name: id, type: 'Person', aliases: [], mentions: 1 });
const nodes = (params: Params): Row[] => (params.ids as string[]).map(node);

describe('overview', () => {
  it('keeps relations among the nodes of known types, one edge per source, target and type', async () => {
    const { run } = fakeRun({
      'graph/top-entities': () => [node('a'), node('b')],
      'graph/entity-count': () => [{ total: 2 }],
      'graph/spoke-about-edges': () => [],
      'graph/entity-article-lists': () => [],
      'graph/relation-edges': () => [
        { source: 'a', target: 'b', type: 'MET', id: 'rel-2', date: '2024-02-01' },
        { source: 'a', target: 'b', type: 'MET', id: 'rel-1', date: null },
        { source: 'a', target: 'b', type: 'MET', id: 'rel-3', date: '2024-01-01' },
        { source: 'a', target: 'x', type: 'MET', id: 'rel-4', date: null },
        { source: 'b', target: 'a', type: 'NOT_A_RELATION', id: 'rel-5', date: null },
        { source: 'b', target: 'a', type: 'CRITICIZED', id: 'rel-6', date: null },
      ],
    });
    const graph = await overview(run, { limit: 2 });
    expect(graph.edges).toStrictEqual([
      {
        id: 'relation:MET:a->b',
        source: 'a',
        target: 'b',
        kind: 'relation',
        type: 'MET',
        weight: 3,
        evidenceIds: ['rel-1', 'rel-2', 'rel-3'],
        firstDate: '2024-01-01',
        lastDate: '2024-02-01',
      },
      {
        id: 'relation:CRITICIZED:b->a',
        source: 'b',
        target: 'a',
        kind: 'relation',
        type: 'CRITICIZED',
        weight: 1,
        evidenceIds: ['rel-6'],
        firstDate: null,
        lastDate: null,
      },
    ]);
  });

  it('lists the latest articles behind a co-mention and counts them all', async () => {
    const shared = Array.from({ length: COMENTION_EVIDENCE_IDS + 2 }, (_, i) => ({
      articleId: `art-${String(i).padStart(2, '0')}`,
      date: `2024-01-${String(i + 1).padStart(2, '0')}`,
    }));
    const { run } = fakeRun({
      'graph/top-entities': () => [node('a'), node('b')],
      'graph/entity-count': () => [{ total: 2 }],
      'graph/spoke-about-edges': () => [],
      'graph/relation-edges': () => [],
      'graph/entity-article-lists': () =>
        articleLists(
          shared.flatMap((article) => [
            { id: 'a', ...article },
            { id: 'b', ...article },
          ]),
        ),
    });
    const [edge] = (await overview(run, { limit: 2 })).edges;
    expect([edge?.id, edge?.weight, edge?.firstDate, edge?.lastDate]).toStrictEqual([
      'comention:CO_MENTION:a->b',
      COMENTION_EVIDENCE_IDS + 2,
      '2024-01-01',
      `2024-01-${COMENTION_EVIDENCE_IDS + 2}`,
    ]);
    expect(edge?.evidenceIds).toStrictEqual(shared.slice(2).map((article) => article.articleId));
  });
});

/** Seeded Park–Miller generator: the same co-mention graph on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

/**
 * Co-mention edges the plain way, every article's pairs in a map of string keys: what the
 * counting in reads.ts must answer, kept pairs, weights, evidence and dates alike.
 */
function referenceComentions(ids: string[], rows: Row[], keep: number): GraphEdgeView[] {
  const members = new Set(ids);
  const articles = new Map<string, { date: string | null; entities: Set<string> }>();
  for (const row of rows) {
    const id = row.id as string;
    if (!members.has(id)) continue;
    const articleId = row.articleId as string;
    const article = articles.get(articleId) ?? { date: (row.date as string | null) ?? null, entities: new Set() };
    article.entities.add(id);
    articles.set(articleId, article);
  }
  const pairs = new Map<string, { source: string; target: string; articles: { id: string; date: string | null }[] }>();
  for (const [articleId, article] of articles) {
    const entities = [...article.entities].sort();
    for (let i = 0; i < entities.length; i++)
      for (let j = i + 1; j < entities.length; j++) {
        const key = `${entities[i]}|${entities[j]}`;
        const pair = pairs.get(key) ?? { source: entities[i]!, target: entities[j]!, articles: [] };
        pair.articles.push({ id: articleId, date: article.date });
        pairs.set(key, pair);
      }
  }
  const byIds = (a: { source: string; target: string }, b: { source: string; target: string }) =>
    a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : a.target > b.target ? 1 : 0;
  return [...pairs.values()]
    .sort((a, b) => b.articles.length - a.articles.length || byIds(a, b))
    .slice(0, keep)
    .sort(byIds)
    .map((pair) => {
      const dates = pair.articles.flatMap((article) => (article.date === null ? [] : [article.date])).sort();
      const latest = [...pair.articles]
        .sort((x, y) =>
          (y.date ?? '') < (x.date ?? '') ? -1 : (y.date ?? '') > (x.date ?? '') ? 1 : x.id < y.id ? -1 : 1,
        )
        .slice(0, COMENTION_EVIDENCE_IDS);
      return {
        id: `comention:CO_MENTION:${pair.source}->${pair.target}`,
        source: pair.source,
        target: pair.target,
        kind: 'comention' as const,
        type: 'CO_MENTION',
        weight: pair.articles.length,
        evidenceIds: latest.map((article) => article.id).sort(),
        firstDate: dates[0] ?? null,
        lastDate: dates[dates.length - 1] ?? null,
      };
    });
}

describe('co-mention edges', () => {
  it('equal the plain pair count on a random graph with ties, undated articles and repeated rows', async () => {
    const random = seeded(7);
    const ids = Array.from({ length: 40 }, (_, i) => `e${String((i * 17) % 40).padStart(2, '0')}`);
    const rows: Row[] = [];
    for (let a = 0; a < 400; a++) {
      const articleId = `art-${String((a * 37) % 400).padStart(3, '0')}`;
      const date = random() < 0.2 ? null : `2024-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 10)}`;
      // Few entities per article, skewed towards the first ids, plus ids outside the view.
      const count = 1 + Math.floor(random() * 6);
      for (let k = 0; k < count; k++) {
        const id = random() < 0.1 ? `outside-${k}` : ids[Math.floor(random() * random() * ids.length)]!;
        rows.push({ id, articleId, date });
        if (random() < 0.05) rows.push({ id, articleId, date });
      }
    }
    const { run } = fakeRun({
      'graph/nodes': nodes,
      'graph/spoke-about-edges': () => [],
      'graph/relation-edges': () => [],
      'graph/entity-article-lists': () => articleLists(rows),
    });
    const graph = await entitiesAmong(run, ids);
    const expected = referenceComentions(ids, rows, ids.length * 3);
    expect(expected.length).toBe(120);
    expect(expected.some((edge) => edge.weight > COMENTION_EVIDENCE_IDS)).toBe(true);
    expect(graph.edges).toStrictEqual(expected);
  });
});

describe('neighborhood', () => {
  it("counts co-mentions over each center's latest articles, a center only with another center", async () => {
    // 'c' is named in more articles than are counted; 'n' only in the oldest one.
    const articles = Array.from({ length: COMENTION_ARTICLES_PER_ENTITY + 1 }, (_, i) => ({
      id: `art-${String(i).padStart(3, '0')}`,
      date: `2024-01-01T${String(i).padStart(3, '0')}`,
    }));
    const mentionedBy = new Map<string, string[]>(articles.map((article) => [article.id, ['c', 'm']]));
    mentionedBy.set(articles[0]!.id, ['c', 'n']);
    const { run, calls } = fakeRun({
      'graph/nodes': nodes,
      'graph/relation-neighbors': () => [],
      'graph/statement-neighbors': () => [],
      'graph/entity-articles': (params) =>
        (params.ids as string[]).includes('c')
          ? articles.map((article) => ({ id: 'c', articleId: article.id, date: article.date }))
          : [],
      'graph/article-entities': (params) => {
        const weights = new Map<string, number>();
        for (const id of params.ids as string[])
          for (const entity of mentionedBy.get(id) ?? []) weights.set(entity, (weights.get(entity) ?? 0) + 1);
        return [...weights].map(([id, weight]) => ({ id, weight, mentions: weight }));
      },
      'graph/entity-article-lists': () => [],
      'graph/spoke-about-edges': () => [],
      'graph/relation-edges': () => [],
    });
    const graph = await neighborhood(run, 'c', { depth: 1, limit: 5 });
    expect(graph.nodes.map((entry) => entry.id)).toStrictEqual(['c', 'm']);
    const counted = calls.find(([name]) => name === 'graph/article-entities')?.[1].ids as string[];
    expect(counted.length).toBe(COMENTION_ARTICLES_PER_ENTITY);
    expect(counted.includes(articles[0]!.id)).toBe(false);
  });

  it('ranks relation neighbours by the relation types it knows only', async () => {
    const { run } = fakeRun({
      'graph/nodes': nodes,
      'graph/relation-neighbors': () => [
        { id: 'b', type: 'NOT_A_RELATION', weight: 9, mentions: 1 },
        { id: 'a', type: 'MET', weight: 2, mentions: 1 },
      ],
      'graph/statement-neighbors': () => [],
      'graph/entity-articles': () => [],
      'graph/entity-article-lists': () => [],
      'graph/spoke-about-edges': () => [],
      'graph/relation-edges': () => [],
    });
    const graph = await neighborhood(run, 'c', { depth: 1, limit: 2 });
    expect([graph.nodes.map((entry) => entry.id), graph.truncated, graph.totalNodes]).toStrictEqual([
      ['c', 'a'],
      false,
      2,
    ]);
  });
});
