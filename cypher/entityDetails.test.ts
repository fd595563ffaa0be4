// An entity's details from the kept indexes (entityIndex.ts, adjacencyIndex.ts) against the
// queries they stand for, on a real store with hub entities: every article opens by naming
// Giorgia Meloni meeting Mario Draghi at Palazzo Chigi and quotes her, so each is named in all
// of them (more than ENTITY_DETAIL_LIMIT), with one MET relation and one of her statements per
// article, over six dates (ties on the date, broken by id, by article and start). Compared
// when filled, after a batch the indexes apply, and after a write they cannot follow.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/corpus.ts';
import { RELATION_TYPES } from '../contract/graph.ts';
import type { RawDocument } from '../contract/extraction.ts';
import { extract } from '../extract/extractor.ts';
import type { AdjacencyIndex } from './adjacencyIndex.ts';
import { GrafeoStore } from './engines/grafeo.ts';
import type { EntityIndex } from './entityIndex.ts';
import type { Run } from './reads/decode.ts';
import type { Params, Row } from './store.ts';
import { ENTITY_DETAIL_LIMIT, entity } from './reads/details.ts';

/** A store that notes every shipped query it sends to the engine. */
class CountingStore extends GrafeoStore {
  readonly asked: string[] = [];
  override run(queryName: string, params: Params = {}): Promise<Row[]> {
    this.asked.push(queryName);
    return super.run(queryName, params);
  }
}

class IndexedStore extends GrafeoStore {
  get entities(): EntityIndex {
    return this.entityIndex;
  }
  get adjacency(): AdjacencyIndex {
    return this.adjacencyIndex;
  }
}

const MELONI = 'person:giorgia-meloni';
const DRAGHI = 'person:mario-draghi';
const CHIGI = 'organization:palazzo-chigi';
const LIMITS = [1, 7, 100, ENTITY_DETAIL_LIMIT, 10_000];
const NO_FILTER = { speaker: null, about: null, article: null, from: null, toBefore: null };

const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-entity-details-'));
const corpus: RawDocument[] = generateCorpus({ articles: 260, words: 60, seed: 5 }).map((document, index) => ({
  ...document,
  date: `2024-0${1 + (index % 3)}-1${index % 2}`,
  text: `Giorgia Meloni ha incontrato Mario Draghi a Palazzo Chigi. «Serve prudenza», ha detto Giorgia Meloni. ${document.text}`,
}));
let store: IndexedStore;
/** Reads computed afresh on every call: the plain answers. */
const plain: Run = (queryName, params) => store.run(queryName, params ?? {});

beforeAll(async () => {
  store = new IndexedStore({ dbPath: path.join(temporary, 'details.grafeo') });
  await store.init();
  await store.writeExtraction(extract(corpus.slice(0, 230)));
});

afterAll(async () => {
  await store?.close();
  fs.rmSync(temporary, { recursive: true, force: true });
});

async function someEntities(): Promise<string[]> {
  const ids = (await store.knownEntities()).map((known) => known.id).sort();
  return [MELONI, DRAGHI, CHIGI, ...ids.filter((_, index) => index % 25 === 0), 'no-such-entity'];
}

/** The kept choices against the queries' rows, for every limit. Returns the rows compared. */
async function compareChoices(): Promise<number> {
  let compared = 0;
  for (const id of await someEntities())
    for (const limit of LIMITS) {
      const articles = await store.run('entity/articles', { id, limit });
      expect(await store.entities.latestArticles(plain, id, limit)).toStrictEqual(articles.map((row) => row.id));
      const relations = await store.run('entity/relations', { id, relationTypes: [...RELATION_TYPES], limit });
      expect(await store.adjacency.latestRelations(plain, id, [...RELATION_TYPES], limit)).toStrictEqual(
        relations.map((row) => ({ source: row.sourceId, target: row.targetId, type: row.type, id: row.id })),
      );
      compared += articles.length + relations.length;
      for (const side of ['speaker', 'about'] as const) {
        const filter = { ...NO_FILTER, [side]: id };
        const suffix = side === 'speaker' ? 'by-speaker' : 'about';
        for (const skip of [0, 3]) {
          const listed = await store.run(`statements/list-${suffix}`, { ...filter, skip, limit });
          const [count] = await store.run(`statements/count-${suffix}`, filter);
          expect(await store.adjacency.statementsOf(plain, side, id, skip, limit)).toStrictEqual({
            ids: listed.map((row) => row.id),
            total: Number(count?.total),
          });
          compared += listed.length;
        }
      }
    }
  return compared;
}

describe("an entity's details from the kept indexes", () => {
  it('the store has hubs, named in more articles than the details list, with ties on the date', async () => {
    for (const id of [MELONI, DRAGHI, CHIGI]) {
      const articles = await store.run('entity/articles', { id, limit: 10_000 });
      expect(articles.length).toBe(230);
      expect(new Set(articles.map((row) => row.date)).size).toBe(6);
    }
    const relations = await store.run('entity/relations', {
      id: MELONI,
      relationTypes: [...RELATION_TYPES],
      limit: 10_000,
    });
    expect(relations.filter((row) => row.type === 'MET').length).toBe(230);
    const [said] = await store.run('statements/count-by-speaker', { ...NO_FILTER, speaker: MELONI });
    expect(Number(said?.total)).toBeGreaterThan(ENTITY_DETAIL_LIMIT);
    const [about] = await store.executeText(
      'MATCH (:Statement)-[:ABOUT]->(e:Entity) WITH e, count(*) AS n RETURN max(n) AS most',
    );
    expect(Number(about?.most)).toBeGreaterThan(3);
  });

  it('choose the same articles and relations in the same order as the queries', async () => {
    // The three hubs' articles and the two MET hubs' relations at every limit, and more.
    expect(await compareChoices()).toBeGreaterThan(5 * (1 + 7 + 100 + ENTITY_DETAIL_LIMIT + 230));
  });

  it('give the same details as the plain reads, also after a batch they apply', async () => {
    for (const id of await someEntities()) expect(await store.entity(id)).toStrictEqual(await entity(plain, id));
    const generation = store.readGeneration;
    await store.writeExtraction(extract(corpus.slice(230)));
    expect(store.readGeneration).toBe(generation! + 1);
    expect((await store.run('entity/articles', { id: MELONI, limit: 10_000 })).length).toBe(260);
    // Applied, not read again: the index still answers, and as the queries do.
    expect(await store.entities.latestArticles(plain, MELONI, 1)).not.toBeNull();
    expect(await compareChoices()).toBeGreaterThan(0);
    for (const id of await someEntities()) expect(await store.entity(id)).toStrictEqual(await entity(plain, id));
  });

  it('fall back on the queries where the kept edges cannot order a relation', async () => {
    // A relation with no date, written around the indexes: they empty themselves, then refill.
    await store.executeText(
      `MATCH (a:Entity {id: $meloni}), (b:Entity {id: $draghi})
       CREATE (a)-[:MET {id: 'rel-undated', articleId: 'none', evidence: 'x', start: 0, end: 1}]->(b)`,
      { meloni: MELONI, draghi: DRAGHI },
    );
    expect(await store.adjacency.latestRelations(plain, MELONI, [...RELATION_TYPES], 5)).toBeNull();
    expect(await store.entity(MELONI)).toStrictEqual(await entity(plain, MELONI));
    expect(await store.entity(DRAGHI)).toStrictEqual(await entity(plain, DRAGHI));
    expect(await store.entity(CHIGI)).toStrictEqual(await entity(plain, CHIGI));
  });

  it('give a relation whose article is not stored the nulls of the query', async () => {
    // Dated, so the kept edges order it, and its article looked up by id is missing.
    await store.executeText(
      `MATCH (a:Entity {id: $meloni}), (b:Entity {id: $chigi})
       CREATE (a)-[:MET {id: 'rel-no-article', articleId: 'no-such-article', date: '2099-01-01', evidence: 'x', start: 0, end: 1}]->(b)`,
      { meloni: MELONI, chigi: CHIGI },
    );
    expect(await store.adjacency.latestRelations(plain, CHIGI, [...RELATION_TYPES], 1)).toStrictEqual([
      { source: MELONI, target: CHIGI, type: 'MET', id: 'rel-no-article' },
    ]);
    const details = await store.entity(CHIGI);
    expect(details?.relations[0]?.article).toStrictEqual({
      id: 'no-such-article',
      title: null,
      date: null,
      url: null,
      source: '',
      sourceName: null,
    });
    expect(details).toStrictEqual(await entity(plain, CHIGI));
    expect(await store.entity(MELONI)).toStrictEqual(await entity(plain, MELONI));
  });

  it('are filled by warm() once, shared with the reads that arrive meanwhile', async () => {
    await store.close();
    const counting = new CountingStore({ dbPath: path.join(temporary, 'details.grafeo') });
    await counting.init();
    try {
      const warming = counting.warm();
      const [details] = await Promise.all([counting.entity(MELONI), warming]);
      const loads = [
        'graph/all-relations',
        'graph/all-spoke-about',
        'graph/all-statement-speakers',
        'graph/all-statement-targets',
        'graph/all-nodes',
      ];
      expect(loads.map((name) => counting.asked.filter((asked) => asked === name).length)).toStrictEqual([
        1, 1, 1, 1, 1,
      ]);
      expect(counting.asked.filter((asked) => asked === 'graph/mention-lists').length).toBe(1);
      // Warm: the details and a neighbourhood send the engine no query of the whole store.
      counting.asked.length = 0;
      await counting.neighborhood(DRAGHI, { depth: 2, limit: 300 });
      expect(await counting.entity(DRAGHI)).toStrictEqual(
        await entity((name, params) => counting.run(name, params ?? {}), DRAGHI),
      );
      expect(
        counting.asked.filter((asked) => asked.startsWith('graph/all-') || asked === 'graph/mention-lists'),
      ).toStrictEqual([]);
      expect(details?.articles.length).toBe(ENTITY_DETAIL_LIMIT);
    } finally {
      await counting.close();
    }
  });

  it('are followed by one run of the details queries in warm(), whose answer is not kept', async () => {
    const counting = new CountingStore({ dbPath: path.join(temporary, 'details.grafeo') });
    await counting.init();
    try {
      await counting.warm();
      const detailQueries = ['entity/get', 'statements/by-id', 'article/summaries'];
      expect(detailQueries.map((name) => counting.asked.filter((asked) => asked === name).length)).toStrictEqual([
        1, 2, 1,
      ]);
      // Its relations by key, or by the query where the kept edges cannot order them (the
      // undated relation written above).
      expect(
        counting.asked.filter((asked) => asked === 'entity/relations-by-key' || asked === 'entity/relations').length,
      ).toBe(1);
      counting.asked.length = 0;
      const plainCounting: Run = (name, params) => counting.run(name, params ?? {});
      for (const id of [MELONI, DRAGHI, CHIGI])
        expect(await counting.entity(id)).toStrictEqual(await entity(plainCounting, id));
      // Each entity's details were computed: none was kept by warm().
      expect(counting.asked.filter((asked) => asked === 'entity/get').length).toBe(6);
    } finally {
      await counting.close();
    }
  });
});
