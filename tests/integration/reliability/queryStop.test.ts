// A console query that outlives its timeout, or whose client goes away, is stopped: its
// query process (cypher/engines/queryWorker.ts) is killed before the API answers, and its
// concurrency slot is free again once that process is gone. Ordered by events (the
// store's onQueryProcess hook, process exit), never by sleeps.

import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GrafeoStore } from '../../../cypher/engines/grafeo.ts';
import type { HealthInfo } from '../../../contract/api.ts';
import type { CypherResult } from '../../../contract/cypher.ts';
import { processAlive } from '../../../cypher/owner.ts';
import { buildApp } from '../../../server/app.ts';
import { loadServerConfig, type ServerConfig } from '../../../server/config.ts';
import { smallGraph } from '../../../server/testing/smallGraph.ts';

// Seconds of work in the engine: far past the 300 ms timeout below.
const HEAVY = 'UNWIND range(1, 3000000) AS x RETURN sum(x) AS total';
const HEAVIER = 'UNWIND range(1, 3000) AS x UNWIND range(1, 3000) AS y RETURN sum(x * y) AS total';

let dir: string;
let store: GrafeoStore;
let app: FastifyInstance | undefined;
/** Every query process started, in order; how many were alive at once at most. */
let started: ChildProcess[] = [];
let alive = 0;
let mostAlive = 0;
const waiters: (() => void)[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-query-stop-'));
  store = new GrafeoStore({ dbPath: path.join(dir, 'store.grafeo') });
  await store.init();
  await store.writeExtraction(smallGraph());
  store.onQueryProcess = (child) => {
    started.push(child);
    alive += 1;
    mostAlive = Math.max(mostAlive, alive);
    child.once('exit', () => {
      alive -= 1;
    });
    for (const wake of waiters.splice(0)) wake();
  };
});

afterEach(async () => {
  await app?.close();
  app = undefined;
  started = [];
  mostAlive = alive;
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Resolves once `count` query processes have started in this test. */
function processesStarted(count: number): Promise<void> {
  return new Promise((resolve) => {
    const check = (): void => {
      if (started.length >= count) resolve();
      else waiters.push(check);
    };
    check();
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

async function appWith(overrides: Partial<ServerConfig>): Promise<FastifyInstance> {
  app = await buildApp({ store, config: loadServerConfig({ dataDir: dir, port: 0, ...overrides }, {}) });
  return app;
}

function cypher(server: FastifyInstance, query: string) {
  return server.inject({ method: 'POST', url: '/api/cypher', payload: { query } });
}

describe('a console query past its timeout', () => {
  it('answers TIMEOUT once its query process is gone', async () => {
    const server = await appWith({ queryTimeoutMs: 300 });
    const answer = await cypher(server, HEAVY);
    const body = JSON.parse(answer.body) as { code: string; cypher: { code: string } };
    expect([answer.statusCode, body.code, body.cypher.code]).toStrictEqual([504, 'TIMEOUT', 'TIMEOUT']);
    expect(started.length).toBe(1);
    const child = started[0] as ChildProcess;
    expect([child.exitCode, child.signalCode, processAlive(child.pid as number)]).toStrictEqual([
      null,
      'SIGKILL',
      false,
    ]);
  });

  it('keeps at most `cypherConcurrency` queries running, turns away a third, and frees the slots once stopped', async () => {
    const server = await appWith({ queryTimeoutMs: 300, cypherConcurrency: 2, cypherQueue: 0 });
    const heavy = [1, 2].map(() => cypher(server, HEAVY));
    await processesStarted(2);
    const third = await cypher(server, 'RETURN 1 AS one');
    expect([third.statusCode, JSON.parse(third.body).code]).toStrictEqual([429, 'BUSY']);
    const health = await server.inject({ method: 'GET', url: '/api/health' });
    expect([health.statusCode, (JSON.parse(health.body) as HealthInfo).storeUp]).toStrictEqual([200, true]);

    for (const answer of await Promise.all(heavy)) expect(answer.statusCode).toBe(504);
    expect(started.map((child) => child.signalCode)).toStrictEqual(['SIGKILL', 'SIGKILL']);
    expect(mostAlive).toBe(2);
    const after = await cypher(server, 'MATCH (p:Person) RETURN count(p) AS people');
    expect([after.statusCode, (JSON.parse(after.body) as CypherResult).rows]).toStrictEqual([200, [[3]]]);
  });
});

describe('a console query over its memory budget', () => {
  it('answers MEMORY naming the budget, once its query process is gone', async () => {
    const server = await appWith({ queryMemoryBytes: 300 * 1024 * 1024 });
    const answer = await cypher(server, 'UNWIND range(1, 100000000) AS x RETURN x');
    const body = JSON.parse(answer.body) as { code: string; cypher: { code: string; message: string } };
    expect([answer.statusCode, body.cypher]).toStrictEqual([
      400,
      { code: 'MEMORY', message: 'The query needed more than its memory budget of 300 MiB and was stopped.' },
    ]);
    const child = started[0] as ChildProcess;
    expect([started.length, processAlive(child.pid as number)]).toStrictEqual([1, false]);
  });
});

describe('a console query whose client goes away', () => {
  it('is stopped, and its slot is free for the next query', async () => {
    const server = await appWith({ queryTimeoutMs: 600_000, cypherConcurrency: 1, cypherQueue: 0 });
    const url = await server.listen({ port: 0, host: '127.0.0.1' });
    const client = new AbortController();
    const request = fetch(`${url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: HEAVIER }),
      signal: client.signal,
    }).catch((error: unknown) => error);
    await processesStarted(1);
    client.abort();
    expect(await request).toBeInstanceOf(Error);
    const child = started[0] as ChildProcess;
    await exited(child);
    expect([child.signalCode, processAlive(child.pid as number)]).toStrictEqual(['SIGKILL', false]);
    const next = await cypher(server, 'RETURN 1 AS one');
    expect([next.statusCode, (JSON.parse(next.body) as CypherResult).rows]).toStrictEqual([200, [[1]]]);
  });
});
