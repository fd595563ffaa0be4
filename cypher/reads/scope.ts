// What a set of articles contains, for the explorer's source and publication-date filters,
// and statements fetched by id (the explorer's "statements as nodes" view). Written over
// `run` like the other reads, so both engines answer the same. An article's outlet is not stored:
// it is the registrable domain of its URL (or of its source, when the source is a URL), else
// the source name it declared, derived in one place (contract/outlet.ts); articles read from
// local files with neither have no outlet.

import type { ContentScope, OutletCount, StatementView } from '../../contract/api.ts';
import { compareText, num, statementView, str, strOrNull, type Run } from './decode.ts';
import type { Params, Row } from '../store.ts';
import { MAX_STATEMENTS_BY_ID } from '../../contract/limits.ts';
import { NO_OUTLET, outletOf } from '../../contract/outlet.ts';

export type { Run };

export { NO_OUTLET, outletOf };

export interface ScopeFilter {
  /** An outlet key (outletOf) or NO_OUTLET; absent: every outlet. */
  outlet?: string;
  /** Inclusive ISO (partial) dates compared on the article's publication date. */
  from?: string;
  to?: string;
}

/** The outlet of a scope/articles row. */
const rowOutlet = (row: Row): string =>
  outletOf({ url: strOrNull(row.url), source: str(row.source), sourceName: strOrNull(row.sourceName) });

function dateParams(filter: ScopeFilter): Params {
  // Inclusive of a partial date: '2024-03' keeps '2024-03-31'.
  return { from: filter.from ?? null, toBefore: filter.to ? `${filter.to}\uffff` : null };
}

/**
 * Every outlet with its articles and statements, most articles first, then by key; its name
 * is the source name most of its articles declare (the first in order of text on a tie).
 */
export async function outlets(run: Run): Promise<OutletCount[]> {
  const rows = await run('scope/articles', dateParams({}));
  const counts = new Map<string, { articles: number; statements: number; names: Map<string, number> }>();
  for (const row of rows) {
    const outlet = rowOutlet(row);
    let entry = counts.get(outlet);
    if (!entry) {
      entry = { articles: 0, statements: 0, names: new Map() };
      counts.set(outlet, entry);
    }
    entry.articles++;
    entry.statements += num(row.statements);
    const name = strOrNull(row.sourceName)?.trim();
    if (name) entry.names.set(name, (entry.names.get(name) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([outlet, entry]) => {
      const names = [...entry.names.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
      return { outlet, name: names[0]?.[0] ?? null, articles: entry.articles, statements: entry.statements };
    })
    .sort((a, b) => b.articles - a.articles || compareText(a.outlet, b.outlet));
}

/** The ids of the articles of one outlet and/or publication-date range, sorted. */
export async function scopeArticleIds(run: Run, filter: ScopeFilter): Promise<string[]> {
  const rows = await run('scope/articles', dateParams(filter));
  return rows
    .filter((row) => filter.outlet === undefined || rowOutlet(row) === filter.outlet)
    .map((row) => str(row.id))
    .sort(compareText);
}

/** The articles of one outlet and/or publication-date range, with their entities and statements. */
export async function contentScope(run: Run, filter: ScopeFilter): Promise<ContentScope> {
  const articleIds = await scopeArticleIds(run, filter);
  if (articleIds.length === 0) return { articleIds, entityIds: [], statementIds: [] };
  const [entityRows, statementRows] = await Promise.all([
    run('scope/entities', { ids: articleIds }),
    run('scope/statements', { ids: articleIds }),
  ]);
  const entityIds = new Set(entityRows.map((row) => str(row.id)));
  for (const row of statementRows) if (row.speakerId) entityIds.add(str(row.speakerId));
  return {
    articleIds,
    entityIds: [...entityIds].sort(compareText),
    statementIds: statementRows.map((row) => str(row.id)).sort(compareText),
  };
}

/** The statements `ids` names (unknown ones left out, at most MAX_STATEMENTS_BY_ID), by id. */
export async function statementsByIds(run: Run, ids: string[]): Promise<StatementView[]> {
  const unique = [...new Set(ids)].slice(0, MAX_STATEMENTS_BY_ID);
  if (unique.length === 0) return [];
  const rows = await run('scope/statements-by-id', { ids: unique });
  return rows.map(statementView);
}
