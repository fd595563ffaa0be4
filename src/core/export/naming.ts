// What an exported file is called and what an exported picture says it shows: names say
// what is inside (`peskov-neighbours.gexf`, `view-2026-12-05.png`), never a machine path,
// and the picture's source line names the corpus or the query and the day.

import type { ExportScope } from './scope.ts';

const MAX_SLUG = 60;

/** Lower case ASCII words joined by hyphens: accents dropped, anything else a separator. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
  return slug;
}

/** The local calendar day, `YYYY-MM-DD`. */
export function dayOf(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface ExportNameInput {
  scope: ExportScope;
  /** The selected entity's name (selection scope). */
  subject: string | null;
  withNeighbors: boolean;
  date: Date;
}

/**
 * The file's name without its extension: `view-<day>`, `<entity>-neighbours` or `<entity>`,
 * `query-<day>` for the console's result.
 */
export function exportBaseName({ scope, subject, withNeighbors, date }: ExportNameInput): string {
  const day = dayOf(date);
  if (scope === 'selection') {
    const entity = slugify(subject ?? '') || 'entity';
    return withNeighbors ? `${entity}-neighbours` : entity;
  }
  return scope === 'console' ? `query-${day}` : `view-${day}`;
}

const MAX_QUERY_IN_LINE = 120;

export interface SourceLineInput {
  /** Articles in the store, when known. */
  articles: number | null;
  /** The console query the graph was replaced by, when it shows one. */
  query: string | null;
  date: Date;
}

/** The line under an exported picture: where the graph comes from, and when it was drawn. */
export function sourceLine({ articles, query, date }: SourceLineInput): string {
  const parts = ['newsgraph'];
  if (articles !== null) parts.push(`${articles} ${articles === 1 ? 'article' : 'articles'}`);
  if (query !== null) {
    const oneLine = query.replace(/\s+/g, ' ').trim();
    parts.push(
      `query: ${oneLine.length > MAX_QUERY_IN_LINE ? `${oneLine.slice(0, MAX_QUERY_IN_LINE - 1)}…` : oneLine}`,
    );
  } else {
    parts.push('explorer view');
  }
  parts.push(dayOf(date));
  return parts.join(' · ');
}
