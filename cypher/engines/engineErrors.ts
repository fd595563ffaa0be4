// An engine's error as the CypherErrorInfo the API and the CLI show: SYNTAX when the query
// is at fault (a GQL status of class 42, a Neo4j syntax or semantic code, or Grafeo's
// words), QUERY_FAILED otherwise, with the position the message names and the message
// without engine codes and source excerpts. Each engine's wording is read in its own module;
// both are tried, as one message never carries the other's marks.

import type { CypherErrorInfo } from '../../contract/cypher.ts';
import { positionText } from '../tokens.ts';
import { GRAFEO_SYNTAX_WORDS, grafeoPosition, stripGrafeoPrefixes } from './grafeoErrors.ts';
import { NEO4J_SYNTAX_CODES, neo4jPosition, stripNeo4jPosition } from './neo4jErrors.ts';

/**
 * Turns an error from an engine into CypherErrorInfo, with the position read from the
 * message (Grafeo: `--> query:LINE:COL`; Neo4j: `(line L, column C (offset: O))`).
 * `prefixLength` is the length of text the adapter put before the user's query on its
 * first line (e.g. 'EXPLAIN '), taken off the position.
 */
export function engineErrorInfo(error: unknown, query: string, prefixLength = 0): CypherErrorInfo {
  const raw = error instanceof Error ? error.message : String(error);
  const gqlStatus = (error as { gqlStatus?: unknown } | null)?.gqlStatus;
  const code = (error as { code?: unknown } | null)?.code;
  const syntax =
    (typeof gqlStatus === 'string' && gqlStatus.startsWith('42')) ||
    (typeof code === 'string' && NEO4J_SYNTAX_CODES.test(code)) ||
    GRAFEO_SYNTAX_WORDS.test(raw);
  const position = grafeoPosition(raw, query, prefixLength) ?? neo4jPosition(raw, query, prefixLength);
  const message = cleanMessage(raw);
  const info: CypherErrorInfo = {
    code: syntax ? 'SYNTAX' : 'QUERY_FAILED',
    message: position ? `${message} (${positionText(position)})` : message,
  };
  if (position) info.position = position;
  return info;
}

/** The first meaningful line of an engine message, without engine codes and source excerpts. */
function cleanMessage(raw: string): string {
  const firstLine = raw.split('\n').find((line) => line.trim() !== '') ?? raw;
  return stripNeo4jPosition(stripGrafeoPrefixes(firstLine)).trim();
}
