import { describe, expect, it } from 'vitest';
import type { Params, Row } from '../store.ts';
import { COMENTION_ARTICLES_PER_ENTITY, COMENTION_EVIDENCE_IDS } from './coMentions.ts';
import { neighborhood, overview } from './graph.ts';
import { articleLists, fakeRun } from './testing.ts';

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
        // The other direction of a pair is another edge; a row from outside the view keeps its own.
        { source: 'b', target: 'a', type: 'MET', id: 'rel-8', date: '2023-05-05' },
        { source: 'y', target: 'a', type: 'MET', id: 'rel-7', date: null },
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
      {
        id: 'relation:MET:b->a',
        source: 'b',
        target: 'a',
        kind: 'relation',
        type: 'MET',
        weight: 1,
        evidenceIds: ['rel-8'],
        firstDate: '2023-05-05',
        lastDate: '2023-05-05',
      },
      {
        id: 'relation:MET:y->a',
        source: 'y',
        target: 'a',
        kind: 'relation',
        type: 'MET',
        weight: 1,
        evidenceIds: ['rel-7'],
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

  it('takes linked neighbours before co-mentioned ones, strongest first, whichever group the cap ends in', async () => {
    // Linked: s1 (3), s2 and s3 (1 each, s3 more mentioned); co-mentioned only: w1 (4), w2 and w3 (2, ties by id).
    const strong: Row[] = [
      { id: 's2', type: 'MET', weight: 1, mentions: 1 },
      { id: 's1', type: 'MET', weight: 3, mentions: 1 },
      { id: 's3', type: 'MET', weight: 1, mentions: 5 },
    ];
    const mentioned = new Map([
      ['w1', 4],
      ['w3', 2],
      ['w2', 2],
    ]);
    const articles = Array.from({ length: 9 }, (_, i) => ({ id: 'c', articleId: `art-${i}`, date: '2024-01-01' }));
    const { run } = fakeRun({
      'graph/nodes': nodes,
      'graph/relation-neighbors': () => strong,
      'graph/statement-neighbors': () => [],
      'graph/entity-articles': (params) => ((params.ids as string[]).includes('c') ? articles : []),
      'graph/article-entities': () => [...mentioned].map(([id, weight]) => ({ id, weight, mentions: 1 })),
      'graph/entity-article-lists': () => [],
      'graph/spoke-about-edges': () => [],
      'graph/relation-edges': () => [],
    });
    const ids = async (limit: number): Promise<string[]> =>
      (await neighborhood(run, 'c', { depth: 1, limit })).nodes.map((node) => node.id);
    expect(await ids(3)).toStrictEqual(['c', 's1', 's3']);
    expect(await ids(4)).toStrictEqual(['c', 's1', 's3', 's2']);
    expect(await ids(6)).toStrictEqual(['c', 's1', 's3', 's2', 'w1', 'w2']);
    expect(await ids(20)).toStrictEqual(['c', 's1', 's3', 's2', 'w1', 'w2', 'w3']);
  });
});
