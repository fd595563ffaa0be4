// The adjacency index against the queries it stands for, on a small real store written in
// batches: after it is filled, after incremental batches (which it applies without reading
// the store again), after re-ingesting, after a write it cannot follow and after a reset.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/corpus.ts';
import { extract } from '../extract/extractor.ts';
import type { AdjacencyIndex } from './adjacencyIndex.ts';
import { GrafeoStore } from './engines/grafeo.ts';
import type { Run } from './reads/decode.ts';
import { queriedSources } from './reads/graph.ts';
import type { Params, Row } from './store.ts';

class IndexedStore extends GrafeoStore {
  get adjacency(): AdjacencyIndex {
    return this.adjacencyIndex;
  }
}

const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-adjacency-index-'));
const corpus = generateCorpus({ articles: 60, words: 250, seed: 7 });
let store: IndexedStore;
/** Every query the index asked for, by name. */
const asked: string[] = [];
const plain: Run = (queryName, params) => store.run(queryName, params ?? {});
const counting: Run = (queryName, params) => {
  asked.push(queryName);
  return store.run(queryName, params ?? {});
};

beforeAll(async () => {
  store = new IndexedStore({ dbPath: path.join(temporary, 'adjacency.grafeo') });
  await store.init();
  await store.writeExtraction(extract(corpus.slice(0, 20)));
});

afterAll(async () => {
  await store?.close();
  fs.rmSync(temporary, { recursive: true, force: true });
});

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

async function entityIds(): Promise<string[]> {
  return (await store.knownEntities()).map((entity) => entity.id).sort();
}

const ANSWERS: [string, (index: AdjacencyIndex, run: Run, params: Params) => Promise<Row[]>][] = [
  ['graph/relation-edges', (index, run, params) => index.relationEdges(run, params)],
  ['graph/spoke-about-edges', (index, run, params) => index.spokeAboutEdges(run, params)],
  ['graph/relation-neighbors', (index, run, params) => index.relationNeighbors(run, params)],
  ['graph/statement-neighbors', (index, run, params) => index.statementNeighbors(run, params)],
];

/** The index's rows against the queries', for every entity alone and for lists of them. Returns the rows compared. */
async function compare(): Promise<number> {
  const ids = await entityIds();
  const lists = [
    ids,
    ids.filter((_, i) => i % 3 === 0),
    ids.slice(0, 7),
    [ids[0]!, ids[0]!, 'no-such-entity'],
    ...ids.map((id) => [id]),
  ];
  let compared = 0;
  for (const [queryName, answer] of ANSWERS)
    for (const list of lists) {
      const params = { ids: list };
      const expected = sorted(await store.run(queryName, params));
      expect(sorted(await answer(store.adjacency, counting, params))).toStrictEqual(expected);
      compared += expected.length;
    }
  // What a neighbourhood reads over entity numbers, against the queries it stands for.
  const queried = queriedSources(plain);
  for (const list of lists) {
    const members = new Set(list);
    const strong = sorted(await queried.strongNeighbors(list));
    expect(sorted(await store.adjacency.strongNeighbors(counting, list))).toStrictEqual(strong);
    const relations = (await store.run('graph/relation-edges', { ids: list })).filter((row) =>
      members.has(String(row.target)),
    );
    expect(sorted(await store.adjacency.relationEdgesAmong(counting, list))).toStrictEqual(sorted(relations));
    const spoke = (await store.run('graph/spoke-about-edges', { ids: list })).filter((row) =>
      members.has(String(row.target)),
    );
    expect(sorted(await store.adjacency.spokeAboutEdgesAmong(counting, list))).toStrictEqual(sorted(spoke));
    compared += strong.length + relations.length + spoke.length;
  }
  return compared;
}

describe('adjacency index', () => {
  it('answers as the queries, and follows new batches without reading the store again', async () => {
    expect(await compare()).toBeGreaterThan(100);
    expect(asked.filter((name) => name === 'graph/all-relations')).toHaveLength(1);
    expect(asked.filter((name) => name === 'graph/all-spoke-about')).toHaveLength(1);
    const relations = (await store.run('graph/all-relations')).length;
    const statements = (await store.run('graph/all-spoke-about')).length;

    asked.length = 0;
    const written = await store.writeExtraction(extract(corpus.slice(20, 60)), { batchArticles: 10 });
    expect(written).toStrictEqual({ articlesWritten: 40, articlesSkipped: 0 });
    expect((await store.run('graph/all-relations')).length).toBeGreaterThan(relations);
    expect((await store.run('graph/all-spoke-about')).length).toBeGreaterThan(statements);
    expect(await compare()).toBeGreaterThan(100);
    // The edges come from the batches, the mention counts from the entity index's.
    expect(asked).toStrictEqual([]);

    asked.length = 0;
    expect(await store.writeExtraction(extract(corpus))).toStrictEqual({ articlesWritten: 0, articlesSkipped: 60 });
    await compare();
    expect(asked).toStrictEqual([]);

    // Marks a few reads before the end of Int32: cleared before they wrap, the answers stay the same.
    (store.adjacency as unknown as { mark: number }).mark = 0x7fffffff - 3;
    await compare();
    expect((store.adjacency as unknown as { mark: number }).mark).toBeLessThan(0x7fffffff - 3);
  });

  it('reads the store again after a write it did not see, and after a reset', async () => {
    const [first, second] = await entityIds();
    await store.executeText(
      `MATCH (a:Entity {id: $first}), (b:Entity {id: $second})
       CREATE (a)-[:MET {id: 'outside', date: '2025-01-01'}]->(b)`,
      { first, second },
    );
    asked.length = 0;
    const rows = await store.adjacency.relationEdges(counting, { ids: [first] });
    expect(rows.filter((row) => row.id === 'outside')).toStrictEqual([
      { source: first, target: second, type: 'MET', id: 'outside', date: '2025-01-01' },
    ]);
    expect(asked).toContain('graph/all-relations');
    await compare();

    await store.reset();
    expect(await store.adjacency.relationEdges(counting, { ids: [first] })).toStrictEqual([]);
    expect(await store.adjacency.statementNeighbors(counting, { ids: [first, second] })).toStrictEqual([]);
  });
});
