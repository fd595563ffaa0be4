// POST /api/ingest: articles extracted and written by this server, one ingest at a time
// (each one reads what the store knows before writing).

import type { FastifyPluginAsync } from 'fastify';
import type { IngestSummary } from '../../contract/api.ts';
import type { RawDocument } from '../../contract/extraction.ts';
import type { GraphStore } from '../../cypher/store.ts';
import { Limiter } from '../limiter.ts';
import { ingestBody, type IngestBody } from '../schemas.ts';
import type { RouteContext } from './context.ts';

/** `extractor`: the backend a request names, if any. */
export type IngestFunction = (
  store: GraphStore,
  documents: RawDocument[],
  extractor?: string,
) => Promise<IngestSummary>;

const INGEST_QUEUE_WAIT_MS = 10 * 60 * 1000;

export const ingestRoutes: FastifyPluginAsync<RouteContext & { ingest: IngestFunction }> = async (
  app,
  { store, ingest },
) => {
  const ingestLimiter = new Limiter(1, 8, INGEST_QUEUE_WAIT_MS);
  app.post<{ Body: IngestBody }>('/api/ingest', { schema: { body: ingestBody } }, async (request) =>
    ingestLimiter.run(() => ingest(store, request.body.documents, request.body.extractor)),
  );
};
