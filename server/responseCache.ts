// The bytes sent for the API's read routes, kept per URL and encoding until the store is
// next written: a hit skips the store, JSON serialisation and compression (a 2-hop
// neighbourhood of a 10k-article store is half a megabyte of JSON). Keyed by the store's
// write generation (cypher/readCache.ts), so only for a store that knows it (the embedded
// one); a Neo4j store, written by other processes too, keeps nothing. A hit is answered in
// preHandler, after the guards and the schemas, and still passes every onSend hook
// (security headers); the bytes are taken in an onSend hook registered after compression.
// A read asked for while the same URL is being answered in the same generation waits for
// those bytes instead of serialising and compressing them again (ten connections opening
// the same neighbourhood make one brotli of its half megabyte, not ten).

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
  '/api/statements/search',
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

/** An answer being computed: the requests for the same URL and encoding wait for its bytes. */
interface Running {
  generation: number;
  /** The response sent, or null when it is not one to share (an error, a write in between, no body). */
  answer: Promise<KeptResponse | null>;
  settle: (response: KeptResponse | null) => void;
}

function generationOf(store: GraphStore): number | null {
  return store.readGeneration ?? null;
}

export interface ResponseCacheOptions {
  maxBytes?: number;
  /** Called when a request waits for the answer of the same read already running (tests watch it). */
  onWait?: (key: string) => void;
}

export function installResponseCache(
  app: FastifyInstance,
  store: GraphStore,
  options: ResponseCacheOptions = {},
): void {
  if (generationOf(store) === null) return;
  const maxBytes = options.maxBytes ?? RESPONSE_CACHE_BYTES;
  const kept = new Map<string, KeptResponse>();
  let bytes = 0;
  /** The generation each cacheable request started in: an answer computed across a write is not kept. */
  const startedIn = new WeakMap<FastifyRequest, { key: string; generation: number }>();
  const running = new Map<string, Running>();
  /** The running answer each request computes for the others, until it settles it. */
  const leading = new WeakMap<FastifyRequest, Running>();

  const settle = (request: FastifyRequest, response: KeptResponse | null): void => {
    const lead = leading.get(request);
    if (!lead) return;
    leading.delete(request);
    const started = startedIn.get(request);
    if (started && running.get(started.key) === lead) running.delete(started.key);
    lead.settle(response);
  };
  const send = (reply: FastifyReply, response: KeptResponse): FastifyReply => {
    for (const [name, value] of Object.entries(response.headers)) void reply.header(name, value);
    return reply.send(response.body);
  };

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
      return send(reply, entry);
    }
    if (entry) forget(key);
    const other = running.get(key);
    if (other && other.generation === generation) {
      options.onWait?.(key);
      const answer = await other.answer;
      if (answer && answer.generation === generationOf(store)) return send(reply, answer);
    }
    const now = generationOf(store);
    if (now === null) return;
    startedIn.set(request, { key, generation: now });
    if (running.get(key)?.generation !== now) {
      let resolve!: (response: KeptResponse | null) => void;
      const answer = new Promise<KeptResponse | null>((done) => {
        resolve = done;
      });
      const lead: Running = { generation: now, answer, settle: resolve };
      running.set(key, lead);
      leading.set(request, lead);
    }
  });

  // A request that ends without its onSend taking the bytes (aborted, failed while sending)
  // still lets the requests waiting for it go on, each computing its own answer.
  app.addHook('onResponse', async (request: FastifyRequest) => settle(request, null));
  app.addHook('onRequestAbort', async (request: FastifyRequest) => settle(request, null));

  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const started = startedIn.get(request);
    if (!started) return payload;
    if (
      reply.statusCode !== 200 ||
      (typeof payload !== 'string' && !Buffer.isBuffer(payload)) ||
      generationOf(store) !== started.generation
    ) {
      settle(request, null);
      return payload;
    }
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    const headers: KeptResponse['headers'] = {};
    for (const name of KEPT_HEADERS) {
      const value = reply.getHeader(name);
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
    }
    const response: KeptResponse = { generation: started.generation, body, headers };
    settle(request, response);
    if (body.length > maxBytes / 4) return payload;
    forget(started.key);
    kept.set(started.key, response);
    bytes += body.length;
    for (const [key] of kept) {
      if (bytes <= maxBytes) break;
      forget(key);
    }
    return payload;
  });
}
