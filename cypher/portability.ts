// Constructs the two engines answer differently, refused before either runs them, with
// the form both read the same way. A pattern expression inside size() —
// `size((p)-[:SAID]->())` — is counted by Neo4j 4, refused by Neo4j 5, and answered with
// null by the embedded engine: a console table of nulls would look like an answer.
// Kept apart from the read-only gate (readonly.ts); it reads the same tokens (tokens.ts).

import type { CypherErrorInfo } from '../contract/cypher.ts';
import { positionAt, tokenize, type Token } from './tokens.ts';

const isPunct = (token: Token | undefined, text: string) => token?.kind === 'punct' && token.text === text;

/**
 * Whether the tokens from `index` start a relationship after a node pattern's `)`:
 * `)-[`, `)--(`, `)-->`, `)<-[`, `)<--`. Arithmetic and comparisons (`(a)-1`,
 * `(a)<-1`) do not.
 */
function startsRelationship(tokens: Token[], index: number): boolean {
  const [a, b, c, d] = [tokens[index + 1], tokens[index + 2], tokens[index + 3], tokens[index + 4]];
  if (isPunct(a, '-')) return isPunct(b, '[') || (isPunct(b, '-') && (isPunct(c, '(') || isPunct(c, '>')));
  if (isPunct(a, '<') && isPunct(b, '-')) return isPunct(c, '[') || (isPunct(c, '-') && isPunct(d, '('));
  return false;
}

/**
 * The argument of the call opened at `open` (its `(`): the index of its closing `)` and
 * whether a pattern is written directly in it (a pattern inside a list comprehension,
 * `size([(p)-->() | 1])`, is portable and does not count).
 */
function callArgument(tokens: Token[], open: number): { close: number; pattern: boolean } {
  let depth = 0;
  let brackets = 0;
  let pattern = false;
  for (let i = open; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== 'punct') continue;
    if (token.text === '(') depth++;
    else if (token.text === '[' || token.text === '{') brackets++;
    else if (token.text === ']' || token.text === '}') brackets--;
    else if (token.text === ')') {
      depth--;
      if (depth === 0) return { close: i, pattern };
      if (brackets === 0 && startsRelationship(tokens, i)) pattern = true;
    }
  }
  return { close: tokens.length - 1, pattern };
}

/** Null when the query reads the same on both engines as far as known, else why not. */
export function checkPortable(query: string): CypherErrorInfo | null {
  let tokens: Token[];
  try {
    tokens = tokenize(query);
  } catch {
    return null; // the read-only gate reports syntax errors
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== 'word' || token.text !== 'SIZE' || !isPunct(tokens[i + 1], '(')) continue;
    if (isPunct(tokens[i - 1], '.')) continue; // a property or function namespace named size
    const { close, pattern } = callArgument(tokens, i + 1);
    if (!pattern) continue;
    const inner = tokens[i + 2];
    const end = tokens[close];
    const text = inner && end ? query.slice(inner.start, end.start).trim() : '…';
    const position = positionAt(query, token.start);
    return {
      code: 'NOT_PORTABLE',
      message:
        `size() of a pattern (line ${position.line}, column ${position.column}) is answered differently by the engines ` +
        `(null on the embedded one, an error on Neo4j 5): count the matches with COUNT { ${text} } instead.`,
      position,
    };
  }
  return null;
}
