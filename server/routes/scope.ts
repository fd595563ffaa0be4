// What the explorer's source and publication-date filters need: the outlets present, and
// what one outlet and/or date range contains.

import type { FastifyPluginAsync } from 'fastify';
import { contentScope, outlets, type Run } from '../../cypher/reads/scope.ts';
import { HttpProblem } from '../errors.ts';
import { scopeQuery, type ScopeQuery } from '../schemas.ts';
import type { RouteContext } from './context.ts';

export const scopeRoutes: FastifyPluginAsync<RouteContext> = async (app, { store }) => {
  const runShipped: Run = (queryName, params) => store.run(queryName, params);

  app.get('/api/scope/outlets', async () => ({ outlets: await outlets(runShipped) }));

  app.get<{ Querystring: ScopeQuery }>('/api/scope', { schema: { querystring: scopeQuery } }, async (request) => {
    const { from, to } = request.query;
    if (from !== undefined && to !== undefined && from > to) {
      throw new HttpProblem(400, 'BAD_REQUEST', `"from" (${from}) is after "to" (${to})`);
    }
    return contentScope(runShipped, request.query);
  });
};
