// Statements over time, for the explorer's timeline: how many statements carry each date,
// over the whole store or over the articles the view's filters keep (one outlet, a
// publication-date range, one article). Written over `run` like the other reads, so both
// engines answer the same; the order is made here (engines place null dates differently).

import type { StatementTimeline } from '../../contract/api.ts';
import { compareText, num, strOrNull, type Run } from './decode.ts';
import { scopeArticleIds, type ScopeFilter } from './scope.ts';

export interface TimelineFilter extends ScopeFilter {
  /** Only this article's statements. */
  article?: string;
}

/** The articles a filter keeps, or null when it keeps them all. */
async function articlesOf(run: Run, filter: TimelineFilter): Promise<string[] | null> {
  const { article, ...scope } = filter;
  const scoped = scope.outlet !== undefined || scope.from !== undefined || scope.to !== undefined;
  if (!scoped) return article === undefined ? null : [article];
  const ids = await scopeArticleIds(run, scope);
  return article === undefined ? ids : ids.filter((id) => id === article);
}

export async function statementTimeline(run: Run, filter: TimelineFilter = {}): Promise<StatementTimeline> {
  const articles = await articlesOf(run, filter);
  const rows =
    articles === null
      ? await run('statements/timeline', {})
      : articles.length === 0
        ? []
        : await run('statements/timeline-of-articles', { ids: articles });
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
