// How Neo4j words a failed query: the message ends its first line with
// `(line L, column C (offset: O))`, and the error's `code` names its kind
// (`Neo.ClientError.Statement.SyntaxError`).

import type { Position } from '../tokens.ts';
import { positionAt } from '../tokens.ts';

const NEO4J_POSITION = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

/** The position a Neo4j message names, less `prefixLength`; undefined when it names none. */
export function neo4jPosition(raw: string, query: string, prefixLength: number): Position | undefined {
  const match = NEO4J_POSITION.exec(raw);
  if (!match) return undefined;
  const offset = Number(match[3]) - prefixLength;
  return positionAt(query, Math.max(0, offset));
}

/** A Neo4j first line without its position, which the answer says in its own words. */
export function stripNeo4jPosition(line: string): string {
  return line.replace(NEO4J_POSITION, '');
}

/** Error codes of Neo4j failures that are the query's fault, answered as SYNTAX. */
export const NEO4J_SYNTAX_CODES = /SyntaxError|SemanticError|ParameterMissing|ArgumentError|TypeError/;
