// Content-Encoding of the API's answers over the small real store: a compressed body
// decodes to exactly the plain one, with the right length and Vary; small bodies, zips
// and clients that accept no encoding get the body as it is.

import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_COMPRESS_BYTES } from '../../server/compression.ts';
import { IDS } from '../../server/testing/smallGraph.ts';
import { openSmallGraphApp, type SmallGraphApp } from './smallGraphApp.ts';

let fixture: SmallGraphApp;

beforeAll(async () => {
  fixture = await openSmallGraphApp('compression');
});

afterAll(async () => {
  await fixture?.close();
});

async function get(url: string, acceptEncoding?: string) {
  const response = await fixture.app.inject({
    method: 'GET',
    url,
    headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
  });
  return { status: response.statusCode, headers: response.headers, bytes: response.rawPayload };
}

const OVERVIEW = '/api/graph/overview?limit=50';

/** One GET over a real loopback socket: status, headers and the bytes as they came. */
function overSocket(port: number, url: string, acceptEncoding: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; bytes: Buffer }>((resolve, reject) => {
    const sent = httpRequest({ host: '127.0.0.1', port, path: url, headers: { 'accept-encoding': acceptEncoding } });
    sent.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, bytes: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    });
    sent.on('error', reject);
    sent.end();
  });
}

describe('API compression', () => {
  it('sends JSON as it is, with Vary, to a client that names no encoding', async () => {
    const plain = await get(OVERVIEW);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(plain.bytes.length).toBeGreaterThanOrEqual(MIN_COMPRESS_BYTES);
    expect(plain.headers['content-length']).toBe(String(plain.bytes.length));
    expect(JSON.parse(plain.bytes.toString('utf8')).nodes).toHaveLength(6);
  });

  it('gzips a JSON answer that decodes to exactly the plain one', async () => {
    const plain = await get(OVERVIEW);
    const gzipped = await get(OVERVIEW, 'gzip, deflate');
    expect(gzipped.status).toBe(200);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toBe('Accept-Encoding');
    expect(gzipped.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(gzipped.headers['content-length']).toBe(String(gzipped.bytes.length));
    expect(gzipped.bytes.length).toBeLessThan(plain.bytes.length);
    expect(gunzipSync(gzipped.bytes).equals(plain.bytes)).toBe(true);
  });

  it('prefers brotli when the client accepts both at the same weight', async () => {
    const plain = await get(OVERVIEW);
    const compressed = await get(OVERVIEW, 'gzip, deflate, br');
    expect(compressed.headers['content-encoding']).toBe('br');
    expect(compressed.headers['content-length']).toBe(String(compressed.bytes.length));
    expect(brotliDecompressSync(compressed.bytes).equals(plain.bytes)).toBe(true);
  });

  it('follows q-values: a refused encoding is never used', async () => {
    expect((await get(OVERVIEW, 'br;q=0, gzip')).headers['content-encoding']).toBe('gzip');
    expect((await get(OVERVIEW, 'br;q=0.5, gzip;q=0.8')).headers['content-encoding']).toBe('gzip');
    const refused = await get(OVERVIEW, 'gzip;q=0, identity');
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(refused.bytes.toString('utf8')).nodes).toHaveLength(6);
  });

  it('leaves a body under the threshold as it is', async () => {
    const health = await get('/api/health', 'gzip, br');
    expect(health.bytes.length).toBeLessThan(MIN_COMPRESS_BYTES);
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(health.headers.vary).toBe('Accept-Encoding');
    expect(JSON.parse(health.bytes.toString('utf8')).ok).toBe(true);
  });

  it('compresses an error answer over the threshold like any other JSON', async () => {
    const url = `/api/no-such-route-${'x'.repeat(MIN_COMPRESS_BYTES)}`;
    const plain = await get(url);
    const gzipped = await get(url, 'gzip');
    expect(plain.status).toBe(404);
    expect(gzipped.status).toBe(404);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.bytes).equals(plain.bytes)).toBe(true);
  });

  it('sends over a socket the length it announces, and fetch reads the JSON back', async () => {
    await fixture.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = fixture.app.server.address() as AddressInfo;
    const plain = await get(OVERVIEW);
    const raw = await overSocket(port, OVERVIEW, 'gzip');
    expect([raw.status, raw.headers['content-encoding'], raw.headers['content-length']]).toStrictEqual([
      200,
      'gzip',
      String(raw.bytes.length),
    ]);
    expect(gunzipSync(raw.bytes).equals(plain.bytes)).toBe(true);
    const fetched = await fetch(`http://127.0.0.1:${port}${OVERVIEW}`, { headers: { 'accept-encoding': 'br' } });
    expect(fetched.headers.get('content-encoding')).toBe('br');
    expect(await fetched.json()).toStrictEqual(JSON.parse(plain.bytes.toString('utf8')));
  });

  it('never compresses the zipped CSV export again', async () => {
    const zip = await get(`/api/export?format=csv&entity=${encodeURIComponent(IDS.rossi)}`, 'gzip, br');
    expect(zip.status).toBe(200);
    expect(zip.headers['content-type']).toBe('application/zip');
    expect(zip.headers['content-encoding']).toBeUndefined();
    expect(zip.headers.vary).toBeUndefined();
    expect(zip.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(zip.headers['content-length']).toBe(String(zip.bytes.length));
  });
});
