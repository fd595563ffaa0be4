// What the search box lists for one query: the entities whose names match, the statements
// whose quotes match (speaker, a snippet of the quote around the match, article), and a
// way to the statements finder with every match. Pure: the panel renders these.
import type { SearchHit, StatementView } from '../../../contract/api.ts';
import { splitMatch } from './searchNavigation.ts';

export type SearchResult =
  | { kind: 'entity'; hit: SearchHit }
  | { kind: 'statement'; statement: StatementView }
  | { kind: 'allStatements'; text: string };

/** Entities first, then statements, then the way to all statements when any matched. */
export function searchResults(text: string, entities: SearchHit[], statements: StatementView[]): SearchResult[] {
  const results: SearchResult[] = entities.map((hit) => ({ kind: 'entity', hit }));
  for (const statement of statements) results.push({ kind: 'statement', statement });
  if (statements.length > 0) results.push({ kind: 'allStatements', text: text.trim() });
  return results;
}

/** A key unique within one list of results. */
export function resultKey(result: SearchResult): string {
  switch (result.kind) {
    case 'entity':
      return `entity:${result.hit.id}`;
    case 'statement':
      return `statement:${result.statement.id}`;
    case 'allStatements':
      return 'all-statements';
  }
}

const ELLIPSIS = '…';

/**
 * The quote around the first folded match of `query`: [before, match, after], with at most
 * `context` characters on each side, cut at a space where there is one and marked with an
 * ellipsis. Without a match, the start of the quote and no highlight.
 */
export function quoteSnippet(quote: string, query: string, context: number): [string, string, string] {
  const [before, match, after] = splitMatch(quote, query);
  if (!match) {
    return quote.length <= 2 * context ? [quote, '', ''] : [cutAfter(quote, 2 * context), '', ''];
  }
  return [cutBefore(before, context), match, cutAfter(after, context)];
}

function cutBefore(text: string, context: number): string {
  if (text.length <= context) return text;
  const from = text.length - context;
  const tail = text.slice(from);
  if (text[from - 1] === ' ') return ELLIPSIS + tail;
  const space = tail.indexOf(' ');
  return ELLIPSIS + (space >= 0 && space < tail.length - 1 ? tail.slice(space + 1) : tail);
}

function cutAfter(text: string, context: number): string {
  if (text.length <= context) return text;
  const head = text.slice(0, context);
  if (text[context] === ' ') return head + ELLIPSIS;
  const space = head.lastIndexOf(' ');
  return (space > 0 ? head.slice(0, space) : head) + ELLIPSIS;
}
