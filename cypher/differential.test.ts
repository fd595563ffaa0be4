// Optimised reads against plain ones on a small real store (generated articles through the
// real extractor): the anchored statement queries against statements/list and /count, the
// entity's relations against the query they replaced, and the kept answers of the store
// (readCache.ts, computed from entityIndex.ts and adjacencyIndex.ts) against reads computed
// afresh, before and after a write.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/corpus.ts';
import { extract } from '../extract/extractor.ts';
import { GrafeoStore } from './engines/grafeo.ts';
import type { StatementView } from '../contract/api.ts';
import { RELATION_TYPES } from '../contract/graph.ts';
import type { Run } from './reads/decode.ts';
import { articles, entity, statements } from './reads/details.ts';
import { edgeView, statementView } from './reads/decode.ts';
import { entitiesAmong, neighborhood, overview } from './reads/graph.ts';
import { search } from './reads/search.ts';
import { stats } from './reads/stats.ts';

/** entity/relations as it was, looking each relation's article up before the limit. */
const PLAIN_ENTITY_RELATIONS = `
MATCH (e:Entity {id: $id})-[r]-(:Entity)
WHERE type(r) IN $relationTypes
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS t
OPTIONAL MATCH (a:Article {id: r.articleId})
RETURN r.id AS id, type(r) AS type, s.id AS sourceId, s.name AS sourceName, s.type AS sourceType,
  t.id AS targetId, t.name AS targetName, t.type AS targetType, r.role AS role,
  r.articleId AS articleId, r.evidence AS evidence, r.start AS start, r.end AS end, r.date AS date,
  r.trace AS trace,
  a.title AS articleTitle, a.date AS articleDate, a.url AS articleUrl, a.source AS articleSource,
  a.sourceName AS articleSourceName
ORDER BY date DESC, id
LIMIT $limit`;

/** graph/spoke-about-edges as it was: every SAID edge of the store matched, both ends filtered by the list. */
const PLAIN_SPOKE_ABOUT = `
MATCH (speaker:Entity)-[:SAID]->(s:Statement)-[:ABOUT]->(target:Entity)
WHERE speaker.id IN $ids AND target.id IN $ids
RETURN speaker.id AS source, target.id AS target, count(DISTINCT s) AS weight,
  collect(DISTINCT s.id) AS evidenceIds, min(s.date) AS firstDate, max(s.date) AS lastDate
ORDER BY source, target`;

const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-differential-'));
const corpus = generateCorpus({ articles: 60, words: 250, seed: 3 });
let store: GrafeoStore;
let entityIds: string[];
/** Reads computed afresh on every call: the plain answers. */
const plain: Run = (queryName, params) => store.run(queryName, params ?? {});

beforeAll(async () => {
  store = new GrafeoStore({ dbPath: path.join(temporary, 'differential.grafeo') });
  await store.init();
  await store.writeExtraction(extract(corpus.slice(0, 40)));
  entityIds = (await store.knownEntities()).map((entity) => entity.id);
});

afterAll(async () => {
  await store?.close();
  fs.rmSync(temporary, { recursive: true, force: true });
});

/** A statement query's rows as the API answers them (statementView sorts each one's targets by id). */
async function listed(queryName: string, params: Record<string, unknown>): Promise<StatementView[]> {
  return (await store.run(queryName, params)).map(statementView);
}

const noFilter = { speaker: null, about: null, article: null, from: null, toBefore: null };

describe('anchored statement queries', () => {
  it('the store has speakers and targets to compare on', async () => {
    const [by] = await store.run('statements/count', { ...noFilter });
    const about = await store.executeText('MATCH (:Statement)-[r:ABOUT]->(:Entity) RETURN count(r) AS n');
    expect(Number(by?.total)).toBeGreaterThan(100);
    expect(Number(about[0]?.n)).toBeGreaterThan(20);
  });

  it('list the same statements as statements/list for every speaker and target', async () => {
    const other = entityIds[0]!;
    for (const id of entityIds) {
      for (const filter of [
        { ...noFilter, speaker: id },
        { ...noFilter, speaker: id, from: '2024-03', toBefore: '2024-09\uffff' },
        { ...noFilter, speaker: id, about: other },
      ]) {
        const page = { ...filter, skip: 1, limit: 3 };
        expect(await listed('statements/list-by-speaker', page)).toStrictEqual(await listed('statements/list', page));
        expect(await store.run('statements/count-by-speaker', filter)).toStrictEqual(
          await store.run('statements/count', filter),
        );
      }
      for (const filter of [
        { ...noFilter, about: id },
        { ...noFilter, about: id, from: '2024-05' },
      ]) {
        const page = { ...filter, skip: 0, limit: 200 };
        expect(await listed('statements/list-about', page)).toStrictEqual(await listed('statements/list', page));
        expect(await store.run('statements/count-about', filter)).toStrictEqual(
          await store.run('statements/count', filter),
        );
      }
    }
  });

  it('list the same relations as the plain entity/relations', async () => {
    // Relations of one entity whose ids do not follow their dates, so the latest are not the first ids.
    const [first, second] = entityIds;
    for (const [id, date] of [
      ['rel-0000', '2023-01-01'],
      ['rel-zzzz', '2025-01-01'],
      ['rel-mmmm', '2024-06-30'],
    ])
      await store.executeText(
        `MATCH (a:Entity {id: $first}), (b:Entity {id: $second})
         CREATE (a)-[:MET {id: $id, date: $date, articleId: $articleId, evidence: 'x', start: 0, end: 1}]->(b)`,
        { first, second, id, date, articleId: corpus[0]!.source },
      );
    let compared = 0;
    for (const id of entityIds) {
      for (const limit of [1, 2, 200]) {
        const params = { id, relationTypes: [...RELATION_TYPES], limit };
        const rows = await store.run('entity/relations', params);
        expect(rows).toStrictEqual(await store.executeText(PLAIN_ENTITY_RELATIONS, params));
        compared += rows.length;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });
});

describe('graph edges', () => {
  it('spoke-about edges equal the plain aggregation in Cypher', async () => {
    const ids = [...entityIds].sort();
    for (const view of [ids, ids.slice(0, 25), ids.filter((_, i) => i % 3 === 0)]) {
      const plainEdges = (await store.executeText(PLAIN_SPOKE_ABOUT, { ids: view })).map((row) => {
        const edge = edgeView('spoke_about', 'SPOKE_ABOUT', row);
        return { ...edge, evidenceIds: [...edge.evidenceIds].sort() };
      });
      const graph = await entitiesAmong(plain, view);
      expect(graph.edges.filter((edge) => edge.kind === 'spoke_about')).toStrictEqual(plainEdges);
    }
    const all = await entitiesAmong(plain, ids);
    expect(all.edges.filter((edge) => edge.kind === 'spoke_about').length).toBeGreaterThan(5);
  });
});

/** Whether `value` and every object and array in it are frozen (as the read cache's deepFreeze leaves them). */
function frozenThrough(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(frozenThrough);
}

describe('kept answers', () => {
  /** Every read the API serves, by the store (kept) and afresh (plain). */
  async function compareAll(ids: string[]): Promise<void> {
    expect(await store.overview({ limit: 50 })).toStrictEqual(await overview(plain, { limit: 50 }));
    // Graph views are frozen by their shape (freezeGraphPayload): every object in them still is.
    expect(frozenThrough(await store.overview({ limit: 50 }))).toBe(true);
    expect(frozenThrough(await store.neighborhood(ids[0]!, { depth: 2, limit: 300 }))).toBe(true);
    expect(frozenThrough(await overview(plain, { limit: 50 }))).toBe(false);
    expect(await store.overview({ limit: 500 })).toStrictEqual(await overview(plain, { limit: 500 }));
    expect(await store.overview({ limit: 20, types: ['Person'] })).toStrictEqual(
      await overview(plain, { limit: 20, types: ['Person'] }),
    );
    expect(await store.stats()).toStrictEqual(await stats(plain));
    expect(await store.articles({ limit: 5, offset: 1 })).toStrictEqual(await articles(plain, { limit: 5, offset: 1 }));
    // Search from the entity index (every entity's names kept): short prefixes that match
    // most entities, ties on mentions, whole names, nothing, and limits from 1 to the cap.
    for (const text of ['ma', 'a', 'E', 'di ', 'ro', 'Bruxelles', 'città', 'zzzz'])
      for (const limit of [1, 12, 500])
        expect(await store.search(text, limit)).toStrictEqual(await search(plain, text, limit));
    for (const id of ids) {
      expect(await store.entity(id)).toStrictEqual(await entity(plain, id));
      // The explorer's cap (300) and a small one; relations, statements, co-mentions and
      // nodes come from the store's indexes (adjacencyIndex.ts, entityIndex.ts).
      for (const options of [
        { depth: 2, limit: 40 },
        { depth: 2, limit: 300 },
        { depth: 3, limit: 300 },
      ])
        expect(await store.neighborhood(id, options)).toStrictEqual(await neighborhood(plain, id, options));
      expect(await store.statements({ speaker: id, limit: 10 })).toStrictEqual(
        await statements(plain, { speaker: id, limit: 10 }),
      );
    }
  }

  it('equal plain reads, and are dropped by the next write', async () => {
    const ids = entityIds.slice(0, 15);
    const generation = store.readGeneration;
    await compareAll(ids);
    // Asked again: the kept answers, still equal.
    await compareAll(ids);
    expect(store.readGeneration).toBe(generation);
    const statsBefore = await store.stats();

    expect(await store.writeExtraction(extract(corpus.slice(40)))).toStrictEqual({
      articlesWritten: 20,
      articlesSkipped: 0,
    });
    expect(store.readGeneration).not.toBe(generation);
    const statsAfter = await store.stats();
    expect(statsAfter.articles).toBe(statsBefore.articles + 20);
    await compareAll((await store.knownEntities()).map((entity) => entity.id).slice(-15));
    await compareAll(ids);
  });
});
