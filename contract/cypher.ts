// Results of user Cypher, one shape for every engine, and the ways a user query is
// refused or fails. Types only; imports nothing.

export interface GraphNodeValue {
  $type: 'node';
  elementId: string;
  labels: string[];
  properties: Record<string, CypherValue>;
}
export interface GraphRelationshipValue {
  $type: 'relationship';
  elementId: string;
  type: string;
  startNodeElementId: string;
  endNodeElementId: string;
  properties: Record<string, CypherValue>;
}
export interface GraphPathValue {
  $type: 'path';
  nodes: GraphNodeValue[];
  relationships: GraphRelationshipValue[];
}
export type CypherValue =
  | null
  | boolean
  | number
  | string
  | CypherValue[]
  | GraphNodeValue
  | GraphRelationshipValue
  | GraphPathValue
  | { [key: string]: CypherValue };

export interface CypherResult {
  columns: string[];
  rows: CypherValue[][];
  /** True when more rows existed than `rowCap`. */
  truncated: boolean;
  rowCap: number;
  elapsedMs: number;
}

/**
 * A refused or failed user query. `position` is 1-based line/column, 0-based offset.
 * A query stopped at its deadline is TIMEOUT; one stopped because its caller gave up
 * (an AbortSignal: the client went away, the user pressed Cancel) is CANCELLED. Callers
 * tell them apart by `code`, never by the message.
 */
export interface CypherErrorInfo {
  code:
    | 'READ_ONLY'
    | 'MULTIPLE_STATEMENTS'
    | 'NOT_PORTABLE'
    | 'SYNTAX'
    | 'TIMEOUT'
    | 'CANCELLED'
    | 'ROW_CAP'
    | 'RESULT_TOO_LARGE'
    | 'MEMORY'
    | 'STORE_DOWN'
    | 'QUERY_FAILED';
  message: string;
  /** The refused clause, e.g. 'CREATE', 'LOAD CSV', 'CALL dbms.*'. */
  clause?: string;
  position?: { line: number; column: number; offset: number };
}
