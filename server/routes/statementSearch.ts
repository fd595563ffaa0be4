// GET /api/statements/search: statements found by words of their quote (case- and
// accent-insensitive) and filtered by kind, speech act and cue, newest first. A Fastify plugin over the
// shipped queries, registered by app.ts inside its guards.

import type { FastifyPluginAsync } from 'fastify';
import { SPEECH_ACTS, STATEMENT_KINDS } from '../../contract/graph.ts';
import type { Run } from '../../cypher/reads/decode.ts';
import { MAX_STATEMENT_HITS, searchStatements } from '../../cypher/reads/statementSearch.ts';
import type { RouteContext } from './context.ts';

const DEFAULT_STATEMENT_HITS = 20;
const KIND = `(${STATEMENT_KINDS.join('|')})`;
const ACT = `(${SPEECH_ACTS.join('|')})`;

export const statementSearchQuery = {
  type: 'object',
  properties: {
    q: { type: 'string', maxLength: 200, default: '' },
    /** Comma-separated statement kinds; absent: every kind. */
    kinds: { type: 'string', pattern: `^${KIND}(,${KIND})*$` },
    /** Comma-separated speech acts (denial, accusation …); absent: every act. */
    acts: { type: 'string', pattern: `^${ACT}(,${ACT})*$` },
    cue: { type: 'string', minLength: 1, maxLength: 100 },
    limit: { type: 'integer', minimum: 1, maximum: MAX_STATEMENT_HITS, default: DEFAULT_STATEMENT_HITS },
  },
  additionalProperties: false,
} as const;

interface StatementSearchQuery {
  q: string;
  kinds?: string;
  acts?: string;
  cue?: string;
  limit: number;
}

export const statementSearchRoutes: FastifyPluginAsync<RouteContext> = async (app, { store }) => {
  const run: Run = (queryName, params) => store.run(queryName, params);
  app.get<{ Querystring: StatementSearchQuery }>(
    '/api/statements/search',
    { schema: { querystring: statementSearchQuery } },
    async (request) => {
      const { q, kinds, acts, cue, limit } = request.query;
      return searchStatements(run, {
        text: q,
        kinds: kinds === undefined ? [] : STATEMENT_KINDS.filter((kind) => kinds.split(',').includes(kind)),
        acts: acts === undefined ? [] : SPEECH_ACTS.filter((act) => acts.split(',').includes(act)),
        ...(cue === undefined ? {} : { cue }),
        limit,
      });
    },
  );
};
