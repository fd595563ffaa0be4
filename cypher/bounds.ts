// Limits on one user query, so that a console query cannot take the server's memory:
// the row cap becomes a LIMIT the engine sees (it stops producing rows there instead of
// materialising every row before the cap is applied), the answer has a size cap, and
// on the embedded engine the query runs in a child process with a memory budget
// (cypher/engines/queryWorker.ts).

import type { CypherErrorInfo, CypherValue } from '../contract/cypher.ts';
import { tokenize } from './tokens.ts';
import type { Params } from './store.ts';

/** Rows one user query answers when its caller names no row cap. */
export const DEFAULT_ROW_CAP = 1000;
/** Most bytes of rows (as JSON) one answer may hold. */
export const DEFAULT_MAX_RESULT_BYTES = 32 * 1024 * 1024;
/** Most resident memory of the process running one embedded query. */
export const DEFAULT_QUERY_MEMORY_BYTES = 1024 * 1024 * 1024;

/**
 * The query with its row count bounded by `limit`: a final `LIMIT n` is lowered to
 * `limit` when larger, a final RETURN without LIMIT gets `LIMIT limit`. Null when the
 * query cannot be bounded this way (no final RETURN, a top-level UNION, a LIMIT that is
 * not a number, text the tokenizer refuses): it then runs as written.
 */
export function boundedQuery(query: string, limit: number): string | null {
  let tokens: ReturnType<typeof tokenize>;
  try {
    tokens = tokenize(query);
  } catch {
    return null;
  }
  let depth = 0;
  let lastReturn = -1;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as (typeof tokens)[number];
    if (token.kind === 'punct' && '({['.includes(token.text)) depth += 1;
    else if (token.kind === 'punct' && ')}]'.includes(token.text)) depth -= 1;
    else if (depth === 0 && token.kind === 'word' && token.text === 'UNION') return null;
    else if (depth === 0 && token.kind === 'word' && token.text === 'RETURN') lastReturn = i;
  }
  if (lastReturn < 0) return null;
  const tail = tokens.slice(lastReturn);
  const limitAt = tail.findIndex((token) => token.kind === 'word' && token.text === 'LIMIT');
  if (limitAt < 0) return `${query}\nLIMIT ${limit}`;
  const value = tail[limitAt + 1];
  if (limitAt !== tail.length - 2 || value?.kind !== 'number' || !/^\d+$/.test(value.text)) return null;
  if (Number(value.text) <= limit) return query;
  return `${query.slice(0, value.start)}${limit}${query.slice(value.start + value.text.length)}`;
}

/** The exit code of a query process that went over its memory budget. */
export const MEMORY_EXIT_CODE = 75;
/** How often the query process compares its resident memory with the budget. */
export const MEMORY_CHECK_MS = 10;

export interface QueryJob {
  /** The snapshot file, opened read-only. */
  snapshot: string;
  query: string;
  params: Params;
  rowCap: number;
  maxResultBytes: number;
  memoryBytes: number;
}

export type QueryAnswer =
  { ok: true; columns: string[]; rows: CypherValue[][]; truncated: boolean } | { ok: false; info: CypherErrorInfo };

function describeBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MiB` : `${bytes} bytes`;
}

export function memoryInfo(memoryBytes: number): CypherErrorInfo {
  return {
    code: 'MEMORY',
    message: `The query needed more than its memory budget of ${describeBytes(memoryBytes)} and was stopped.`,
  };
}

export function resultTooLargeInfo(maxResultBytes: number): CypherErrorInfo {
  return {
    code: 'RESULT_TOO_LARGE',
    message: `The result is larger than the answer size limit of ${describeBytes(maxResultBytes)}: return fewer or smaller rows.`,
  };
}
