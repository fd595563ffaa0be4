// The sample corpus ingested into the embedded store and into Neo4j in the same run:
// every GraphStore read answers the same on both; the Cypher MERGE script exported from
// the embedded store, replayed into Neo4j, gives the same graph (and a second replay
// changes nothing); the neo4j-admin CSV zip, imported by Neo4j's own importer into an
// empty database, gives the same graph too, and then runs the MERGE scripts of a small
// neighborhood and of odd names (spaces, quotes, keywords, self-loops) statement by statement.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { MultiDirectedGraph } from 'graphology';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GrafeoStore } from '../../cypher/engines/grafeo.ts';
import type { Neo4jStore } from '../../cypher/engines/neo4j.ts';
import { ingestDocuments } from '../../ingest/ingest.ts';
import { readInputs } from '../../ingest/readers/index.ts';
import { writeCypherScript } from '../../server/export/cypherScript.ts';
import { buildExportGraph, type ExportGraph } from '../../server/export/graph.ts';
import { exportSubgraph } from '../../server/export/subgraph.ts';
import { evidence, payload, readStoreGraph, runCypherScript, withoutEmptyLists } from '../../server/export/testing.ts';
import { neo4jAdmin, startNeo4j } from '../../scripts/neo4j.ts';
import { expectSameSchema, openNeo4j, SEEDS } from './neo4jTesting.ts';

const WHOLE_STORE_QUERY = 'MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN n, r';
const CONTEXT = { creator: 'newsgraph test' };

let tmp: string;
let embedded: GrafeoStore;
let neo4j: Neo4jStore;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-neo4j-side-'));
  embedded = new GrafeoStore({ dbPath: path.join(tmp, 'embedded', 'newsgraph.grafeo') });
  neo4j = openNeo4j();
  await embedded.init();
  await neo4j.init();
  await neo4j.reset();
  const { documents } = await readInputs([SEEDS], { maxBytes: 5 * 1024 * 1024 });
  expect(documents.length).toBeGreaterThan(0);
  await ingestDocuments(embedded, documents);
});

afterAll(async () => {
  await neo4j?.close();
  await embedded?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('the sample corpus on both engines', () => {
  beforeAll(async () => {
    await neo4j.reset();
    const { documents } = await readInputs([SEEDS], { maxBytes: 5 * 1024 * 1024 });
    await ingestDocuments(neo4j, documents);
  });

  it('stores the same graph and answers the stats, schema, overview, search and lists the same', async () => {
    expect(await readStoreGraph(neo4j)).toStrictEqual(await readStoreGraph(embedded));
    expect(await neo4j.stats()).toStrictEqual(await embedded.stats());
    await expectSameSchema(neo4j, await neo4j.schema(), await embedded.schema());
    expect(await neo4j.overview({ limit: 300 })).toStrictEqual(await embedded.overview({ limit: 300 }));
    for (const text of ['peskov', 'pe', 'Mosca', 'cremlino']) {
      expect(await neo4j.search(text, 20), text).toStrictEqual(await embedded.search(text, 20));
    }
    expect(await neo4j.statements({ limit: 500 })).toStrictEqual(await embedded.statements({ limit: 500 }));
    const articles = await embedded.articles({ limit: 100, offset: 0 });
    expect(await neo4j.articles({ limit: 100, offset: 0 })).toStrictEqual(articles);
    for (const { id } of articles.articles)
      expect(await neo4j.article(id), id).toStrictEqual(await embedded.article(id));
  });

  it('answers every entity, its neighborhood and its statements the same', async () => {
    const { rows } = await embedded.readOnly('MATCH (e:Entity) RETURN e.id AS id ORDER BY id', {}, { rowCap: 10_000 });
    expect(rows.length).toBeGreaterThan(0);
    for (const [id] of rows as [string][]) {
      expect(await neo4j.entity(id), id).toStrictEqual(await embedded.entity(id));
      expect(await neo4j.statements({ speaker: id }), id).toStrictEqual(await embedded.statements({ speaker: id }));
    }
    for (const [id] of rows.slice(0, 12) as [string][]) {
      for (const depth of [1, 2]) {
        const options = { depth, limit: 150 };
        expect(await neo4j.neighborhood(id, options), id).toStrictEqual(await embedded.neighborhood(id, options));
      }
    }
  });
});

// Replaying a whole store and starting a second Neo4j for neo4j-admin import take minutes on
// a small machine under load: a longer cap for these two than the suite's default.
const SLOW_TEST_MS = 600_000;

describe('the Cypher MERGE script exported from the embedded store, replayed into Neo4j', () => {
  it('gives the same ids, labels, properties and counts; a second replay changes nothing', async () => {
    await neo4j.reset();
    const file = await exportSubgraph(embedded, { format: 'cypher', query: WHOLE_STORE_QUERY }, CONTEXT);
    const script = typeof file.body === 'string' ? file.body : strFromU8(file.body);
    const source = await readStoreGraph(embedded);
    expect([file.nodes, file.edges]).toStrictEqual([source.nodes.length, source.relationships.length]);
    await runCypherScript(neo4j, script);
    expect(await readStoreGraph(neo4j)).toStrictEqual(source);
    expect(await neo4j.stats()).toStrictEqual(await embedded.stats());
    await runCypherScript(neo4j, script);
    expect(await readStoreGraph(neo4j)).toStrictEqual(source);
  }, SLOW_TEST_MS);
});

describe('the neo4j-admin CSV zip exported from the embedded store', () => {
  it('imports with neo4j-admin database import full into an empty database and gives the same graph, where the MERGE scripts of odd names run', async () => {
    const file = await exportSubgraph(embedded, { format: 'csv', query: WHOLE_STORE_QUERY }, CONTEXT);
    const files = unzipSync(file.body as Uint8Array);
    const csvDir = path.join(tmp, 'csv');
    const home = path.join(tmp, 'imported-home');
    rmSync(csvDir, { recursive: true, force: true });
    mkdirSync(csvDir, { recursive: true });
    for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(csvDir, name), bytes);
    const report = neo4jAdmin(home, [
      'database',
      'import',
      'full',
      'neo4j',
      `--nodes=${path.join(csvDir, 'nodes.csv')}`,
      `--relationships=${path.join(csvDir, 'relationships.csv')}`,
      '--multiline-fields=true',
    ]);
    expect(report).toMatch(/IMPORT DONE/);

    const imported = await startNeo4j({ home });
    const store = openNeo4j(imported.uri);
    try {
      const source = await readStoreGraph(embedded);
      const graph = await readStoreGraph(store);
      expect([graph.nodes.length, graph.relationships.length]).toStrictEqual([
        source.nodes.length,
        source.relationships.length,
      ]);
      expect(graph).toStrictEqual(withoutEmptyLists(source));
      expect(await store.stats()).toStrictEqual(await embedded.stats());

      // This throwaway database also runs the MERGE scripts of a small neighborhood and of
      // odd names (spaces, quotes, keywords, a self-loop): the labels and types they create
      // stay in a database for good, so they must not reach the one the other suites share.
      const odd: ExportGraph = new MultiDirectedGraph({ allowSelfLoops: true });
      odd.addNode('x', {
        label: 'x',
        labels: 'Weird Label',
        elementId: 'n:1',
        id: 'x',
        'odd key': "it's\n«ok»",
        prop_label: 1.5,
      });
      odd.addDirectedEdgeWithKey('e:1', 'x', 'x', { type: 'SELF LOOP', elementId: 'e:1', starts: '[1,2]', end: 3 });
      for (const exported of [buildExportGraph({ payload, evidence }), odd]) {
        const script = writeCypherScript(exported);
        const statements = script.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('//')).length;
        expect(await runCypherScript(store, script)).toBe(statements);
      }
    } finally {
      await store.close();
      await imported.stop();
    }
  }, SLOW_TEST_MS);
});
