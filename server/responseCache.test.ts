import type { FastifyInstance } from 'fastify';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/corpus.ts';
import { GrafeoStore } from '../cypher/engines/grafeo.ts';
import type { Run } from '../cypher/reads/decode.ts';
import type { GraphStore } from '../cypher/store.ts';
import { entity } from '../cypher/reads/details.ts';
import { overview } from '../cypher/reads/graph.ts';
import { stats } from '../cypher/reads/stats.ts';
import { sampleExtraction } from '../cypher/testing.ts';
import { extract } from '../extract/extractor.ts';
import { buildApp } from './app.ts';
import { loadServerConfig } from './config.ts';

const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-response-cache-'));
let store: GrafeoStore;
let app: FastifyInstance;
const plain: Run = (queryName, params) => store.run(queryName, params ?? {});

beforeAll(async () => {
  store = new GrafeoStore({ dbPath: path.join(temporary, 'store.grafeo') });
  await store.init();
  await store.writeExtraction(sampleExtraction());
  app = await buildApp({
    store,
    config: loadServerConfig({ dataDir: temporary, port: 0, staticDir: path.join(temporary, 'no-build') }, {}),
  });
});

afterAll(async () => {
  await app?.close();
  await store?.close();
  fs.rmSync(temporary, { recursive: true, force: true });
});

async function get(url: string, encoding?: string) {
  const response = await app.inject({
    method: 'GET',
    url,
    headers: encoding === undefined ? {} : { 'accept-encoding': encoding },
  });
  const raw = response.rawPayload;
  const coding = response.headers['content-encoding'];
  const text = (
    coding === 'br' ? zlib.brotliDecompressSync(raw) : coding === 'gzip' ? zlib.gunzipSync(raw) : raw
  ).toString('utf8');
  return {
    status: response.statusCode,
    raw,
    json: JSON.parse(text) as unknown,
    headers: {
      encoding: coding,
      vary: response.headers.vary,
      type: response.headers['content-type'],
      nosniff: response.headers['x-content-type-options'],
    },
  };
}

describe('kept responses', () => {
  it('answer the same bytes and headers again, equal to the reads computed afresh', async () => {
    const first = await get('/api/graph/overview?limit=50', 'br');
    const second = await get('/api/graph/overview?limit=50', 'br');
    expect(first.headers).toStrictEqual({
      encoding: 'br',
      vary: 'Accept-Encoding',
      type: 'application/json; charset=utf-8',
      nosniff: 'nosniff',
    });
    expect(second.headers).toStrictEqual(first.headers);
    expect(second.raw.equals(first.raw)).toBe(true);
    expect(second.json).toStrictEqual(JSON.parse(JSON.stringify(await overview(plain, { limit: 50 }))));
  });

  it('are kept per encoding', async () => {
    const br = await get('/api/graph/overview?limit=50', 'br');
    const gzip = await get('/api/graph/overview?limit=50', 'gzip');
    const none = await get('/api/graph/overview?limit=50');
    const noneAgain = await get('/api/graph/overview?limit=50');
    expect([
      br.headers.encoding,
      gzip.headers.encoding,
      none.headers.encoding,
      noneAgain.headers.encoding,
    ]).toStrictEqual(['br', 'gzip', undefined, undefined]);
    expect(gzip.json).toStrictEqual(br.json);
    expect(none.json).toStrictEqual(br.json);
    expect(noneAgain.raw.equals(none.raw)).toBe(true);
  });

  it('keep no error', async () => {
    const first = await get('/api/entities/nobody', 'br');
    await store.writeExtraction(sampleExtraction());
    expect(first.status).toBe(404);
    expect((await get('/api/entities/nobody', 'br')).status).toBe(404);
  });

  it('are dropped by the next write', async () => {
    const before = await get('/api/stats', 'br');
    const entityBefore = await get('/api/entities/person%3Agiorgia-meloni', 'br');
    expect(before.json).toStrictEqual(JSON.parse(JSON.stringify(await stats(plain))));
    const generated = extract(generateCorpus({ articles: 3, words: 120, seed: 7 }));
    expect(await store.writeExtraction(generated)).toStrictEqual({ articlesWritten: 3, articlesSkipped: 0 });
    const after = await get('/api/stats', 'br');
    expect((after.json as { articles: number }).articles).toBe((before.json as { articles: number }).articles + 3);
    expect(after.json).toStrictEqual(JSON.parse(JSON.stringify(await stats(plain))));
    const entityAfter = await get('/api/entities/person%3Agiorgia-meloni', 'br');
    expect(entityAfter.json).toStrictEqual(entityBefore.json);
    expect(entityAfter.json).toStrictEqual(JSON.parse(JSON.stringify(await entity(plain, 'person:giorgia-meloni'))));
  });
});

describe('a read asked for while the same read runs', () => {
  /** A bare app with the response cache and one read route whose answers the test releases. */
  async function gatedApp() {
    const { default: Fastify } = await import('fastify');
    const { installResponseCache } = await import('./responseCache.ts');
    const fake = { readGeneration: 1 } as { readGeneration: number } & GraphStore;
    const waits: string[] = [];
    let waited: () => void = () => undefined;
    const waiting = new Promise<void>((resolve) => {
      waited = resolve;
    });
    const bare = Fastify();
    installResponseCache(bare, fake, {
      onWait: (key) => {
        waits.push(key);
        waited();
      },
    });
    const calls: { release: (status: number) => void }[] = [];
    /** Resolves once the handler has been entered `count` times. */
    const watchers: { count: number; resolve: () => void }[] = [];
    const entered = (count: number) =>
      new Promise<void>((resolve) => {
        if (calls.length >= count) resolve();
        else watchers.push({ count, resolve });
      });
    bare.get('/api/stats', async (_request, reply) => {
      const status = await new Promise<number>((release) => {
        calls.push({ release });
        for (const watcher of watchers) if (calls.length >= watcher.count) watcher.resolve();
      });
      return reply.code(status).send({ call: calls.length, status });
    });
    await bare.ready();
    return { bare, fake, waits, waiting, calls, entered };
  }

  it('waits for its bytes instead of computing them again', async () => {
    const { bare, waits, waiting, calls, entered } = await gatedApp();
    const first = bare.inject({ method: 'GET', url: '/api/stats' });
    await entered(1);
    const second = bare.inject({ method: 'GET', url: '/api/stats' });
    await waiting;
    calls[0]!.release(200);
    const [a, b] = await Promise.all([first, second]);
    expect(waits).toStrictEqual(['identity /api/stats']);
    expect(calls.length).toBe(1);
    expect([a.statusCode, b.statusCode]).toStrictEqual([200, 200]);
    expect(b.rawPayload.equals(a.rawPayload)).toBe(true);
    expect(b.json()).toStrictEqual({ call: 1, status: 200 });
    await bare.close();
  });

  it('computes its own answer when the running one fails', async () => {
    const { bare, waits, waiting, calls, entered } = await gatedApp();
    const first = bare.inject({ method: 'GET', url: '/api/stats' });
    await entered(1);
    const second = bare.inject({ method: 'GET', url: '/api/stats' });
    await waiting;
    calls[0]!.release(500);
    expect((await first).statusCode).toBe(500);
    await entered(2);
    calls[1]!.release(200);
    const b = await second;
    expect(waits).toStrictEqual(['identity /api/stats']);
    expect(b.json()).toStrictEqual({ call: 2, status: 200 });
    await bare.close();
  });

  it('computes its own answer when the store was written meanwhile', async () => {
    const { bare, fake, waiting, calls, entered } = await gatedApp();
    const first = bare.inject({ method: 'GET', url: '/api/stats' });
    await entered(1);
    const second = bare.inject({ method: 'GET', url: '/api/stats' });
    await waiting;
    fake.readGeneration = 2;
    calls[0]!.release(200);
    expect((await first).json()).toStrictEqual({ call: 1, status: 200 });
    await entered(2);
    calls[1]!.release(200);
    expect((await second).json()).toStrictEqual({ call: 2, status: 200 });
    // The second answer, computed in generation 2, is kept for it.
    expect((await bare.inject({ method: 'GET', url: '/api/stats' })).json()).toStrictEqual({ call: 2, status: 200 });
    await bare.close();
  });
});
