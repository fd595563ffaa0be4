// The API server as a process sees it: a real listen on a free port with the owner file,
// the token beyond loopback, the Host guard, a store that goes down and comes back, and
// expensive console queries that must not starve the other routes.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HealthInfo, SearchHit, StoreStats } from '../../contract/api.ts';
import { openStore } from '../../cypher/open.ts';
import { ownerFilePath, readStoreOwner } from '../../cypher/owner.ts';
import type { GraphStore } from '../../cypher/store.ts';
import { buildApp } from '../../server/app.ts';
import { ConfigError, loadServerConfig } from '../../server/config.ts';
import { startServer } from '../../server/main.ts';
import { IDS, smallGraph } from '../../server/testing/smallGraph.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const TOKEN = 'test-token-0123456789abcdef';

let dir: string;

function tempDir(name: string): string {
  return path.join(dir, name);
}

async function filledStore(dataDir: string): Promise<GraphStore> {
  const store = openStore({ dataDir });
  await store.init();
  await store.writeExtraction(smallGraph());
  return store;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-server-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('startServer', () => {
  it('listens on a free port, records itself as the store owner, and cleans up on close', async () => {
    const dataDir = tempDir('listen');
    const seed = await filledStore(dataDir);
    await seed.close();

    const server = await startServer({
      port: 0,
      dataDir,
      staticDir: path.join(dataDir, 'no-dist'),
      handleSignals: false,
      env: {},
    });
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
      expect(server.port).toBeGreaterThan(0);
      const owner = readStoreOwner(server.store.location);
      expect([owner?.pid, owner?.url]).toStrictEqual([process.pid, server.url]);

      const health = await fetch(`${server.url}/api/health`);
      expect(health.status).toBe(200);
      expect(((await health.json()) as HealthInfo).storeUp).toBe(true);
      const stats = (await (await fetch(`${server.url}/api/stats`)).json()) as StoreStats;
      expect([stats.articles, stats.entities]).toStrictEqual([2, 6]);
      const headers = (await fetch(`${server.url}/api/health`)).headers;
      expect([headers.get('x-content-type-options'), headers.get('referrer-policy')]).toStrictEqual([
        'nosniff',
        'no-referrer',
      ]);
    } finally {
      await server.close();
      await server.close();
    }
    expect(existsSync(ownerFilePath(server.store.location))).toBe(false);
    // The store was closed with the server: this process can open it again.
    const again = openStore({ dataDir });
    await again.init();
    expect((await again.stats()).articles).toBe(2);
    await again.close();
  });

  it('refuses to listen beyond loopback without a token, before touching the store', async () => {
    const dataDir = tempDir('refuse');
    const attempt = startServer({ host: '0.0.0.0', port: 0, dataDir, handleSignals: false, env: {} });
    await expect(attempt).rejects.toBeInstanceOf(ConfigError);
    await expect(startServer({ host: '0.0.0.0', port: 0, dataDir, handleSignals: false, env: {} })).rejects.toThrow(
      'refusing to listen on 0.0.0.0 without a token',
    );
    expect(existsSync(dataDir)).toBe(false);
  });

  it('requires the bearer token on every API route when one is set', async () => {
    const dataDir = tempDir('token');
    const server = await startServer({
      host: '0.0.0.0',
      port: 0,
      dataDir,
      staticDir: path.join(dataDir, 'no-dist'),
      handleSignals: false,
      env: { NEWSGRAPH_TOKEN: TOKEN },
    });
    try {
      await server.store.writeExtraction(smallGraph());
      const base = `http://127.0.0.1:${server.port}`;
      const bare = await fetch(`${base}/api/stats`);
      expect([
        bare.status,
        ((await bare.json()) as { code: string }).code,
        bare.headers.get('www-authenticate'),
      ]).toStrictEqual([401, 'UNAUTHORIZED', 'Bearer realm="newsgraph"']);
      const wrong = await fetch(`${base}/api/search?q=rossi`, {
        headers: { authorization: 'Bearer not-the-token-at-all-xx' },
      });
      expect(wrong.status).toBe(401);
      const cypher = await fetch(`${base}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'MATCH (n) RETURN count(n) AS n' }),
      });
      expect(cypher.status).toBe(401);
      const right = await fetch(`${base}/api/search?q=rossi`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(right.status).toBe(200);
      expect(((await right.json()) as { results: SearchHit[] }).results.map((hit) => hit.id)).toStrictEqual([
        IDS.rossi,
      ]);

      // Liveness stays open; the counts in it do not.
      const health = (await (await fetch(`${base}/api/health?stats=true`)).json()) as HealthInfo;
      expect([health.storeUp, health.stats]).toStrictEqual([true, undefined]);
      const authorized = (await (
        await fetch(`${base}/api/health?stats=true`, { headers: { authorization: `Bearer ${TOKEN}` } })
      ).json()) as HealthInfo;
      expect(authorized.stats?.articles).toBe(2);
      // The explorer page itself loads without the token (it asks the user for it).
      expect((await fetch(`${base}/`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe('Host guard without a token', () => {
  let store: GraphStore;
  let app: FastifyInstance;

  beforeAll(async () => {
    store = await filledStore(tempDir('host'));
    app = await buildApp({ store, config: loadServerConfig({ dataDir: tempDir('host'), port: 0 }, {}) });
  });

  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('answers loopback names and refuses others (DNS rebinding)', async () => {
    for (const host of ['127.0.0.1:8321', 'localhost:5173', '[::1]:8321', 'localhost']) {
      expect((await app.inject({ method: 'GET', url: '/api/stats', headers: { host } })).statusCode).toBe(200);
    }
    const evil = await app.inject({ method: 'GET', url: '/api/stats', headers: { host: 'attacker.example:8321' } });
    expect([evil.statusCode, JSON.parse(evil.body).code]).toStrictEqual([403, 'FORBIDDEN_HOST']);
  });
});

describe('a store that goes down and comes back', () => {
  let holder: ChildProcess | undefined;

  afterAll(() => {
    holder?.kill('SIGKILL');
  });

  /** Another process opens the Grafeo file and keeps its exclusive lock until killed. */
  async function lockFromChild(dbPath: string): Promise<ChildProcess> {
    const script =
      "const { GrafeoDB } = require('@grafeo-db/js'); GrafeoDB.open(process.argv[1]); console.log('locked'); setInterval(() => {}, 1000);";
    const child = spawn(process.execPath, ['-e', script, dbPath], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('locked')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`the locking process exited early (${code})`)));
    });
    return child;
  }

  it('answers 503 STORE_DOWN naming the holder, keeps health up, and recovers once the file is free', async () => {
    const dataDir = tempDir('down');
    const seed = await filledStore(dataDir);
    const dbPath = seed.location;
    await seed.close();
    holder = await lockFromChild(dbPath);

    await expect(startServer({ port: 0, dataDir, handleSignals: false, env: {} })).rejects.toThrow(`pid ${holder.pid}`);

    const store = openStore({ dataDir });
    const app = await buildApp({ store, config: loadServerConfig({ dataDir, port: 0 }, {}) });
    try {
      const down = await app.inject({ method: 'GET', url: '/api/stats' });
      const body = JSON.parse(down.body) as { code: string; error: string };
      expect([down.statusCode, body.code, down.headers['retry-after']]).toStrictEqual([503, 'STORE_DOWN', '2']);
      expect(body.error).toContain(`pid ${holder.pid}`);
      const search = await app.inject({ method: 'GET', url: '/api/search?q=rossi' });
      expect(search.statusCode).toBe(503);
      const health = await app.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBe(200);
      expect(JSON.parse(health.body)).toMatchObject({ ok: false, storeUp: false });

      const exited = new Promise((resolve) => holder?.once('exit', resolve));
      holder.kill('SIGKILL');
      await exited;
      holder = undefined;

      const back = await app.inject({ method: 'GET', url: '/api/stats' });
      expect([back.statusCode, (JSON.parse(back.body) as StoreStats).articles]).toStrictEqual([200, 2]);
      expect(JSON.parse((await app.inject({ method: 'GET', url: '/api/health' })).body)).toMatchObject({
        ok: true,
        storeUp: true,
      });
    } finally {
      await app.close();
      await store.close();
    }
  });

  it('reports an unreachable Neo4j as down in health', async () => {
    const store = openStore({ neo4j: { uri: 'bolt://127.0.0.1:1' } });
    const app = await buildApp({ store, config: loadServerConfig({ port: 0 }, { NEO4J_URI: 'bolt://127.0.0.1:1' }) });
    try {
      const health = await app.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBe(200);
      expect(JSON.parse(health.body)).toMatchObject({ ok: false, store: 'neo4j', storeUp: false });
    } finally {
      await app.close();
      await store.close();
    }
  });
});
