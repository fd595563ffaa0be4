// GET /api/statements/search: one page of the statements matching the table's filters (words
// of the quote or its sentence, kinds, acts, cue, speaker, dates), sorted and paged, with the
// total. GET /api/statements/search.csv: every matching statement, in the same order, as the
// table's CSV, streamed a batch at a time from one choice of rows. Both answer from the
// server's statements index (server/statementIndex.ts), which reads only the rows they send.
// The query string is read by the contract's parseStatementSearch, the explorer's own reader,
// and refused with a 400 saying why. A Fastify plugin over the shipped queries, registered by
// app.ts inside its guards.

import { Readable } from 'node:stream';
import type { FastifyPluginAsync } from 'fastify';
import {
  parseStatementSearch,
  TABLE_CSV_HEAD,
  tableCsvLine,
  tableRow,
  type StatementSearchFilter,
  type StatementSearchRequest,
} from '../../contract/statementTable.ts';
import { HttpProblem } from '../errors.ts';
import { StatementIndex } from '../statementIndex.ts';
import { clientGone, type RouteContext } from './context.ts';

function parsed(query: unknown, paged: boolean): StatementSearchRequest {
  const result = parseStatementSearch((query ?? {}) as Record<string, unknown>, { paged });
  if (!result.ok) throw new HttpProblem(400, 'BAD_REQUEST', result.error);
  return result.search;
}

/** The CSV's lines: its head, then each batch of matching statements, in the filter's order. */
export async function* csvLines(
  index: StatementIndex,
  filter: StatementSearchFilter,
  options: { signal?: AbortSignal; batch?: number } = {},
): AsyncGenerator<string> {
  yield TABLE_CSV_HEAD;
  for await (const statements of index.matching(filter, options)) {
    yield statements.map((statement) => tableCsvLine(tableRow(statement))).join('');
  }
}

export const statementSearchRoutes: FastifyPluginAsync<RouteContext> = async (app, { store }) => {
  const index = new StatementIndex(store);

  app.get('/api/statements/search', async (request) => index.search(parsed(request.query, true)));

  app.get('/api/statements/search.csv', async (request, reply) => {
    const filter = parsed(request.query, false);
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .header('content-disposition', `attachment; filename="statements-${day}.csv"`)
      .type('text/csv; charset=utf-8')
      .send(Readable.from(csvLines(index, filter, { signal: clientGone(reply) })));
  });
};
