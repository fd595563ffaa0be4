// The API on Neo4j beside the API on the embedded store, both holding the sample corpus:
// `newsgraph --neo4j <uri> serve` answers what the embedded server answers, and
// POST /api/cypher refuses every write, schema command, procedure call and second
// statement on Neo4j as it does on the embedded store, with nothing written.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GrafeoStore } from '../../cypher/engines/grafeo.ts';
import type { SchemaInfo } from '../../contract/api.ts';
import type { Neo4jStore } from '../../cypher/engines/neo4j.ts';
import { ingestDocuments } from '../../ingest/ingest.ts';
import { readInputs } from '../../ingest/readers/index.ts';
import { startServer, type RunningServer } from '../../server/main.ts';
import { expectSameSchema, neo4jUri, openNeo4j, ROOT, SEEDS } from './neo4jTesting.ts';

const BIN = path.join(ROOT, 'bin', 'newsgraph.js');

/** Writes, schema commands, procedure calls and second statements: none may run. */
const REFUSED = [
  'CREATE (n:X {name: "x"}) RETURN n',
  'MERGE (n:Person {id: "new"}) RETURN n',
  'MATCH (n:Person) DELETE n',
  'MATCH (n:Person) DETACH DELETE n',
  'MATCH (n:Person) SET n.name = "x" RETURN n',
  'MATCH (n:Person) REMOVE n.name RETURN n',
  'MATCH (n:Person) SET n:Probe RETURN n',
  'CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name)',
  'DROP CONSTRAINT entity_id IF EXISTS',
  'CREATE CONSTRAINT c IF NOT EXISTS FOR (n:X) REQUIRE n.id IS UNIQUE',
  'LOAD CSV FROM "file:///etc/passwd" AS line RETURN line',
  'CALL dbms.components() YIELD name RETURN name',
  'CALL db.clearQueryCaches()',
  'MATCH (n) RETURN n LIMIT 1; MATCH (m) DETACH DELETE m',
  'FOREACH (x IN [1] | CREATE (:Probe))',
  'CALL { CREATE (:Probe) } RETURN 1',
];

let tmp: string;
let embedded: GrafeoStore;
let neo4j: Neo4jStore;
let embeddedServer: RunningServer;
let neo4jServer: RunningServer;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-neo4j-api-'));
  const { documents } = await readInputs([SEEDS], { maxBytes: 5 * 1024 * 1024 });
  embedded = new GrafeoStore({ dbPath: path.join(tmp, 'embedded.grafeo') });
  await embedded.init();
  await ingestDocuments(embedded, documents);
  neo4j = openNeo4j();
  await neo4j.init();
  await neo4j.reset();
  await ingestDocuments(neo4j, documents);
  const common = { host: '127.0.0.1', port: 0, handleSignals: false, logLevel: 'silent' as const, env: {} };
  embeddedServer = await startServer({
    ...common,
    store: embedded,
    dataDir: tmp,
    dbPath: path.join(tmp, 'embedded.grafeo'),
  });
  neo4jServer = await startServer({ ...common, store: neo4j, dataDir: path.join(tmp, 'neo4j') });
});

afterAll(async () => {
  await neo4jServer?.close();
  await embeddedServer?.close();
  await neo4j?.close();
  await embedded?.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function postCypher(
  server: RunningServer,
  query: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${server.url}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  return response.json();
}

describe('POST /api/cypher on a Neo4j-backed server', () => {
  it.each(REFUSED)('refuses %s as the embedded server does, with nothing written', async (query) => {
    const before = await neo4j.stats();
    const [onNeo4j, onEmbedded] = [await postCypher(neo4jServer, query), await postCypher(embeddedServer, query)];
    expect(onNeo4j.status).toBe(400);
    const code = (result: { body: Record<string, unknown> }) =>
      (result.body.cypher as { code?: string } | undefined)?.code;
    expect(code(onNeo4j)).toBe(code(onEmbedded));
    expect(['READ_ONLY', 'MULTIPLE_STATEMENTS']).toContain(code(onNeo4j));
    expect(await neo4j.stats()).toStrictEqual(before);
    expect(await neo4j.stats()).toStrictEqual(await embedded.stats());
  });

  it('answers a read query with the same rows as the embedded server', async () => {
    const query =
      "MATCH (p:Person)-[:SAID]->(s:Statement)-[:ABOUT]->(t) WHERE p.name CONTAINS 'Peskov' RETURN p.name AS speaker, s.quote AS quote, t.id AS about ORDER BY quote, about";
    const [onNeo4j, onEmbedded] = [await postCypher(neo4jServer, query), await postCypher(embeddedServer, query)];
    expect(onNeo4j.status).toBe(200);
    const { elapsedMs: _, ...rows } = onNeo4j.body;
    const { elapsedMs: __, ...expected } = onEmbedded.body;
    expect(rows).toStrictEqual(expected);
    expect((rows.rows as unknown[]).length).toBeGreaterThan(0);
  });
});

describe('newsgraph --neo4j <uri> serve', () => {
  let child: ChildProcess | undefined;

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });

  it('serves the explorer API over Neo4j, answering as the embedded server does', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NEWSGRAPH_DATA: path.join(tmp, 'serve') };
    delete env.NEO4J_URI;
    delete env.NEWSGRAPH_SERVER;
    child = spawn(process.execPath, [BIN, '--neo4j', neo4jUri(), 'serve', '--port', '0'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      child?.once('exit', (code) => reject(new Error(`serve exited (${code}): ${output}`)));
      child?.stdout?.setEncoding('utf8');
      child?.stdout?.on('data', (chunk: string) => {
        output += chunk;
        const found = /newsgraph explorer: (\S+)/.exec(output)?.[1];
        if (found) resolve(found.replace(/\/$/, ''));
      });
    });
    for (const route of ['/api/stats', '/api/search?q=Peskov', '/api/graph/overview?limit=100']) {
      expect(await getJson(`${url}${route}`), route).toStrictEqual(await getJson(`${embeddedServer.url}${route}`));
    }
    await expectSameSchema(
      neo4j,
      (await getJson(`${url}/api/schema`)) as SchemaInfo,
      (await getJson(`${embeddedServer.url}/api/schema`)) as SchemaInfo,
    );
  });
});
