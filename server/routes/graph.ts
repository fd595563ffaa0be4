// The graph the explorer draws: the overview, an entity's neighborhood, an entity's details.

import type { FastifyPluginAsync } from 'fastify';
import { HttpProblem } from '../errors.ts';
import {
  idParams,
  neighborhoodQuery,
  overviewQuery,
  type IdParams,
  type NeighborhoodQuery,
  type OverviewQuery,
} from '../schemas.ts';
import { splitTypes, type RouteContext } from './context.ts';

export const graphRoutes: FastifyPluginAsync<RouteContext> = async (app, { store }) => {
  app.get<{ Querystring: OverviewQuery }>(
    '/api/graph/overview',
    { schema: { querystring: overviewQuery } },
    async (request) => store.overview({ limit: request.query.limit, types: splitTypes(request.query.types) }),
  );

  app.get<{ Params: IdParams; Querystring: NeighborhoodQuery }>(
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
};
