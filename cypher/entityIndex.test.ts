// The entity index against the queries it stands for, on a small real store written in
// batches: after it is filled, after incremental batches (which it applies without reading
// the store again), after a write it cannot follow, after re-ingesting and after a reset.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/corpus.ts';
import { extract } from '../extract/extractor.ts';
import { NumberedMentions, type EntityIndex } from './entityIndex.ts';
import { GrafeoStore } from './engines/grafeo.ts';
import { comentionNeighbors, queriedArticleLists, type RankedArticleLists } from './reads/coMentions.ts';
import type { Run } from './reads/decode.ts';
import type { Row } from './store.ts';

class IndexedStore extends GrafeoStore {
  get index(): EntityIndex {
    return this.entityIndex;
  }
}

const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-entity-index-'));
const corpus = generateCorpus({ articles: 50, words: 250, seed: 5 });
let store: IndexedStore;
/** Every query the index asked for, by name. */
const asked: string[] = [];
const counting: Run = (queryName, params) => {
  asked.push(queryName);
  return store.run(queryName, params ?? {});
};
const direct: Run = (queryName, params) => store.run(queryName, params ?? {});

beforeAll(async () => {
  store = new IndexedStore({ dbPath: path.join(temporary, 'index.grafeo') });
  await store.init();
  await store.writeExtraction(extract(corpus.slice(0, 20)));
});

afterAll(async () => {
  await store?.close();
  fs.rmSync(temporary, { recursive: true, force: true });
});

/** Lists as article ids and dates, latest first: what co-mention counting reads from them. */
function listed(lists: RankedArticleLists): { id: string; date: string | null }[][] {
  return lists.lists.map((list) => [...list].map((rank) => ({ id: lists.idOf(rank), date: lists.dateOf(rank) })));
}

async function entityIds(): Promise<string[]> {
  return (await store.knownEntities()).map((entity) => entity.id).sort();
}

/** The index's answers against the queries', for every entity and a few filters. */
async function compare(): Promise<void> {
  for (const params of [
    { types: null, limit: 10_000 },
    { types: null, limit: 7 },
    { types: ['Person'], limit: 10_000 },
    { types: ['Place', 'Organization'], limit: 3 },
    { types: [], limit: 5 },
  ]) {
    expect(await store.index.topEntities(counting, params)).toStrictEqual(await direct('graph/top-entities', params));
    expect(await store.index.entityCount(counting, params)).toStrictEqual(await direct('graph/entity-count', params));
  }
  const ids = [...(await entityIds()), 'no-such-entity'];
  expect(listed(await store.index.articleLists(counting)(ids))).toStrictEqual(
    listed(await queriedArticleLists(direct)(ids)),
  );
  const articleIds = (await direct('graph/article-dates', {})).map((row) => String(row.id)).sort();
  for (const params of [{ ids }, { ids: ids.slice(0, 5) }, { ids: [ids[0]!, ids[0]!] }]) {
    expect(sorted(await store.index.nodes(counting, params))).toStrictEqual(
      sorted(await direct('graph/nodes', params)),
    );
    expect(sorted(await store.index.entityArticles(counting, params))).toStrictEqual(
      sorted(await direct('graph/entity-articles', params)),
    );
  }
  // The latest few articles of each center, so that the cut falls among articles of one date.
  const byMentions = (await direct('graph/entity-ranks', {}))
    .sort((a, b) => Number(b.mentions) - Number(a.mentions) || String(a.id).localeCompare(String(b.id)))
    .map((row) => String(row.id));
  for (const contains of ['a', 'ma', 'ro', 'di', 'zzzz'])
    for (const limit of [1, 5, 500]) {
      const params = { contains, exact: `|${contains}|`, prefix: `|${contains}`, wordPrefix: ` ${contains}`, limit };
      expect(await store.index.searchEntities(counting, params)).toStrictEqual(await direct('search/entities', params));
    }
  let neighbours = 0;
  for (const centers of [byMentions.slice(0, 25), byMentions.slice(3, 4), byMentions.slice(-5), ['no-such-entity']])
    for (const [limit, perCenter] of [
      [1000, 100],
      [1000, 1],
      [1000, 3],
      [7, 2],
    ] as const) {
      const expected = await comentionNeighbors(direct, centers, limit, perCenter);
      expect(await store.index.comentionNeighbors(counting, centers, limit, perCenter)).toStrictEqual(expected);
      neighbours += expected.length;
    }
  expect(neighbours).toBeGreaterThan(100);
  for (const params of [
    { ids: articleIds },
    { ids: articleIds.slice(-3) },
    { ids: [articleIds[0]!, articleIds[0]!, 'no-such-article'] },
  ])
    expect(sorted(await store.index.articleEntities(counting, params))).toStrictEqual(
      sorted(await direct('graph/article-entities', params)),
    );
}

/** Rows in one order whatever order they came in (the readers aggregate them). */
function sorted(rows: Row[]): Row[] {
  const key = (row: Row): string =>
    JSON.stringify(
      Object.keys(row)
        .sort()
        .map((field) => row[field]),
    );
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

describe('entity index', () => {
  it('answers as the queries, and follows new batches without reading the store again', async () => {
    await compare();
    expect(asked.filter((name) => name === 'graph/entity-ranks')).toHaveLength(1);
    expect(asked.filter((name) => name === 'graph/article-dates')).toHaveLength(1);
    expect(asked.filter((name) => name === 'graph/mention-lists')).toHaveLength(1);
    expect(asked.filter((name) => name === 'graph/all-nodes')).toHaveLength(1);
    expect(asked.filter((name) => name === 'search/entity-texts')).toHaveLength(1);
    const before = (await entityIds()).length;

    asked.length = 0;
    const written = await store.writeExtraction(extract(corpus.slice(20, 50)), { batchArticles: 10 });
    expect(written).toStrictEqual({ articlesWritten: 30, articlesSkipped: 0 });
    expect((await entityIds()).length).toBeGreaterThan(before);
    await compare();
    // Rankings, article tables and mentions come from the batches; only the node rows and
    // search texts of the entities a batch touched are read again.
    expect(asked.filter((name) => name !== 'graph/nodes' && name !== 'search/entity-texts-by-id')).toStrictEqual([]);
    expect(asked).toContain('search/entity-texts-by-id');

    asked.length = 0;
    expect(await store.writeExtraction(extract(corpus.slice(0, 50)))).toStrictEqual({
      articlesWritten: 0,
      articlesSkipped: 50,
    });
    await compare();
    expect(asked.filter((name) => name === 'graph/entity-ranks')).toStrictEqual([]);
  });

  it('reads the store again after a write it did not see', async () => {
    const [last] = (await entityIds()).slice(-1);
    await store.executeText('MATCH (e:Entity {id: $id}) SET e.mentionCount = 100000', { id: last });
    asked.length = 0;
    const [top] = await store.index.topEntities(counting, { types: null, limit: 1 });
    expect(top?.id).toBe(last);
    expect(asked).toContain('graph/entity-ranks');
    await compare();

    await store.reset();
    expect(await store.index.topEntities(counting, { types: null, limit: 5 })).toStrictEqual([]);
    expect(await store.index.entityCount(counting, { types: null })).toStrictEqual([{ total: 0 }]);
    expect(listed(await store.index.articleLists(counting)(['no-such-entity']))).toStrictEqual([[]]);
  });
});

describe('NumberedMentions', () => {
  it("reads counts through the ranking's entries, again for another ranking or numbering", () => {
    const mentions = new NumberedMentions();
    const numbering: string[] = ['a', 'b'];
    const ranks = new Map([
      ['a', { type: 'Person', mentions: 3 }],
      ['b', { type: 'Place', mentions: 7 }],
    ]);
    expect([
      mentions.of(ranks, numbering, 0, 'a'),
      mentions.of(ranks, numbering, 40, 'b'),
      mentions.of(ranks, numbering, 2, 'c'),
    ]).toStrictEqual([3, 7, 0]);
    // A batch changes counts in place and adds entities: both are read.
    ranks.get('a')!.mentions = 5;
    ranks.set('c', { type: 'Person', mentions: 2 });
    expect([mentions.of(ranks, numbering, 0, 'a'), mentions.of(ranks, numbering, 2, 'c')]).toStrictEqual([5, 2]);
    // Number 0 names another entity in another numbering, or in another ranking.
    expect(mentions.of(ranks, ['b'], 0, 'b')).toBe(7);
    expect(mentions.of(new Map([['a', { type: 'Person', mentions: 9 }]]), numbering, 0, 'a')).toBe(9);
  });
});
