// GET and POST /api/export: a subgraph as a file download, in a format of the export
// registry (server/export/registry.ts). Query exports run behind the console limit.

import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { exportSubgraph, type ExportRequest } from '../export/subgraph.ts';
import { exportBodyWithIds, exportQuery, type ExportBody, type ExportQuery } from '../schemas.ts';
import { clientGone, QUERY_BODY_LIMIT, splitTypes, type RouteContext } from './context.ts';

export const exportRoutes: FastifyPluginAsync<RouteContext> = async (app, { store, config }) => {
  const sendExport = async (request: ExportRequest, reply: FastifyReply) => {
    const file = await exportSubgraph(store, request, {
      creator: `newsgraph ${config.version}`,
      timeoutMs: config.queryTimeoutMs,
      signal: clientGone(reply),
      runQuery: (task) => app.runConsoleQuery(task),
    });
    return reply
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .header('x-newsgraph-nodes', String(file.nodes))
      .header('x-newsgraph-edges', String(file.edges))
      .type(file.mime)
      .send(file.body);
  };

  app.get<{ Querystring: ExportQuery }>(
    '/api/export',
    { schema: { querystring: exportQuery } },
    async (request, reply) => {
      const { types, ...rest } = request.query;
      return sendExport({ ...rest, types: splitTypes(types) }, reply);
    },
  );

  app.post<{ Body: ExportBody }>(
    '/api/export',
    { schema: { body: exportBodyWithIds(config.maxRowCap) }, bodyLimit: QUERY_BODY_LIMIT },
    async (request, reply) => {
      const { types, ...rest } = request.body;
      return sendExport({ ...rest, types: splitTypes(types) }, reply);
    },
  );
};
