// What the console should complete at the cursor: a node label after `:` inside `( )`,
// a relationship type after `:` or `|` inside `[ ]`, a property key after `x.` or as a
// key of a `{…}` map in a pattern, otherwise a keyword. Nothing inside strings or comments.
import type { SchemaInfo } from '../../../contract/api.ts';
import { scanCypher } from './scan.ts';

export type CompletionKind = 'label' | 'relationshipType' | 'propertyKey' | 'keyword';

export interface CompletionSpot {
  kind: CompletionKind;
  /** Offset where the word being completed starts. */
  from: number;
  prefix: string;
}

export const CYPHER_KEYWORDS = [
  'MATCH',
  'OPTIONAL MATCH',
  'WHERE',
  'RETURN',
  'WITH',
  'UNWIND',
  'ORDER BY',
  'SKIP',
  'LIMIT',
  'DISTINCT',
  'AS',
  'AND',
  'OR',
  'XOR',
  'NOT',
  'IN',
  'IS NULL',
  'IS NOT NULL',
  'STARTS WITH',
  'ENDS WITH',
  'CONTAINS',
  'CASE',
  'WHEN',
  'THEN',
  'ELSE',
  'END',
  'ASC',
  'DESC',
  'UNION',
  'UNION ALL',
  'EXISTS',
  'CALL',
  'YIELD',
  'TRUE',
  'FALSE',
  'NULL',
  'shortestPath',
  'allShortestPaths',
  'count',
  'collect',
  'size',
  'length',
  'nodes',
  'relationships',
  'labels',
  'type',
  'id',
  'elementId',
  'properties',
  'coalesce',
  'toLower',
  'toUpper',
  'substring',
  'min',
  'max',
  'avg',
  'sum',
] as const;

const WORD_TAIL = /[A-Za-z_][A-Za-z0-9_]*$|$/;

function previousNonSpace(text: string, index: number): number {
  let i = index - 1;
  while (i >= 0 && /\s/.test(text.charAt(i))) i--;
  return i;
}

/** The completion wanted at `pos` in `text`, or null when none fits. */
export function completionSpot(text: string, pos: number): CompletionSpot | null {
  const before = text.slice(0, pos);
  const state = scanCypher(before);
  if (state.inside !== 'code') return null;
  const prefix = WORD_TAIL.exec(before)?.[0] ?? '';
  const from = pos - prefix.length;
  // a word that starts with a digit or follows `$` is a number or a parameter
  if (prefix && from > 0 && /[0-9$]/.test(before.charAt(from - 1))) return null;
  const innermost = state.brackets[state.brackets.length - 1];
  const mark = previousNonSpace(before, from);
  const markChar = mark >= 0 ? before[mark] : '';

  if (markChar === '.' && before[mark + 1] === '.') return null;
  if (markChar === '.' && mark === from - 1) {
    const owner = before.slice(0, mark);
    if (/([A-Za-z_][A-Za-z0-9_]*|`[^`]*`|\))$/.test(owner) && !/(^|[^A-Za-z0-9_])[0-9]+$/.test(owner)) {
      return { kind: 'propertyKey', from, prefix };
    }
    return null;
  }
  if (markChar === ':' || markChar === '|' || markChar === '&') {
    if (innermost === '(') return { kind: 'label', from, prefix };
    if (innermost === '[') return { kind: 'relationshipType', from, prefix };
    return null;
  }
  if ((markChar === '{' || markChar === ',') && innermost === '{') {
    const outer = state.brackets[state.brackets.length - 2];
    if (outer === '(' || outer === '[') return { kind: 'propertyKey', from, prefix };
    return null;
  }
  if (prefix) return { kind: 'keyword', from, prefix };
  return null;
}

/** Quotes a name with backticks when it is not a plain identifier. */
export function quoteName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

export interface CompletionChoice {
  label: string;
  /** Text inserted (quoted when needed). */
  apply: string;
  detail?: string;
  type: 'type' | 'property' | 'keyword';
}

/** The choices for a spot from the live schema, prefix-filtered, most used first. */
export function completionChoices(spot: CompletionSpot, schema: SchemaInfo | null): CompletionChoice[] {
  const wanted = spot.prefix.toLowerCase();
  const matches = (name: string) => name.toLowerCase().startsWith(wanted);
  if (spot.kind === 'label') {
    return [...(schema?.labels ?? [])]
      .filter((l) => matches(l.label))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
      .map((l) => ({ label: l.label, apply: quoteName(l.label), detail: `${l.count} nodes`, type: 'type' }));
  }
  if (spot.kind === 'relationshipType') {
    return [...(schema?.relationshipTypes ?? [])]
      .filter((r) => matches(r.type))
      .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type))
      .map((r) => ({ label: r.type, apply: quoteName(r.type), detail: `${r.count} relationships`, type: 'type' }));
  }
  if (spot.kind === 'propertyKey') {
    return (schema?.propertyKeys ?? [])
      .filter(matches)
      .map((key) => ({ label: key, apply: quoteName(key), type: 'property' }));
  }
  return CYPHER_KEYWORDS.filter(matches).map((keyword) => ({ label: keyword, apply: keyword, type: 'keyword' }));
}
