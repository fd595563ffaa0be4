// GET /api/statements/search: statements found by words of their quote (case- and
// accent-insensitive) and filtered by kind and cue, newest first. A Fastify plugin over the
// shipped queries, registered by app.ts inside its guards.

import type { FastifyPluginAsync } from 'fastify';
import { STATEMENT_KINDS } from '../../contract/graph.ts';
import type { Run } from '../../cypher/reads/decode.ts';
import { MAX_STATEMENT_HITS, searchStatements } from '../../cypher/reads/statementSearch.ts';
import type { RouteContext } from './context.ts';

const DEFAULT_STATEMENT_HITS = 20;
const KIND = `(${STATEMENT_KINDS.join('|')})`;

export const statementSearchQuery = {
  type: 'object',
  properties: {
    q: { type: 'string', maxLength: 200, default: '' },
    /** Comma-separated statement kinds; absent: every kind. */
    kinds: { type: 'string', pattern: `^${KIND}(,${KIND})*$` },
    cue: { type: 'string', minLength: 1, maxLength: 100 },
    limit: { type: 'integer', minimum: 1, maximum: MAX_STATEMENT_HITS, default: DEFAULT_STATEMENT_HITS },
  },
  additionalProperties: false,
} as const;

interface StatementSearchQuery {
  q: string;
  kinds?: string;
  cue?: string;
  limit: number;
}

export const statementSearchRoutes: FastifyPluginAsync<RouteContext> = async (app, { store }) => {
  const run: Run = (queryName, params) => store.run(queryName, params);
  app.get<{ Querystring: StatementSearchQuery }>(
    '/api/statements/search',
    { schema: { querystring: statementSearchQuery } },
    async (request) => {
      const { q, kinds, cue, limit } = request.query;
      return searchStatements(run, {
        text: q,
        kinds: kinds === undefined ? [] : STATEMENT_KINDS.filter((kind) => kinds.split(',').includes(kind)),
        ...(cue === undefined ? {} : { cue }),
        limit,
      });
    },
  );
};
