// The Cypher console: read-only user queries behind the console limit, and the live schema
// (labels, relationship types, property keys) its completion reads.

import type { FastifyPluginAsync } from 'fastify';
import { cypherBody, type CypherBody } from '../schemas.ts';
import { clientGone, QUERY_BODY_LIMIT, type RouteContext } from './context.ts';

export const cypherRoutes: FastifyPluginAsync<RouteContext> = async (app, { store, config }) => {
  app.post<{ Body: CypherBody }>(
    '/api/cypher',
    { schema: { body: cypherBody(config.maxRowCap) }, bodyLimit: QUERY_BODY_LIMIT },
    async (request, reply) => {
      const { query, params, rowCap } = request.body;
      const signal = clientGone(reply);
      return app.runConsoleQuery(() =>
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
};
