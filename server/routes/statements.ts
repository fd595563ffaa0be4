// Statements by filter (speaker, target, article, dates; paged), by id, and counted per date.

import type { FastifyPluginAsync } from 'fastify';
import { MAX_STATEMENTS_BY_ID } from '../../contract/limits.ts';
import { statementsByIds } from '../../cypher/reads/scope.ts';
import { statementTimeline } from '../../cypher/reads/timeline.ts';
import { HttpProblem } from '../errors.ts';
import { statementsByIdBody, statementsQuery, type StatementsByIdBody, type StatementsQuery } from '../schemas.ts';
import type { RouteContext } from './context.ts';

export const statementRoutes: FastifyPluginAsync<RouteContext> = async (app, { store }) => {
  app.get<{ Querystring: StatementsQuery }>(
    '/api/statements',
    { schema: { querystring: statementsQuery } },
    async (request) => {
      const { from, to } = request.query;
      if (from !== undefined && to !== undefined && from > to) {
        throw new HttpProblem(400, 'BAD_REQUEST', `"from" (${from}) is after "to" (${to})`);
      }
      return store.statements(request.query);
    },
  );

  app.get('/api/statements/timeline', async () =>
    statementTimeline((queryName, params) => store.run(queryName, params)),
  );

  app.post<{ Body: StatementsByIdBody }>(
    '/api/statements/by-id',
    { schema: { body: statementsByIdBody(MAX_STATEMENTS_BY_ID) } },
    async (request) => ({
      statements: await statementsByIds((queryName, params) => store.run(queryName, params), request.body.ids),
    }),
  );
};
