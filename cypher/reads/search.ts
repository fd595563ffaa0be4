// Entities found by name or alias: folded text matched on the engine, each hit told which
// of its names matched, best rank first (the whole name, its start, a word's start, inside).

import type { SearchHit } from '../../contract/api.ts';
import { MAX_STATEMENTS_PAGE } from '../../contract/limits.ts';
import { foldText, SEARCH_SEPARATOR } from '../text.ts';
import { clamp, entityType, num, str, strList, type Run } from './decode.ts';

function matchRank(candidate: string, query: string): number {
  const folded = foldText(candidate);
  if (folded === query) return 0;
  if (folded.startsWith(query)) return 1;
  if (` ${folded}`.includes(` ${query}`)) return 2;
  return folded.includes(query) ? 3 : 4;
}

export async function search(run: Run, text: string, limit: number): Promise<SearchHit[]> {
  const query = foldText(text).replaceAll(SEARCH_SEPARATOR, ' ').trim();
  if (!query) return [];
  const rows = await run('search/entities', {
    contains: query,
    exact: `${SEARCH_SEPARATOR}${query}${SEARCH_SEPARATOR}`,
    prefix: `${SEARCH_SEPARATOR}${query}`,
    wordPrefix: ` ${query}`,
    limit: clamp(limit, 1, MAX_STATEMENTS_PAGE),
  });
  return rows.map((row) => {
    const name = str(row.name);
    const aliases = strList(row.aliases);
    let matched = name;
    let best = matchRank(name, query);
    for (const alias of aliases) {
      const rank = matchRank(alias, query);
      if (rank < best) {
        best = rank;
        matched = alias;
      }
    }
    return { id: str(row.id), name, type: entityType(row.type), aliases, matched, mentions: num(row.mentions) };
  });
}
