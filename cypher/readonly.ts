// The gate in front of user-typed Cypher: the query read as the engines read it
// (tokens.ts), and an allow-list: one statement, whose words in clause position are
// read clauses and expression words (READ_WORDS); every other word is refused by name,
// with a reason for the known ones (write clauses, schema commands, LOAD CSV anywhere,
// writing or admin procedures, USE, administration commands, CALL { … } IN TRANSACTIONS).
// The engines then run what passes read-only as a second line of defence (READ access
// mode on Neo4j, an always rolled back transaction on Grafeo), which cannot undo schema
// commands nor the labels and property keys a rolled back write named: that is why
// they are refused here first.

import type { CypherErrorInfo } from '../contract/cypher.ts';
import { CypherQueryError } from './queryError.ts';
import { positionAt, positionText, tokenize, type Token } from './tokens.ts';

/** Procedures that only read; every other CALL of a named procedure is refused. */
export const READ_PROCEDURES = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.index.vector.queryNodes',
  'db.index.vector.queryRelationships',
  'db.info',
  'db.ping',
] as const;

const READ_PROCEDURE_SET = new Set(READ_PROCEDURES.map((name) => name.toLowerCase()));

const WRITE_CLAUSES = new Set(['MERGE', 'SET', 'REMOVE', 'DELETE', 'FOREACH', 'INSERT']);
const SCHEMA_OBJECTS = new Set([
  'INDEX',
  'CONSTRAINT',
  'RANGE',
  'TEXT',
  'POINT',
  'LOOKUP',
  'FULLTEXT',
  'VECTOR',
  'BTREE',
  'UNIQUE',
]);
const ADMIN_OBJECTS = new Set([
  'DATABASE',
  'COMPOSITE',
  'ALIAS',
  'USER',
  'ROLE',
  'SERVER',
  'GRAPH',
  'SCHEMA',
  'PROPERTY',
  'OR',
]);
const ADMIN_COMMANDS = new Set([
  'GRANT',
  'DENY',
  'REVOKE',
  'ALTER',
  'START',
  'STOP',
  'TERMINATE',
  'RENAME',
  'ENABLE',
  'DEALLOCATE',
  'REALLOCATE',
  'DRYRUN',
  'BEGIN',
  'COMMIT',
  'ROLLBACK',
  'SESSION',
]);
const SHOW_READABLE = new Set([
  'INDEX',
  'INDEXES',
  'CONSTRAINT',
  'CONSTRAINTS',
  'PROCEDURE',
  'PROCEDURES',
  'FUNCTION',
  'FUNCTIONS',
]);

function refusal(query: string, token: Token, clause: string, reason: string): CypherErrorInfo {
  const position = positionAt(query, token.start);
  return {
    code: 'READ_ONLY',
    clause,
    message: `${clause} is not allowed: ${reason} (${positionText(position)}).`,
    position,
  };
}

/**
 * Every word a read query may hold where a clause keyword can stand: the read clauses
 * and the words of expressions, ordering and paging. Any other word there is refused by
 * name, so a clause the gate does not know (or a new engine's) cannot slip through.
 */
const READ_WORDS = new Set([
  'MATCH',
  'OPTIONAL',
  'WITH',
  'UNWIND',
  'WHERE',
  'RETURN',
  'ORDER',
  'BY',
  'ASC',
  'ASCENDING',
  'DESC',
  'DESCENDING',
  'SKIP',
  'OFFSET',
  'LIMIT',
  'UNION',
  'ALL',
  'CALL',
  'YIELD',
  'AS',
  'DISTINCT',
  'AND',
  'OR',
  'XOR',
  'NOT',
  'IN',
  'IS',
  'NULL',
  'TRUE',
  'FALSE',
  'STARTS',
  'ENDS',
  'CONTAINS',
  'CASE',
  'WHEN',
  'THEN',
  'ELSE',
  'END',
  'EXISTS',
  'COUNT',
  'COLLECT',
  'ANY',
  'SHORTEST',
  'PATH',
  'PATHS',
  'GROUPS',
]);

const READ_ONLY_REASON = 'queries here are read-only';
const READ_CLAUSES_REASON =
  'only read clauses (MATCH, OPTIONAL MATCH, WITH, UNWIND, WHERE, RETURN, ORDER BY, SKIP, LIMIT, UNION, CALL { … }) can run here';
const SCHEMA_REASON = 'schema commands (indexes, constraints) cannot run here';
const ADMIN_REASON = 'administration commands cannot run here';

/** Tokens after which a word is a name or an expression, never the start of a clause. */
const NAME_AFTER_PUNCT = new Set(['.', ':', '|', '&', '!', ',', '(', '[', '=', '<', '>', '+', '-', '/', '%', '^']);
/** Operators: after one, a word is an operand to the gate, but an engine may end the expression there. */
const OPERATORS = new Set(['=', '<', '>', '+', '-', '/', '%', '^', '*']);
/** Words that start a refused clause: never read as an operand right after an operator. */
const CLAUSE_STARTS = new Set([
  'CREATE',
  'MERGE',
  'SET',
  'REMOVE',
  'DELETE',
  'DETACH',
  'NODETACH',
  'FOREACH',
  'INSERT',
  'LOAD',
  'CALL',
  'DROP',
  'USE',
  ...['GRANT', 'DENY', 'REVOKE', 'ALTER', 'START', 'STOP', 'TERMINATE', 'RENAME', 'ENABLE', 'COMMIT', 'ROLLBACK'],
]);
const NAME_AFTER_WORD = new Set([
  'AS',
  'RETURN',
  'WITH',
  'DISTINCT',
  'BY',
  'AND',
  'OR',
  'XOR',
  'NOT',
  'IN',
  'WHERE',
  'UNWIND',
  'CONTAINS',
  'IS',
  'WHEN',
  'THEN',
  'ELSE',
  'CASE',
  'YIELD',
  'CALL',
  'SKIP',
  'OFFSET',
  'LIMIT',
]);

/** The words before `*` that make it a wildcard (`WITH *`), after which a clause can follow. */
const WILDCARD_AFTER = new Set(['WITH', 'RETURN', 'YIELD']);

/**
 * Whether a word token stands where a clause keyword can, rather than as a name: not a
 * property (`n.set`), a label or type (`:CREATE`, `|DELETE`), a map key (`{create: 1}`),
 * an alias (`AS merge`) or a variable inside an expression (`RETURN set`, `(set)`).
 */
function isKeyword(tokens: Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (token.kind !== 'word') return false;
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if (previous?.kind === 'punct' && OPERATORS.has(previous.text) && CLAUSE_STARTS.has(token.text)) return true;
  if (previous && previous.kind === 'punct' && NAME_AFTER_PUNCT.has(previous.text)) return false;
  // `2 * x` multiplies a name; `WITH * MATCH` starts a clause.
  if (previous && previous.kind === 'punct' && previous.text === '*') {
    const before = tokens[index - 2];
    if (!(before && before.kind === 'word' && WILDCARD_AFTER.has(before.text))) return false;
  }
  if (previous && previous.kind === 'word' && NAME_AFTER_WORD.has(previous.text)) return false;
  if (next && next.kind === 'punct' && next.text === ':') return false;
  // A path variable: `MATCH p = (a)-->(b)`.
  if (next && next.kind === 'punct' && next.text === '=' && previous?.kind === 'word' && previous.text === 'MATCH')
    return false;
  return true;
}

/** `… IN [n] [CONCURRENT] TRANSACTIONS`: the token that opens it, or null. */
function inTransactions(tokens: Token[]): Token | null {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== 'word' || token.text !== 'TRANSACTIONS') continue;
    let j = i - 1;
    if (wordAt(tokens, j) === 'CONCURRENT') j--;
    const count = tokens[j];
    if (count && (count.kind === 'number' || count.kind === 'parameter')) j--;
    if (wordAt(tokens, j) === 'IN') return tokens[j] as Token;
  }
  return null;
}

function wordAt(tokens: Token[], index: number): string | undefined {
  const token = tokens[index];
  return token && token.kind === 'word' ? token.text : undefined;
}

/** The dotted procedure name after CALL, as written, and the index after it. */
function procedureName(query: string, tokens: Token[], index: number): string | null {
  const parts: string[] = [];
  let i = index;
  for (;;) {
    const token = tokens[i];
    if (!token || (token.kind !== 'word' && token.kind !== 'quoted')) return parts.length ? parts.join('.') : null;
    parts.push(token.kind === 'word' ? query.slice(token.start, token.start + token.text.length) : token.text);
    const dot = tokens[i + 1];
    if (!dot || dot.kind !== 'punct' || dot.text !== '.') return parts.join('.');
    i += 2;
  }
}

function checkStatement(query: string, tokens: Token[]): CypherErrorInfo | null {
  let first = 0;
  while (wordAt(tokens, first) === 'EXPLAIN' || wordAt(tokens, first) === 'PROFILE') first++;
  const lead = tokens[first];
  if (!lead) {
    const position = positionAt(query, query.length);
    return {
      code: 'SYNTAX',
      message: `The query has no statement after EXPLAIN/PROFILE (${positionText(position)}).`,
      position,
    };
  }
  if (lead.kind === 'punct' && lead.text === ':') {
    return refusal(query, lead, 'client command', 'client commands such as :param or :use cannot run here');
  }
  const leadWord = wordAt(tokens, first);
  if (leadWord && ADMIN_COMMANDS.has(leadWord)) return refusal(query, lead, leadWord, ADMIN_REASON);
  if (leadWord === 'SHOW') {
    const objects = [1, 2, 3].map((offset) => wordAt(tokens, first + offset));
    if (!objects.some((word) => word && SHOW_READABLE.has(word))) {
      return refusal(query, lead, `SHOW ${objects[0] ?? ''}`.trim(), ADMIN_REASON);
    }
  }

  // LOAD CSV reads files and URLs: refused wherever it stands, even where a name could.
  for (let i = first; i < tokens.length - 1; i++) {
    const previous = tokens[i - 1];
    if (previous && previous.kind === 'punct' && previous.text === '.') continue;
    if (wordAt(tokens, i) === 'LOAD' && wordAt(tokens, i + 1) === 'CSV') {
      return refusal(query, tokens[i] as Token, 'LOAD CSV', 'queries cannot read files here');
    }
  }

  // What follows SHOW up to its YIELD, WHERE or RETURN is SHOW's own grammar.
  let from = first;
  if (leadWord === 'SHOW') {
    from = first + 1;
    while (from < tokens.length && !['YIELD', 'WHERE', 'RETURN'].includes(wordAt(tokens, from) ?? '')) from++;
  }
  const batched = inTransactions(tokens);

  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token === batched) {
      return refusal(query, token, 'CALL { … } IN TRANSACTIONS', 'queries run in one read-only transaction');
    }
    if (!isKeyword(tokens, i)) continue;
    const word = token.text;
    const next = wordAt(tokens, i + 1);
    if (word === 'CREATE') {
      if (next && SCHEMA_OBJECTS.has(next)) {
        const object = tokens.slice(i + 1, i + 4).some((t) => t.kind === 'word' && t.text === 'CONSTRAINT')
          ? 'CONSTRAINT'
          : 'INDEX';
        return refusal(query, token, `CREATE ${object}`, SCHEMA_REASON);
      }
      if (next && ADMIN_OBJECTS.has(next))
        return refusal(query, token, `CREATE ${next === 'OR' ? 'OR REPLACE' : next}`, ADMIN_REASON);
      return refusal(query, token, 'CREATE', READ_ONLY_REASON);
    }
    if (word === 'DROP') {
      if (next === 'INDEX' || next === 'CONSTRAINT') return refusal(query, token, `DROP ${next}`, SCHEMA_REASON);
      return refusal(query, token, next ? `DROP ${next}` : 'DROP', ADMIN_REASON);
    }
    if ((word === 'DETACH' || word === 'NODETACH') && next === 'DELETE')
      return refusal(query, token, `${word} DELETE`, READ_ONLY_REASON);
    if (WRITE_CLAUSES.has(word)) return refusal(query, token, word, READ_ONLY_REASON);
    if (word === 'USE') return refusal(query, token, 'USE', 'queries run on the configured database only');
    if (word === 'CALL') {
      const after = tokens[i + 1];
      if (!after || after.kind === 'punct') continue;
      const name = procedureName(query, tokens, i + 1);
      if (!name) continue;
      const namespace = name.split('.')[0]?.toLowerCase();
      if (namespace === 'apoc') return refusal(query, token, 'CALL apoc.*', 'APOC procedures cannot run here');
      if (namespace === 'dbms') return refusal(query, token, 'CALL dbms.*', 'dbms procedures cannot run here');
      if (!READ_PROCEDURE_SET.has(name.toLowerCase())) {
        return refusal(
          query,
          token,
          `CALL ${name}`,
          `only read-only procedures (${READ_PROCEDURES.slice(0, 3).join(', ')}, …) can be called here`,
        );
      }
    }
    if (!READ_WORDS.has(word)) return refusal(query, token, word, READ_CLAUSES_REASON);
  }
  return null;
}

/**
 * Checks that `query` is one read-only statement. Returns null when it may run, or why
 * not: MULTIPLE_STATEMENTS, READ_ONLY (with the refused clause) or SYNTAX (empty query,
 * unterminated string or comment), each with its position.
 */
export function checkReadOnly(query: string): CypherErrorInfo | null {
  let tokens: Token[];
  try {
    tokens = tokenize(query);
  } catch (error) {
    if (error instanceof CypherQueryError) return error.info;
    throw error;
  }
  const statements: Token[][] = [[]];
  for (const token of tokens) {
    if (token.kind === 'punct' && token.text === ';') statements.push([]);
    else (statements[statements.length - 1] as Token[]).push(token);
  }
  const nonEmpty = statements.filter((statement) => statement.length > 0);
  if (nonEmpty.length === 0) {
    return { code: 'SYNTAX', message: 'The query is empty.', position: positionAt(query, 0) };
  }
  if (nonEmpty.length > 1) {
    const second = (nonEmpty[1] as Token[])[0] as Token;
    const position = positionAt(query, second.start);
    return {
      code: 'MULTIPLE_STATEMENTS',
      message: `Only one statement can run at a time: a second statement starts at ${positionText(position)}.`,
      position,
    };
  }
  return checkStatement(query, nonEmpty[0] as Token[]);
}

/** The query without a final `;` (and what follows it), which the engines would read as a second statement. */
export function statementText(query: string): string {
  let tokens: Token[];
  try {
    tokens = tokenize(query);
  } catch {
    return query;
  }
  const last = tokens[tokens.length - 1];
  return last && last.kind === 'punct' && last.text === ';' ? query.slice(0, last.start) : query;
}
