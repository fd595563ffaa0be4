import { describe, expect, it } from 'vitest';
import type { GraphEdgeView } from '../../contract/api.ts';
import type { Row } from '../store.ts';
import { comentionEdges, COMENTION_EVIDENCE_IDS, queriedArticleLists } from './coMentions.ts';
import { articleLists, fakeRun } from './testing.ts';

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
 * counting in coMentions.ts must answer, kept pairs, weights, evidence and dates alike.
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
    const { run } = fakeRun({ 'graph/entity-article-lists': () => articleLists(rows) });
    const expected = referenceComentions(ids, rows, ids.length * 3);
    expect(expected.length).toBe(120);
    expect(expected.some((edge) => edge.weight > COMENTION_EVIDENCE_IDS)).toBe(true);
    // Pairs whose shared articles are all undated, and pairs with dated and undated ones.
    expect(expected.some((edge) => edge.lastDate === null)).toBe(true);
    expect(expected.some((edge) => edge.lastDate !== null && edge.weight > 1)).toBe(true);
    expect(await comentionEdges(queriedArticleLists(run), ids)).toStrictEqual(expected);
  });
});
