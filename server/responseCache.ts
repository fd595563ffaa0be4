// The bytes sent for the API's read routes, kept per URL and encoding until the store is
// next written: a hit skips the store, JSON serialisation and compression (a 2-hop
// neighbourhood of a 10k-article store is half a megabyte of JSON). Keyed by the store's
// write generation (cypher/readCache.ts), so only for a store that knows it (the embedded
// one); a Neo4j store, written by other processes too, keeps nothing. A hit is answered in
// preHandler, after the guards and the schemas, and still passes every onSend hook
// (security headers); the bytes are taken in an onSend hook registered after compression.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { GraphStore } from '../cypher/store.ts';
import { chooseEncoding } from './compression.ts';

/** Most bytes kept (least recently used dropped first). */
export const RESPONSE_CACHE_BYTES = 64 * 2 ** 20;

/** The GET routes whose answers depend only on their URL and the store's content. */
const READ_ROUTES: ReadonlySet<string> = new Set([
  '/api/graph/overview',
  '/api/entities/:id/neighborhood',
  '/api/entities/:id',
  '/api/statements',
  '/api/articles',
  '/api/articles/:id',
  '/api/search',
  '/api/schema',
  '/api/stats',
]);

const KEPT_HEADERS = ['content-type', 'content-encoding', 'vary'] as const;

interface KeptResponse {
  generation: number;
  body: Buffer;
  headers: Partial<Record<(typeof KEPT_HEADERS)[number], string>>;
}

function generationOf(store: GraphStore): number | null {
  return store.readGeneration ?? null;
}

export function installResponseCache(app: FastifyInstance, store: GraphStore, maxBytes = RESPONSE_CACHE_BYTES): void {
  if (generationOf(store) === null) return;
  const kept = new Map<string, KeptResponse>();
  let bytes = 0;
  /** The generation each cacheable request started in: an answer computed across a write is not kept. */
  const startedIn = new WeakMap<FastifyRequest, { key: string; generation: number }>();

  const keyOf = (request: FastifyRequest): string | null => {
    if (request.method !== 'GET' || !READ_ROUTES.has(request.routeOptions.url ?? '')) return null;
    return `${chooseEncoding(request.headers['accept-encoding']) ?? 'identity'} ${request.url}`;
  };
  const forget = (key: string): void => {
    const entry = kept.get(key);
    if (!entry) return;
    kept.delete(key);
    bytes -= entry.body.length;
  };

  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    const key = keyOf(request);
    const generation = generationOf(store);
    if (key === null || generation === null) return;
    const entry = kept.get(key);
    if (entry && entry.generation === generation) {
      kept.delete(key);
      kept.set(key, entry);
      for (const [name, value] of Object.entries(entry.headers)) void reply.header(name, value);
      return reply.send(entry.body);
    }
    if (entry) forget(key);
    startedIn.set(request, { key, generation });
  });

  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const started = startedIn.get(request);
    if (!started || reply.statusCode !== 200) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    if (generationOf(store) !== started.generation) return payload;
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    if (body.length > maxBytes / 4) return payload;
    const headers: KeptResponse['headers'] = {};
    for (const name of KEPT_HEADERS) {
      const value = reply.getHeader(name);
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
    }
    forget(started.key);
    kept.set(started.key, { generation: started.generation, body, headers });
    bytes += body.length;
    for (const [key] of kept) {
      if (bytes <= maxBytes) break;
      forget(key);
    }
    return payload;
  });
}
