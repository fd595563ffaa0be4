// Deterministic ids: the same input gives the same ids on every run and
// machine, so re-ingesting an article is a no-op.
import { createHash } from 'node:crypto';
import type { RawDocument } from '../../contract/extraction.ts';
import type { EntityType } from '../../contract/graph.ts';
import { slug } from '../engine/text.ts';

function hash16(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 16);
}

/** Canonical form of a URL for hashing: no fragment, no trailing slash, lowercase host, tracking parameters dropped. */
export function canonicalUrl(url: string): string {
  try {
    const u = new URL(url.trim());
    u.hash = '';
    for (const k of [...u.searchParams.keys()]) if (/^(utm_|fbclid|gclid|ref$)/i.test(k)) u.searchParams.delete(k);
    u.hostname = u.hostname.toLowerCase();
    return u.toString().replace(/\/$/, '');
  } catch {
    return url.trim();
  }
}

/** NFC, every run of whitespace one space, trimmed. Lone spaces, most of them, are left in place rather than replaced by themselves. */
function normalizedText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .trim();
}

export function articleId(doc: RawDocument): string {
  return doc.url ? hash16(`url:${canonicalUrl(doc.url)}`) : hash16(`text:${normalizedText(doc.text)}`);
}

export function statementId(articleId: string, start: number, end: number): string {
  return `stmt-${hash16(`${articleId}:${start}:${end}`)}`;
}

export function relationId(type: string, source: string, target: string, articleId: string, start: number): string {
  return `rel-${hash16(`${type}|${source}|${target}|${articleId}|${start}`)}`;
}

/** Readable, stable entity id: "person:vladimir-putin". */
export function entityId(type: EntityType, canonicalName: string): string {
  const s = slug(canonicalName);
  return `${type.toLowerCase()}:${s || hash16(canonicalName)}`;
}
