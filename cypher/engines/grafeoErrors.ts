// How Grafeo words a failed query: `Query error: GRAFEO-Q001: syntax error: [Cypher] …`
// on the first line, then a source excerpt pointing at `--> query:LINE:COL`.

import type { Position } from '../tokens.ts';
import { positionOf } from '../tokens.ts';

/** Grafeo's words for a query at fault (its errors of GQL status class 42 say them too). */
export const GRAFEO_SYNTAX_WORDS = /syntax error|semantic error/i;

const GRAFEO_POSITION = /-->\s*query:(\d+):(\d+)/;

/** The position a Grafeo message points at, less `prefixLength` on the first line; undefined when it names none. */
export function grafeoPosition(raw: string, query: string, prefixLength: number): Position | undefined {
  const match = GRAFEO_POSITION.exec(raw);
  if (!match) return undefined;
  const line = Number(match[1]);
  const column = Number(match[2]) - (line === 1 ? prefixLength : 0);
  return positionOf(query, line, Math.max(1, column));
}

/** A Grafeo first line without its error kind, code and language tag. */
export function stripGrafeoPrefixes(line: string): string {
  return line
    .replace(/^(Query|Database) error:\s*/i, '')
    .replace(/^GRAFEO-[A-Z]\d+:\s*/, '')
    .replace(/^(syntax|semantic) error:\s*(\[Cypher\]\s*)?/i, '');
}
