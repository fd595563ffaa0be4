// Statements over time, for the explorer's timeline: how many statements carry each date.
// Written over `run` like the other reads, so both engines answer the same; the order is
// made here (engines place null dates differently).

import type { StatementTimeline } from '../../contract/api.ts';
import { compareText, num, strOrNull, type Run } from './decode.ts';

export async function statementTimeline(run: Run): Promise<StatementTimeline> {
  const rows = await run('statements/timeline', {});
  let undated = 0;
  const dates: StatementTimeline['dates'] = [];
  for (const row of rows) {
    const date = strOrNull(row.date);
    if (date) dates.push({ date, statements: num(row.statements) });
    else undated += num(row.statements);
  }
  dates.sort((a, b) => compareText(a.date, b.date));
  return { dates, undated };
}
