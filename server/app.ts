// The HTTP API (Fastify) over one GraphStore, plus the built explorer from dist/.
// Every route validates its input by schema; every error leaves as an `ApiError` JSON.
// Guards, in order: one decoded path for everything (server/requestPath.ts: a path two
// readers could route differently is a 400), loopback Host check (no token) or bearer
// token on that path, then schemas, then a small concurrency limit on user Cypher so
// heavy queries cannot starve the rest.

import fastifyStatic from '@fastify/static';
import Ajv from 'ajv';
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { backupStore } from '../cypher/backup.ts';
import { GrafeoStore } from '../cypher/grafeo.ts';
import type { HealthInfo, IngestSummary } from '../contract/api.ts';
import type { ExportFormat } from '../contract/exportFormats.ts';
import type { RawDocument } from '../contract/extraction.ts';
import { MAX_EXPORT_IDS, MAX_STATEMENTS_BY_ID } from '../contract/limits.ts';
import { contentScope, outlets, statementsByIds, type Run } from '../cypher/scope.ts';
import type { GraphStore, Params } from '../cypher/store.ts';
import { ingestDocuments, type IngestOptions } from '../ingest/ingest.ts';
import { isLoopbackHost, type ServerConfig } from './config.ts';
import { compressPayload } from './compression.ts';
import { answerFor, HttpProblem } from './errors.ts';
import { exportSubgraph, type ExportRequest } from './export/subgraph.ts';
import { Limiter } from './limiter.ts';
import { isApiPath, requestPath, type RequestPath } from './requestPath.ts';
import {
  articlesQuery,
  cypherBody,
  exportBody,
  exportQuery,
  healthQuery,
  idParams,
  ingestBody,
  neighborhoodQuery,
  overviewQuery,
  scopeQuery,
  searchQuery,
  statementsByIdBody,
  statementsQuery,
} from './schemas.ts';

export type IngestFunction = (store: GraphStore, documents: RawDocument[]) => Promise<IngestSummary>;

export interface AppOptions {
  store: GraphStore;
  config: ServerConfig;
  /** Fastify logger; off unless given (startServer logs errors to stderr). */
  logger?: FastifyServerOptions['logger'];
  /** How POST /api/ingest turns documents into graph (the real pipeline by default). */
  ingest?: IngestFunction;
  /** More options for the real pipeline (tests watch its chunks through `onChunk`). */
  ingestOptions?: IngestOptions;
}

/** How long /api/health waits for the store before calling it down. */
const HEALTH_PROBE_MS = 2000;
const INGEST_QUEUE_WAIT_MS = 10 * 60 * 1000;
/** Articles of one POST /api/ingest extracted and written together. */
const API_INGEST_CHUNK = 50;
/** Bodies of routes that carry a query, not articles. */
const QUERY_BODY_LIMIT = 2 * 1024 * 1024;

const NO_BUILD_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsgraph</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40em; margin: 4em auto">
<h1>newsgraph</h1>
<p>The API is running, but the explorer is not built. Run <code>npm run build</code> and reload this page,
or use <code>npm run dev</code> while working on it.</p>
<p>API: <a href="/api/health">/api/health</a></p>
</body></html>
`;

interface IdParams {
  id: string;
}

function splitTypes(types: string | undefined): string[] | undefined {
  return types === undefined ? undefined : [...new Set(types.split(','))];
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function hostName(hostHeader: string | undefined): string {
  if (!hostHeader) return '';
  if (hostHeader.startsWith('[')) return hostHeader.slice(0, hostHeader.indexOf(']') + 1);
  return hostHeader.replace(/:\d+$/, '');
}

/** An AbortSignal that fires when the client goes away before the answer is sent. */
function clientGone(reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) controller.abort(new Error('the client closed the connection'));
  });
  return controller.signal;
}

async function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The POST /api/export body: a query, an entity, the overview, or 1..MAX_EXPORT_IDS entity ids. */
function exportBodyWithIds(maxRowCap: number) {
  const body = exportBody(maxRowCap);
  const ids = {
    type: 'array',
    minItems: 1,
    maxItems: MAX_EXPORT_IDS,
    items: { type: 'string', minLength: 1, maxLength: 512 },
  } as const;
  return { ...body, properties: { ...body.properties, ids } };
}

/** A route as registered: what the token guard must cover. */
export interface RouteEntry {
  method: string;
  url: string;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { store, config } = options;
  // Extraction runs on worker threads, in chunks, so this thread keeps answering (health
  // included) while a large ingest is extracted.
  const ingest =
    options.ingest ??
    ((target, documents) =>
      ingestDocuments(target, documents, { offThread: true, chunkSize: API_INGEST_CHUNK, ...options.ingestOptions }));
  const cypherLimiter = new Limiter(config.cypherConcurrency, config.cypherQueue, config.cypherQueueWaitMs);
  // Console queries (POST /api/cypher, query exports) share the limiter. A query's slot
  // is free only once its engine work has ended: readOnly settles after the query was
  // stopped (timeout, client gone), so timed-out queries never pile up on the cores.
  const runConsoleQuery = <T>(task: () => Promise<T>): Promise<T> => cypherLimiter.run(task);
  const runShipped: Run = (queryName, params) => store.run(queryName, params);
  // One ingest at a time: each one reads what the store knows before writing.
  const ingestLimiter = new Limiter(1, 8, INGEST_QUEUE_WAIT_MS);

  // The decoded path of each request, read once before routing.
  const paths = new WeakMap<IncomingMessage, RequestPath>();
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: config.bodyLimit,
    // Entity ids in paths may be longer than the default 100 characters.
    routerOptions: { maxParamLength: 1024 },
    return503OnClosing: true,
    rewriteUrl: (raw) => {
      const checked = requestPath(raw.url ?? '/');
      paths.set(raw, checked);
      return 'url' in checked ? checked.url : (raw.url ?? '/');
    },
  });
  const decodedPath = (request: FastifyRequest): string => {
    const checked = paths.get(request.raw);
    return checked && 'path' in checked ? checked.path : '/';
  };

  const apiRoutes: RouteEntry[] = [];
  app.decorate('apiRoutes', apiRoutes);
  app.addHook('onRoute', (route) => {
    if (!isApiPath(route.url)) return;
    for (const method of [route.method].flat()) apiRoutes.push({ method, url: route.url });
  });

  // Query strings and path parameters arrive as text and are coerced to the schema's
  // types; JSON bodies are not: `{"rowCap": "5"}` or `{"query": 42}` is a 400.
  const ajvOptions = {
    useDefaults: true,
    removeAdditional: false,
    allErrors: false,
    allowUnionTypes: true,
    strict: true,
  } as const;
  const textAjv = new Ajv({ ...ajvOptions, coerceTypes: 'array' });
  const jsonAjv = new Ajv({ ...ajvOptions, coerceTypes: false });
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? jsonAjv : textAjv).compile(schema));

  // Only JSON bodies: a cross-site form or text/plain post (no CORS preflight) gets 415.
  app.removeContentTypeParser('text/plain');

  app.setErrorHandler((error, request, reply) => {
    const answer = answerFor(error);
    if (answer.unexpected) request.log.error({ err: error }, 'unexpected error');
    if (answer.headers) void reply.headers(answer.headers);
    return reply.code(answer.status).type('application/json; charset=utf-8').send(answer.body);
  });

  app.setNotFoundHandler((request, reply) => {
    const url = decodedPath(request);
    if (isApiPath(url)) {
      return reply.code(404).send({ error: `no such route: ${request.method} ${url}`, code: 'NOT_FOUND' });
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return reply.code(404).send({ error: `no such route: ${request.method} ${url}`, code: 'NOT_FOUND' });
    }
    // A path naming a file that is not there is a plain 404; any other path belongs to the explorer.
    if (/\.[A-Za-z0-9]+$/.test(url)) return reply.code(404).type('text/plain; charset=utf-8').send('Not found\n');
    if (hasBuild) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return reply.type('text/html; charset=utf-8').send(NO_BUILD_PAGE);
  });

  app.addHook('onSend', async (_request, reply, payload) => {
    void reply.header('x-content-type-options', 'nosniff');
    // The explorer's URL may carry ?token=: never send it on as a Referer.
    void reply.header('referrer-policy', 'no-referrer');
    void reply.header('x-frame-options', 'DENY');
    return payload;
  });
  app.addHook('onSend', compressPayload);

  // Guards: a path that does not decode one way only is refused first; with no token,
  // only loopback Host names are served (a web page on another origin that resolves its
  // name to 127.0.0.1 cannot read the API); with a token, every API call but the bare
  // liveness probe carries it, judged on the decoded path the router routed.
  app.addHook('onRequest', async (request, reply) => {
    const checked = paths.get(request.raw);
    if (!checked || 'problem' in checked) {
      throw new HttpProblem(400, 'BAD_PATH', checked ? checked.problem : 'the request path could not be read');
    }
    if (config.token === undefined) {
      const name = hostName(request.headers.host);
      if (!isLoopbackHost(name)) {
        throw new HttpProblem(
          403,
          'FORBIDDEN_HOST',
          `requests for host "${name}" are not served: this server only answers on loopback`,
        );
      }
      return;
    }
    if (!isApiPath(checked.path)) return;
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (match?.[1] && sameSecret(match[1], config.token)) {
      request.authorized = true;
      return;
    }
    if (request.routeOptions.url === '/api/health') return;
    void reply.header('www-authenticate', 'Bearer realm="newsgraph"');
    throw new HttpProblem(
      401,
      'UNAUTHORIZED',
      'this server requires `Authorization: Bearer <token>` (the NEWSGRAPH_TOKEN it was started with)',
    );
  });
  app.decorateRequest('authorized', false);

  // ---------------------------------------------------------------------------
  // Routes

  app.get<{ Querystring: { stats: boolean } }>(
    '/api/health',
    { schema: { querystring: healthQuery } },
    async (request) => {
      const health: HealthInfo = { ok: false, store: store.kind, storeUp: false, version: config.version };
      if (config.token === undefined || request.authorized) {
        // A URI's user part, if any, stays on the server.
        health.storeLocation =
          store.kind === 'neo4j' && config.neo4j ? config.neo4j.uri.replace(/\/\/[^/]*@/, '//') : config.dataDir;
      }
      try {
        await withTimeout(store.ping(), HEALTH_PROBE_MS, `the store did not answer within ${HEALTH_PROBE_MS} ms`);
        health.storeUp = true;
        health.ok = true;
        if (request.query.stats && (config.token === undefined || request.authorized)) {
          health.stats = await withTimeout(
            store.stats(),
            HEALTH_PROBE_MS,
            `the store did not count within ${HEALTH_PROBE_MS} ms`,
          );
        }
      } catch (error) {
        health.error = error instanceof Error ? error.message : String(error);
      }
      return health;
    },
  );

  app.get<{ Querystring: { limit: number; types?: string } }>(
    '/api/graph/overview',
    { schema: { querystring: overviewQuery } },
    async (request) => store.overview({ limit: request.query.limit, types: splitTypes(request.query.types) }),
  );

  app.get<{ Params: IdParams; Querystring: { depth: number; limit: number } }>(
    '/api/entities/:id/neighborhood',
    { schema: { params: idParams, querystring: neighborhoodQuery } },
    async (request) => {
      const { id } = request.params;
      const payload = await store.neighborhood(id, { depth: request.query.depth, limit: request.query.limit });
      if (!payload.nodes.some((node) => node.id === id) && (await store.entity(id)) === null) {
        throw new HttpProblem(404, 'NOT_FOUND', `no entity with id "${id}"`);
      }
      return payload;
    },
  );

  app.get<{ Params: IdParams }>('/api/entities/:id', { schema: { params: idParams } }, async (request) => {
    const details = await store.entity(request.params.id);
    if (details === null) throw new HttpProblem(404, 'NOT_FOUND', `no entity with id "${request.params.id}"`);
    return details;
  });

  app.get<{
    Querystring: {
      speaker?: string;
      about?: string;
      article?: string;
      from?: string;
      to?: string;
      limit: number;
      offset: number;
    };
  }>('/api/statements', { schema: { querystring: statementsQuery } }, async (request) => {
    const { from, to } = request.query;
    if (from !== undefined && to !== undefined && from > to) {
      throw new HttpProblem(400, 'BAD_REQUEST', `"from" (${from}) is after "to" (${to})`);
    }
    return store.statements(request.query);
  });

  app.post<{ Body: { ids: string[] } }>(
    '/api/statements/by-id',
    { schema: { body: statementsByIdBody(MAX_STATEMENTS_BY_ID) } },
    async (request) => ({ statements: await statementsByIds(runShipped, request.body.ids) }),
  );

  // What the explorer's source and publication-date filters need: the outlets present,
  // and what one outlet and/or date range contains.
  app.get('/api/scope/outlets', async () => ({ outlets: await outlets(runShipped) }));

  app.get<{ Querystring: { outlet?: string; from?: string; to?: string } }>(
    '/api/scope',
    { schema: { querystring: scopeQuery } },
    async (request) => {
      const { from, to } = request.query;
      if (from !== undefined && to !== undefined && from > to) {
        throw new HttpProblem(400, 'BAD_REQUEST', `"from" (${from}) is after "to" (${to})`);
      }
      return contentScope(runShipped, request.query);
    },
  );

  app.get<{ Querystring: { limit: number; offset: number } }>(
    '/api/articles',
    { schema: { querystring: articlesQuery } },
    async (request) => store.articles({ limit: request.query.limit, offset: request.query.offset }),
  );

  app.get<{ Params: IdParams }>('/api/articles/:id', { schema: { params: idParams } }, async (request) => {
    const article = await store.article(request.params.id);
    if (article === null) throw new HttpProblem(404, 'NOT_FOUND', `no article with id "${request.params.id}"`);
    return article;
  });

  app.get<{ Querystring: { q: string; limit: number } }>(
    '/api/search',
    { schema: { querystring: searchQuery } },
    async (request) => ({
      results: await store.search(request.query.q.trim(), request.query.limit),
    }),
  );

  app.post<{ Body: { query: string; params?: Params; rowCap?: number } }>(
    '/api/cypher',
    { schema: { body: cypherBody(config.maxRowCap) }, bodyLimit: QUERY_BODY_LIMIT },
    async (request, reply) => {
      const { query, params, rowCap } = request.body;
      const signal = clientGone(reply);
      return runConsoleQuery(() =>
        store.readOnly(query, params ?? {}, {
          rowCap: rowCap ?? config.rowCap,
          timeoutMs: config.queryTimeoutMs,
          signal,
          maxResultBytes: config.maxResultBytes,
          memoryBytes: config.queryMemoryBytes,
        }),
      );
    },
  );

  app.get('/api/schema', async () => store.schema());
  app.get('/api/stats', async () => store.stats());

  // `newsgraph backup` while this server holds the store: the copy is made here, in turn
  // with the writes, into a new folder beside the store (never a path from the request);
  // the CLI moves it where the user asked.
  let backups = 0;
  app.post('/api/backup', async () => {
    if (!(store instanceof GrafeoStore)) {
      throw new HttpProblem(
        400,
        'NOT_EMBEDDED',
        'backup is for the embedded store: back Neo4j up with neo4j-admin database dump',
      );
    }
    backups += 1;
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const dir = path.join(`${store.location}.backups`, `${stamp}-${process.pid}-${backups}`);
    const manifest = await backupStore(store, dir);
    return { dir, manifest };
  });

  const sendExport = async (request: ExportRequest, reply: FastifyReply) => {
    const file = await exportSubgraph(store, request, {
      creator: `newsgraph ${config.version}`,
      timeoutMs: config.queryTimeoutMs,
      signal: clientGone(reply),
      runQuery: runConsoleQuery,
    });
    return reply
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .header('x-newsgraph-nodes', String(file.nodes))
      .header('x-newsgraph-edges', String(file.edges))
      .type(file.mime)
      .send(file.body);
  };

  app.get<{ Querystring: { format: ExportFormat; entity?: string; depth?: number; limit?: number; types?: string } }>(
    '/api/export',
    { schema: { querystring: exportQuery } },
    async (request, reply) => {
      const { types, ...rest } = request.query;
      return sendExport({ ...rest, types: splitTypes(types) }, reply);
    },
  );

  app.post<{ Body: Omit<ExportRequest, 'types'> & { types?: string } }>(
    '/api/export',
    { schema: { body: exportBodyWithIds(config.maxRowCap) }, bodyLimit: QUERY_BODY_LIMIT },
    async (request, reply) => {
      const { types, ...rest } = request.body;
      return sendExport({ ...rest, types: splitTypes(types) }, reply);
    },
  );

  app.post<{ Body: { documents: RawDocument[] } }>('/api/ingest', { schema: { body: ingestBody } }, async (request) =>
    ingestLimiter.run(() => ingest(store, request.body.documents)),
  );

  // ---------------------------------------------------------------------------
  // The built explorer

  const hasBuild = existsSync(path.join(config.staticDir, 'index.html'));
  if (hasBuild) {
    await app.register(fastifyStatic, {
      root: config.staticDir,
      prefix: '/',
      wildcard: true,
      index: 'index.html',
      cacheControl: false,
      setHeaders: (response, filePath) => {
        // Vite names built assets by content hash: they never change.
        if (filePath.includes(`${path.sep}assets${path.sep}`))
          response.setHeader('cache-control', 'public, max-age=31536000, immutable');
        else response.setHeader('cache-control', 'no-cache');
      },
    });
  } else {
    app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(NO_BUILD_PAGE));
  }

  return app;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The request carried the server's bearer token. */
    authorized: boolean;
  }
  interface FastifyInstance {
    /** Every API route registered, each method apart (HEAD included). */
    apiRoutes: readonly RouteEntry[];
  }
}
