// Entity search by name or alias.

import type { FastifyPluginAsync } from 'fastify';
import { searchQuery, type SearchQuery } from '../schemas.ts';
import type { RouteContext } from './context.ts';

export const searchRoutes: FastifyPluginAsync<RouteContext> = async (app, { store }) => {
  app.get<{ Querystring: SearchQuery }>('/api/search', { schema: { querystring: searchQuery } }, async (request) => ({
    results: await store.search(request.query.q.trim(), request.query.limit),
  }));
};
