// The HTTP API (Fastify) over one GraphStore, plus the built explorer from dist/, put
// together from plugins: the error handler (every error leaves as an `ApiError` JSON), the
// guards (one decoded path for everything, then the loopback Host check or the bearer
// token), compression, the console's concurrency limit, one plugin per route group
// (server/routes/), each route validating its input by schema, and the explorer.

import Ajv from 'ajv';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { IncomingMessage } from 'node:http';
import type { GraphStore } from '../cypher/store.ts';
import { extractorNamed, UnknownExtractorError, type Extractor } from '../extract/extractor.ts';
import { ingestDocuments, type IngestOptions } from '../ingest/ingest.ts';
import type { ServerConfig } from './config.ts';
import { HttpProblem } from './errors.ts';
import { compression } from './plugins/compression.ts';
import { errors } from './plugins/errors.ts';
import { guards } from './plugins/guards.ts';
import { consoleLimit } from './plugins/limiter.ts';
import { explorer } from './plugins/static.ts';
import { requestPath, type RequestPath } from './requestPath.ts';
import { installResponseCache } from './responseCache.ts';
import { articleRoutes } from './routes/articles.ts';
import { cypherRoutes } from './routes/cypher.ts';
import { exportRoutes } from './routes/export.ts';
import { graphRoutes } from './routes/graph.ts';
import { healthRoutes } from './routes/health.ts';
import { ingestRoutes, type IngestFunction } from './routes/ingest.ts';
import { scopeRoutes } from './routes/scope.ts';
import { searchRoutes } from './routes/search.ts';
import { statementSearchRoutes } from './routes/statementSearch.ts';
import { statementRoutes } from './routes/statements.ts';
import { storeRoutes } from './routes/store.ts';

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

/** The backend a request names, or a 400 that lists the known ones. */
function requestedExtractor(name: string | undefined): Extractor {
  try {
    return extractorNamed(name);
  } catch (error) {
    if (error instanceof UnknownExtractorError) {
      throw new HttpProblem(400, 'BAD_REQUEST', error.message, { extractors: error.known });
    }
    throw error;
  }
}

/** Articles of one POST /api/ingest extracted and written together. */
const API_INGEST_CHUNK = 50;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { store, config } = options;
  // Extraction runs on worker threads, in chunks, so this thread keeps answering (health
  // included) while a large ingest is extracted.
  const ingest: IngestFunction =
    options.ingest ??
    (async (target, documents, name) =>
      ingestDocuments(target, documents, {
        extractor: requestedExtractor(name ?? config.extractor),
        offThread: true,
        chunkSize: API_INGEST_CHUNK,
        ...options.ingestOptions,
      }));

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

  await app.register(errors);
  await app.register(guards, { token: config.token, paths });
  await app.register(compression);
  // After compression: it keeps the bytes sent.
  installResponseCache(app, store);
  await app.register(consoleLimit, {
    concurrency: config.cypherConcurrency,
    queue: config.cypherQueue,
    queueWaitMs: config.cypherQueueWaitMs,
  });

  const context = { store, config };
  await app.register(healthRoutes, context);
  await app.register(graphRoutes, context);
  await app.register(statementRoutes, context);
  await app.register(scopeRoutes, context);
  await app.register(articleRoutes, context);
  await app.register(searchRoutes, context);
  await app.register(statementSearchRoutes, context);
  await app.register(cypherRoutes, context);
  await app.register(storeRoutes, context);
  await app.register(exportRoutes, context);
  await app.register(ingestRoutes, { ...context, ingest });

  await app.register(explorer, { staticDir: config.staticDir, paths });
  return app;
}
