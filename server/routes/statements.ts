// Statements by filter (speaker, target, article, dates; paged), by id, and counted per date.

import type { FastifyPluginAsync } from 'fastify';
import { MAX_STATEMENTS_BY_ID } from '../../contract/limits.ts';
import { statementsByIds } from '../../cypher/reads/scope.ts';
import { statementTimeline } from '../../cypher/reads/timeline.ts';
import { HttpProblem } from '../errors.ts';
import {
  statementsByIdBody,
  statementsQuery,
  timelineQuery,
  type StatementsByIdBody,
  type StatementsQuery,
  type TimelineQuery,
} from '../schemas.ts';
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

  app.get<{ Querystring: TimelineQuery }>(
    '/api/statements/timeline',
    { schema: { querystring: timelineQuery } },
    async (request) => {
      const { outlet, pubFrom, pubTo, article } = request.query;
      if (pubFrom !== undefined && pubTo !== undefined && pubFrom > pubTo) {
        throw new HttpProblem(400, 'BAD_REQUEST', `"pubFrom" (${pubFrom}) is after "pubTo" (${pubTo})`);
      }
      return statementTimeline((queryName, params) => store.run(queryName, params), {
        ...(outlet !== undefined ? { outlet } : {}),
        ...(pubFrom !== undefined ? { from: pubFrom } : {}),
        ...(pubTo !== undefined ? { to: pubTo } : {}),
        ...(article !== undefined ? { article } : {}),
      });
    },
  );

  app.post<{ Body: StatementsByIdBody }>(
    '/api/statements/by-id',
    { schema: { body: statementsByIdBody(MAX_STATEMENTS_BY_ID) } },
    async (request) => ({
      statements: await statementsByIds((queryName, params) => store.run(queryName, params), request.body.ids),
    }),
  );
};
