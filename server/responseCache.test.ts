import type { FastifyInstance } from 'fastify';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/corpus.ts';
import { GrafeoStore } from '../cypher/engines/grafeo.ts';
import type { Run } from '../cypher/reads/decode.ts';
import { entity } from '../cypher/reads/details.ts';
import { overview } from '../cypher/reads/graph.ts';
import { stats } from '../cypher/reads/stats.ts';
import { sampleExtraction } from '../cypher/testing.ts';
import { extract } from '../ingest/extractor.ts';
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
