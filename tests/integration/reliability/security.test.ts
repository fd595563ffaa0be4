// Security over the real interfaces: the server listens on loopback unless told otherwise,
// refuses a wider address without a token; user values reach Cypher only as parameters
// through every API route and CLI flag; the console cannot write through any path (CLI
// `query` and `export --query`, POST /api/cypher, POST /api/export). Nothing is written:
// the graph is compared, node by node, before and after.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../cypher/open.ts';
import { cli } from './cli.ts';
import { fillStore, postJson, request, startServerProcess } from './server.ts';
import { graphSnapshot, type GraphSnapshot } from './snapshot.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-security-'));
const data = path.join(tmp, 'store');
let before: GraphSnapshot & { names: unknown };
let someEntity: string;

const ATTACKS = [
  "x'}) DETACH DELETE n //",
  '" OR 1=1 WITH n MATCH (m) DETACH DELETE m //',
  "') MATCH (n) DETACH DELETE n RETURN 1 //",
  '`) CREATE (x:Pwned) //',
  '$id}) CREATE (x:Pwned) //',
  "x\\'}) SET n.pwned = true //",
  '*/ MATCH (n) DETACH DELETE n /*',
  "x'}) RETURN 1 UNION MATCH (n) DETACH DELETE n RETURN 1 //",
];

/** Queries that would write, or read outside the graph, dressed in every way the console could miss. */
const WRITES = [
  'CREATE (x:Pwned) RETURN x',
  'create (x:Pwned) return x',
  'MERGE (x:Pwned {id: 1}) RETURN x',
  'MATCH (n) DETACH DELETE n',
  'MATCH (n) DELETE n',
  'MATCH (n:Entity) SET n.pwned = true RETURN n',
  'MATCH (n:Entity) SET n += {pwned: true} RETURN n',
  'MATCH (n:Person) REMOVE n:Person RETURN n',
  'MATCH (n:Person) REMOVE n.name RETURN n',
  'UNWIND [1, 2] AS x CREATE (:Pwned {x: x})',
  'FOREACH (x IN [1] | CREATE (:Pwned))',
  'MATCH (n) CALL { WITH n DETACH DELETE n } RETURN 1',
  'CALL { CREATE (:Pwned) } RETURN 1',
  'RETURN 1 UNION MATCH (n) DETACH DELETE n RETURN 1',
  'MATCH (n) WITH n /* just reading */ DETACH DELETE n',
  'MATCH (n)\nWITH n\n// a comment\nSET n.pwned = 1',
  'RETURN 1; CREATE (:Pwned)',
  'CREATE INDEX pwned FOR (n:Pwned) ON (n.id)',
  'DROP INDEX pwned',
  'CREATE CONSTRAINT pwned FOR (n:Pwned) REQUIRE n.id IS UNIQUE',
  "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
  "CALL db.createLabel('Pwned')",
  "CALL apoc.create.node(['Pwned'], {}) YIELD node RETURN node",
  'MATCH (n) WITH n LIMIT 1 MERGE (n)-[:PWNED]->(n) RETURN n',
  'MATCH (n) WITH n LIMIT 1CREATE (:Pwned {pwnedKey: 1})',
  'MATCH (n) WITH n LIMIT 1SET n.pwnedKey = 1',
  "MATCH (n) WITH n LIMIT 1LOAD CSV FROM 'file:///proc/self/environ' AS line RETURN line",
];

/** The graph, and the names a rolled back write could still leave behind. */
async function snapshotNow(): Promise<GraphSnapshot & { names: unknown }> {
  const store = openStore({ dataDir: data });
  await store.init();
  try {
    const { labels, relationshipTypes, propertyKeys } = await store.schema();
    return { ...(await graphSnapshot(store)), names: { labels, relationshipTypes, propertyKeys } };
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  await fillStore(data, 60);
  before = await snapshotNow();
  someEntity = (before.entities[0] as string).split('|')[0] as string;
}, 180_000);

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('listening address', () => {
  it('binds loopback by default and is not reachable on other interfaces', { timeout: 60_000 }, async () => {
    const server = await startServerProcess(data);
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const port = new URL(server.url).port;
      expect((await request(`${server.url}/api/health`)).status).toBe(200);
      const external = Object.values(os.networkInterfaces())
        .flat()
        .filter((address) => address !== undefined && address.family === 'IPv4' && !address.internal);
      for (const address of external) {
        await expect(
          fetch(`http://${address!.address}:${port}/api/health`, { signal: AbortSignal.timeout(5_000) }),
        ).rejects.toThrow();
      }
    } finally {
      await server.stop();
    }
  });

  it('refuses --host 0.0.0.0 without NEWSGRAPH_TOKEN, and starts with one', { timeout: 60_000 }, async () => {
    const refused = cli(data, ['serve', '--host', '0.0.0.0', '--port', '0']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('refusing to listen on 0.0.0.0 without a token');
    expect(refused.stdout).toBe('');

    const token = 'a-long-enough-test-token-0123456789';
    const server = await startServerProcess(data, ['--host', '0.0.0.0'], { NEWSGRAPH_TOKEN: token });
    try {
      expect((await request(`${server.url}/api/stats`)).status).toBe(401);
      // Percent-encoded spellings of the API reach the same routes, and the same guard.
      expect((await request(`${server.url}/%61pi/stats`)).status).toBe(401);
      expect((await request(`${server.url}/%61pi/cypher`, { method: 'POST', body: '{}' })).status).toBe(401);
      expect((await request(`${server.url}/%61pi/ingest`, { method: 'POST', body: '{}' })).status).toBe(401);
      expect((await request(`${server.url}/%2561pi/stats`)).status).toBe(400);
      const authorized = await request(`${server.url}/api/stats`, { headers: { authorization: `Bearer ${token}` } });
      expect([authorized.status, (authorized.body as { articles: number }).articles]).toStrictEqual([200, 60]);
    } finally {
      await server.stop();
    }
  });
});

describe('user values reach Cypher only as parameters', () => {
  it('writes nothing through any CLI flag', { timeout: 300_000 }, async () => {
    // A process per command: a few representative attacks (every one goes through the API below).
    for (const attack of ATTACKS.slice(0, 3)) {
      const query = cli(data, [
        'query',
        'MATCH (e:Entity) WHERE e.name = $name OR e.id = $name RETURN e.id AS id',
        '--param',
        `name=${attack}`,
        '--format',
        'json',
      ]);
      expect([query.code, query.stderr]).toStrictEqual([0, '']);
      expect(JSON.parse(query.stdout).rows).toStrictEqual([]);
      const exported = cli(data, ['export', '--entity', attack, '--format', 'json']);
      expect(exported.code).toBe(1);
      expect(exported.stderr).toContain(`no entity named "${attack}"`);
      const byQuery = cli(data, [
        'export',
        '--query',
        'MATCH (e:Entity {id: $id}) RETURN e',
        '--param',
        `id=${attack}`,
        '--format',
        'json',
      ]);
      expect(byQuery.code, byQuery.stderr).toBe(0);
    }
    expect(await snapshotNow()).toStrictEqual(before);
  });

  it('writes nothing through any API route', { timeout: 300_000 }, async () => {
    const server = await startServerProcess(data);
    const enc = encodeURIComponent;
    try {
      for (const attack of ATTACKS) {
        const a = enc(attack);
        const answers = await Promise.all([
          request(`${server.url}/api/search?q=${a}`),
          request(`${server.url}/api/entities/${a}`),
          request(`${server.url}/api/entities/${a}/neighborhood?depth=2`),
          request(`${server.url}/api/articles/${a}`),
          request(`${server.url}/api/statements?speaker=${a}&about=${a}&article=${a}`),
          request(`${server.url}/api/statements?from=${a}&to=${a}`),
          request(`${server.url}/api/graph/overview?types=${a}`),
          request(`${server.url}/api/export?format=json&entity=${a}`),
          request(`${server.url}/api/export?format=json&types=${a}`),
          request(`${server.url}/api/entities/${enc(someEntity)}/neighborhood?depth=1&limit=${a}`),
          postJson(`${server.url}/api/export`, { format: 'json', entity: attack }),
          postJson(`${server.url}/api/export`, {
            format: 'json',
            query: 'MATCH (e:Entity {id: $id}) RETURN e',
            params: { id: attack },
          }),
          postJson(`${server.url}/api/cypher`, {
            query: 'MATCH (e:Entity) WHERE e.name = $name RETURN e',
            params: { name: attack, [attack]: attack },
          }),
        ]);
        // Whatever each route answers (empty, 400, 404), none fails on the server side.
        for (const answer of answers)
          expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBeLessThan(500);
      }
    } finally {
      await server.stop();
    }
    expect(await snapshotNow()).toStrictEqual(before);
  });
});

describe('the console cannot write', () => {
  it('refuses writes through CLI query and export --query', { timeout: 600_000 }, async () => {
    // A process per command: one query of each kind of write (all of them go through the API below).
    const kinds = [0, 3, 5, 10, 12, 16, 20];
    for (const query of kinds.map((index) => WRITES[index] as string)) {
      const run = cli(data, ['query', query]);
      expect(run.code, `${query}\n${run.stdout}`).not.toBe(0);
      const exported = cli(data, ['export', '--query', query, '--format', 'json']);
      expect(exported.code, `${query}\n${exported.stdout}`).not.toBe(0);
    }
    expect(await snapshotNow()).toStrictEqual(before);
  });

  it('refuses writes through POST /api/cypher and POST /api/export', { timeout: 300_000 }, async () => {
    const server = await startServerProcess(data);
    try {
      for (const query of WRITES) {
        const cypher = await postJson(`${server.url}/api/cypher`, { query });
        expect(cypher.status, `${query}: ${JSON.stringify(cypher.body)}`).toBeGreaterThanOrEqual(400);
        expect(cypher.status, `${query}: ${JSON.stringify(cypher.body)}`).toBeLessThan(500);
        const exported = await postJson(`${server.url}/api/export`, { format: 'json', query });
        expect(exported.status, `${query}: ${JSON.stringify(exported.body)}`).toBeGreaterThanOrEqual(400);
        expect(exported.status, `${query}: ${JSON.stringify(exported.body)}`).toBeLessThan(500);
      }
    } finally {
      await server.stop();
    }
    expect(await snapshotNow()).toStrictEqual(before);
  });
});
