// Tokens and positions of user Cypher, shared by the read-only gate (readonly.ts), the
// portability check and the row bound: a tokenizer that knows strings, comments,
// backticked names, parameters and where the grammar ends a number (`1CREATE` is `1` then
// `CREATE`), so that all three read a query as the engines do.

import type { CypherErrorInfo } from '../contract/cypher.ts';
import { CypherQueryError } from './queryError.ts';

export type Position = NonNullable<CypherErrorInfo['position']>;

/** 1-based line and column of a 0-based offset. */
export function positionAt(query: string, offset: number): Position {
  const clamped = Math.max(0, Math.min(offset, query.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < clamped; i++) {
    if (query[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: clamped - lineStart + 1, offset: clamped };
}

/** The position of a 1-based line and column. */
export function positionOf(query: string, line: number, column: number): Position {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = query.indexOf('\n', offset);
    if (next < 0) break;
    offset = next + 1;
  }
  return positionAt(query, offset + column - 1);
}

/** A position as the messages say it: `line L, column C`. */
export function positionText(position: Position): string {
  return `line ${position.line}, column ${position.column}`;
}

export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'parameter' | 'punct';

export interface Token {
  kind: TokenKind;
  /** Upper-cased text for words, the text itself otherwise. */
  text: string;
  start: number;
}

function syntaxError(query: string, offset: number, message: string): CypherQueryError {
  const position = positionAt(query, offset);
  return new CypherQueryError({ code: 'SYNTAX', message: `${message} (${positionText(position)})`, position });
}

const WORD_START = /[\p{L}_]/u;
const WORD_PART = /[\p{L}\p{N}_]/u;

/**
 * Where a number literal starting at `start` ends, as the Cypher grammar reads it:
 * hexadecimal (`0x1F`), octal (`0o17`), or digits with one fraction and one exponent
 * (`1_000.5e-3`). A letter right after it starts the next token: the engine reads
 * `1CREATE` as `1` then `CREATE`, and so must the gate.
 */
function numberEnd(query: string, start: number): number {
  const digitsFrom = (from: number, digit: RegExp): number => {
    let i = from;
    while (i < query.length && (digit.test(query[i] as string) || (query[i] === '_' && i > from))) i++;
    while (i > from && query[i - 1] === '_') i--;
    return i;
  };
  const prefix = query.slice(start, start + 2).toLowerCase();
  if (prefix === '0x' || prefix === '0o') {
    const end = digitsFrom(start + 2, prefix === '0x' ? /[0-9a-fA-F]/ : /[0-7]/);
    if (end > start + 2) return end;
  }
  let i = digitsFrom(start, /[0-9]/);
  if (query[i] === '.' && /[0-9]/.test(query[i + 1] ?? '')) i = digitsFrom(i + 1, /[0-9]/);
  if (query[i] === 'e' || query[i] === 'E') {
    const sign = query[i + 1] === '+' || query[i + 1] === '-' ? 1 : 0;
    if (/[0-9]/.test(query[i + 1 + sign] ?? '')) i = digitsFrom(i + 1 + sign, /[0-9]/);
  }
  return i;
}

/** Splits a query into tokens, skipping whitespace and comments. Throws SYNTAX for an unterminated string, name or comment. */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = query.length;
  while (i < n) {
    const c = query[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '/' && query[i + 1] === '/') {
      while (i < n && query[i] !== '\n') i++;
    } else if (c === '/' && query[i + 1] === '*') {
      const end = query.indexOf('*/', i + 2);
      if (end < 0) throw syntaxError(query, i, 'Unterminated comment');
      i = end + 2;
    } else if (c === "'" || c === '"') {
      const start = i++;
      while (i < n && query[i] !== c) i += query[i] === '\\' ? 2 : 1;
      if (i >= n) throw syntaxError(query, start, 'Unterminated string');
      i++;
      tokens.push({ kind: 'string', text: query.slice(start, i), start });
    } else if (c === '`') {
      const start = i++;
      for (;;) {
        const end = query.indexOf('`', i);
        if (end < 0) throw syntaxError(query, start, 'Unterminated backticked name');
        i = end + 1;
        if (query[i] !== '`') break;
        i++;
      }
      tokens.push({ kind: 'quoted', text: query.slice(start + 1, i - 1).replaceAll('``', '`'), start });
    } else if (c === '$') {
      const start = i++;
      if (query[i] === '`') {
        const end = query.indexOf('`', i + 1);
        if (end < 0) throw syntaxError(query, start, 'Unterminated backticked name');
        i = end + 1;
      } else {
        while (i < n && WORD_PART.test(query[i] as string)) i++;
      }
      tokens.push({ kind: 'parameter', text: query.slice(start, i), start });
    } else if (/[0-9]/.test(c)) {
      const start = i;
      i = numberEnd(query, i);
      tokens.push({ kind: 'number', text: query.slice(start, i), start });
    } else if (WORD_START.test(c)) {
      const start = i;
      while (i < n && WORD_PART.test(query[i] as string)) i++;
      tokens.push({ kind: 'word', text: query.slice(start, i).toUpperCase(), start });
    } else {
      tokens.push({ kind: 'punct', text: c, start: i });
      i++;
    }
  }
  return tokens;
}
