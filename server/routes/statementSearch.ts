// GET /api/statements/search: one page of the statements matching the table's filters (words
// of the quote or its sentence, kinds, acts, cue, speaker, dates), sorted and paged by the
// store, with the total. GET /api/statements/search.csv: every matching statement, in the
// same order, as the table's CSV, streamed a batch at a time. The query string is read by
// the contract's parseStatementSearch, the explorer's own reader, and refused with a 400
// saying why. A Fastify plugin over the shipped queries, registered by app.ts inside its guards.

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
import type { Run } from '../../cypher/reads/decode.ts';
import { searchStatements, statementsPage, STATEMENT_CSV_BATCH } from '../../cypher/reads/statementSearch.ts';
import { HttpProblem } from '../errors.ts';
import { clientGone, type RouteContext } from './context.ts';

function parsed(query: unknown, paged: boolean): StatementSearchRequest {
  const result = parseStatementSearch((query ?? {}) as Record<string, unknown>, { paged });
  if (!result.ok) throw new HttpProblem(400, 'BAD_REQUEST', result.error);
  return result.search;
}

/** The CSV's lines: its head, then each batch of rows as the store answers it, until one comes short. */
async function* csvLines(run: Run, filter: StatementSearchFilter, signal: AbortSignal): AsyncGenerator<string> {
  yield TABLE_CSV_HEAD;
  for (let offset = 0; !signal.aborted; offset += STATEMENT_CSV_BATCH) {
    const statements = await statementsPage(run, filter, offset, STATEMENT_CSV_BATCH);
    yield statements.map((statement) => tableCsvLine(tableRow(statement))).join('');
    if (statements.length < STATEMENT_CSV_BATCH) return;
  }
}

export const statementSearchRoutes: FastifyPluginAsync<RouteContext> = async (app, { store }) => {
  const run: Run = (queryName, params) => store.run(queryName, params);

  app.get('/api/statements/search', async (request) => searchStatements(run, parsed(request.query, true)));

  app.get('/api/statements/search.csv', async (request, reply) => {
    const filter = parsed(request.query, false);
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .header('content-disposition', `attachment; filename="statements-${day}.csv"`)
      .type('text/csv; charset=utf-8')
      .send(Readable.from(csvLines(run, filter, clientGone(reply))));
  });
};
