// The child process that runs one user query on a read-only snapshot of the embedded store
// (see GrafeoStore.readOnly). Grafeo cannot interrupt a running query, so the query runs
// here, where the parent can stop it by killing the process at its timeout or when the
// client goes away; and this process leaves with MEMORY_EXIT_CODE as soon as its
// resident memory passes the budget, so one query cannot take the server's memory.

import grafeo from '@grafeo-db/js';
import {
  boundedQuery,
  MEMORY_CHECK_MS,
  MEMORY_EXIT_CODE,
  resultTooLargeInfo,
  type QueryAnswer,
  type QueryJob,
} from '../bounds.ts';
import type { CypherValue } from '../../contract/cypher.ts';
import { engineErrorInfo } from './engineErrors.ts';
import { fromGrafeo } from './records.ts';

async function answer(job: QueryJob): Promise<QueryAnswer> {
  process.send?.('started');
  const db = grafeo.GrafeoDB.openReadOnly(job.snapshot);
  try {
    // One row past the cap says whether rows were cut.
    const bounded = boundedQuery(job.query, job.rowCap + 1);
    let result;
    try {
      result = await db.executeCypher(bounded ?? job.query, job.params);
    } catch (error) {
      // The bounded text is the user's with a LIMIT at its end: a syntax error there is
      // retried as written, so the error the user sees is about their own text.
      if (bounded === null || engineErrorInfo(error, job.query).code !== 'SYNTAX') throw error;
      result = await db.executeCypher(job.query, job.params);
    }
    const columns = result.columns;
    const raw = result.rows();
    const rows: CypherValue[][] = [];
    let bytes = 0;
    for (const row of raw.slice(0, job.rowCap)) {
      const values = row.map(fromGrafeo);
      bytes += JSON.stringify(values).length;
      if (bytes > job.maxResultBytes) return { ok: false, info: resultTooLargeInfo(job.maxResultBytes) };
      rows.push(values);
    }
    return { ok: true, columns, rows, truncated: raw.length > job.rowCap };
  } catch (error) {
    return { ok: false, info: engineErrorInfo(error, job.query) };
  } finally {
    db.close();
  }
}

process.once('message', (job: QueryJob) => {
  const watch = setInterval(() => {
    if (process.memoryUsage.rss() > job.memoryBytes) process.exit(MEMORY_EXIT_CODE);
  }, MEMORY_CHECK_MS);
  void answer(job).then((reply) => {
    clearInterval(watch);
    process.send?.(reply, () => process.exit(0));
  });
});
