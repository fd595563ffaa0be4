// The bearer token over every API route, however its path is spelled: each route the
// server registered (read from the server, not listed here) is asked for through
// percent-encoded, double-encoded, differently cased, slash-doubled, dot-segmented and
// trailing-slash paths, over a real socket (a client library would normalise some of
// them), with and without the token. A path that decodes to the route answers as the
// route does with the token and 401 without it; a path the guard cannot read one way
// only is a 400; an API path that names no route is 401 without the token, 404 with it.

import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../cypher/open.ts';
import type { GraphStore } from '../../cypher/store.ts';
import { buildApp } from '../../server/app.ts';
import { loadServerConfig } from '../../server/config.ts';
import { smallGraph } from '../../server/testing/smallGraph.ts';

const TOKEN = 'path-guard-token-0123456789';
const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-path-guard-'));
let store: GraphStore;
let app: FastifyInstance;
let port: number;

interface Answer {
  status: number;
  body: string;
}

/** One request with the path exactly as given: no URL parsing on the way. */
function raw(method: string, target: string, token?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const req = http.request({ host: '127.0.0.1', port, method, path: target, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(method === 'POST' ? '{}' : undefined);
  });
}

type Kind = 'same' | 'other' | 'slash' | 'bad';

/** Spellings of `/api<rest>`, and what each one is to the guard. */
function variants(rest: string): [string, Kind][] {
  const first = rest.charAt(1);
  const encodedFirst = `/%${first.charCodeAt(0).toString(16)}${rest.slice(2)}`;
  return [
    [`/%61pi${rest}`, 'same'],
    [`/a%70i${rest}`, 'same'],
    [`/%61%70%69${rest}`, 'same'],
    [`/%61%70%49${rest}`, 'other'],
    [`/api${encodedFirst}`, 'same'],
    [`/API${rest}`, 'other'],
    [`/%41pi${rest}`, 'other'],
    [`/api${rest}/`, 'slash'],
    [`/%2Fapi${rest}`, 'bad'],
    [`/%2fapi${rest}`, 'bad'],
    [`/api%2F${rest.slice(1)}`, 'bad'],
    [`/api%5C${rest.slice(1)}`, 'bad'],
    [`/%2561pi${rest}`, 'bad'],
    [`/%25%36%31pi${rest}`, 'bad'],
    [`//api${rest}`, 'bad'],
    [`/api/${rest}`, 'bad'],
    [`/api/.${rest}`, 'bad'],
    [`/x/..//api${rest}`, 'bad'],
    [`/x/%2e%2e/api${rest}`, 'bad'],
  ];
}

beforeAll(async () => {
  const config = loadServerConfig({ dataDir: dir, staticDir: path.join(dir, 'no-dist'), port: 0, token: TOKEN }, {});
  store = openStore({ dataDir: dir, dbPath: config.dbPath });
  await store.init();
  await store.writeExtraction(smallGraph());
  app = await buildApp({ store, config });
  await app.listen({ host: '127.0.0.1', port: 0 });
  port = (app.server.address() as AddressInfo).port;
}, 60_000);

afterAll(async () => {
  await app?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the token guard sees the path the router routes', () => {
  it('knows every API route of the server', () => {
    const routes = app.apiRoutes.map((route) => `${route.method} ${route.url}`);
    expect(routes).toContain('GET /api/stats');
    expect(routes).toContain('POST /api/cypher');
    expect(routes).toContain('POST /api/ingest');
    expect(routes.every((route) => / \/api(\/|$)/.test(route))).toBe(true);
  });

  it(
    'answers every encoded spelling of every API route 401, 400 or 404 without the token',
    { timeout: 120_000 },
    async () => {
      const expected: string[] = [];
      const actual: string[] = [];
      for (const route of app.apiRoutes) {
        const rest = route.url.slice('/api'.length).replaceAll(/:[A-Za-z]+/g, 'some-id');
        const canonical = await raw(route.method, `/api${rest}`, TOKEN);
        expect(canonical.status, `${route.method} /api${rest}`).not.toBe(401);
        for (const [target, kind] of variants(rest)) {
          const isHealth = route.url === '/api/health' && kind === 'same';
          const without = await raw(route.method, target);
          const withToken = await raw(route.method, target, TOKEN);
          const wrongToken = await raw(route.method, target, `${TOKEN}x`);
          const line = (answers: number[]) => `${route.method} ${target} ${answers.join(' ')}`;
          actual.push(line([without.status, withToken.status, wrongToken.status]));
          if (kind === 'bad') expected.push(line([400, 400, 400]));
          else if (kind === 'other') expected.push(line([401, 404, 401]));
          else if (kind === 'slash') {
            // `/api/articles/` is `/api/articles/:id` with an empty id, which the schema refuses.
            const emptyParam = app.apiRoutes.some(
              (other) => other.method === route.method && new RegExp(`^${route.url}/:[A-Za-z]+$`).test(other.url),
            );
            expected.push(line([401, emptyParam ? 400 : 404, 401]));
          } else if (isHealth) expected.push(line([canonical.status, canonical.status, canonical.status]));
          else expected.push(line([401, canonical.status, 401]));
        }
      }
      expect(actual).toStrictEqual(expected);
    },
  );

  it('serves the health probe without the token, never the counts', async () => {
    for (const target of ['/api/health?stats=true', '/%61pi/health?stats=true']) {
      const answer = await raw('GET', target);
      expect([answer.status, Object.keys(JSON.parse(answer.body)).sort()]).toStrictEqual([
        200,
        ['ok', 'store', 'storeUp', 'version'],
      ]);
    }
  });

  it('reads data with the token through an encoded path, as through the plain one', async () => {
    const plain = await raw('GET', '/api/stats', TOKEN);
    const encoded = await raw('GET', '/%61pi/%73tats', TOKEN);
    expect([encoded.status, JSON.parse(encoded.body)]).toStrictEqual([200, JSON.parse(plain.body)]);
  });
});
