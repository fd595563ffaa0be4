// Plain-text and Markdown articles: leading metadata lines (date, source URL,
// front matter), a title line, then the body. Real files vary: the date may
// share its line with the URL or with the first sentence, the URL may come
// last, web-page chrome may trail the article.
import {
  detectLanguage,
  composeText,
  normalizeDate,
  normalizeText,
  parseDatePrefix,
  removeBoilerplate,
} from './normalize.ts';
import type { ParsedArticle } from './types.ts';

const URL_LINE = /^<?(https?:\/\/[^\s<>]+)>?$/i;
/** A headline: short, and not ending like a sentence of running text. */
const TITLE_MAX_LENGTH = 200;

interface Metadata {
  title: string | null;
  date: string | null;
  url: string | null;
  /** A `source:` line that is a name, not a URL ("source: Corriere della Sera"). */
  sourceName: string | null;
  language: string | null;
  errors: string[];
}

function emptyMetadata(): Metadata {
  return { title: null, date: null, url: null, sourceName: null, language: null, errors: [] };
}

/** Applies one `key: value` pair; returns false when the key is not metadata. */
function applyField(meta: Metadata, key: string, value: string): boolean {
  const clean = value.trim().replace(/^["']|["']$/g, '');
  switch (key.toLowerCase()) {
    case 'title':
      meta.title = clean === '' ? meta.title : clean;
      return true;
    case 'date':
    case 'published':
    case 'publish_date':
    case 'pubdate': {
      const iso = normalizeDate(clean);
      if (iso === null) meta.errors.push(`unrecognized date '${clean}'`);
      else meta.date ??= iso;
      return true;
    }
    case 'url':
    case 'link':
    case 'canonical':
    case 'canonical_url':
      if (URL_LINE.test(clean)) meta.url ??= clean.replace(/^<|>$/g, '');
      return true;
    case 'source':
      if (URL_LINE.test(clean)) meta.url ??= clean.replace(/^<|>$/g, '');
      else if (clean !== '') meta.sourceName ??= clean;
      return true;
    case 'lang':
    case 'language':
      if (/^[a-z]{2}$/i.test(clean)) meta.language = clean.toLowerCase();
      return true;
    default:
      return false;
  }
}

/**
 * Consumes metadata at the head of `lines` (mutating it): `date …` (alone, or
 * followed on the same line by a URL or the first sentence), `key: value`
 * lines, bare URL lines. Stops at the first line of content.
 */
function readLeadingMetadata(lines: string[], meta: Metadata): void {
  while (lines.length > 0) {
    const line = (lines[0] ?? '').trim();
    if (line === '') {
      lines.shift();
      continue;
    }
    const url = line.match(URL_LINE);
    if (url !== null) {
      meta.url ??= url[1] ?? null;
      lines.shift();
      continue;
    }
    const bareDate = normalizeDate(line);
    if (bareDate !== null) {
      meta.date ??= bareDate;
      lines.shift();
      continue;
    }
    const dated = line.match(/^date\s*:?\s+/i);
    if (dated !== null) {
      const rest = line.slice(dated[0].length);
      const parsed = parseDatePrefix(rest);
      if (parsed !== null) {
        meta.date ??= parsed.iso;
        const after = rest.slice(parsed.length).replace(/^[\s,;|]+/, '');
        if (after === '') lines.shift();
        else lines[0] = after;
        continue;
      }
    }
    const field = line.match(/^([A-Za-z_]+)\s*:\s*(.+)$/);
    if (
      field !== null &&
      /^(title|date|published|publish_date|pubdate|url|link|canonical|canonical_url|source|lang|language)$/i.test(
        field[1] ?? '',
      )
    ) {
      applyField(meta, field[1] ?? '', field[2] ?? '');
      lines.shift();
      continue;
    }
    return;
  }
}

/** A trailing bare URL line is the page address, not text. */
function readTrailingUrl(lines: string[], meta: Metadata): void {
  while (lines.length > 0) {
    const line = (lines[lines.length - 1] ?? '').trim();
    if (line === '') {
      lines.pop();
      continue;
    }
    const url = line.match(URL_LINE);
    if (url === null) return;
    meta.url ??= url[1] ?? null;
    lines.pop();
  }
}

function looksLikeTitle(line: string): boolean {
  return line.length > 0 && line.length <= TITLE_MAX_LENGTH && !/[.;:,]$/.test(line);
}

function finish(meta: Metadata, title: string | null, body: string): ParsedArticle {
  const finalTitle = meta.title ?? title;
  const text = composeText(finalTitle, removeBoilerplate(normalizeText(body)));
  return {
    title: finalTitle,
    date: meta.date,
    url: meta.url,
    text,
    language: meta.language ?? detectLanguage(text),
    errors: meta.errors,
    ...(meta.sourceName ? { sourceName: meta.sourceName } : {}),
  };
}

export function parsePlainText(raw: string): ParsedArticle {
  const meta = emptyMetadata();
  const content = removeBoilerplate(normalizeText(raw)).split('\n');
  readLeadingMetadata(content, meta);
  readTrailingUrl(content, meta);
  while (content.length > 0 && (content[0] ?? '').trim() === '') content.shift();
  let title: string | null = null;
  if (meta.title === null && looksLikeTitle((content[0] ?? '').trim()) && content.length > 1) {
    title = (content.shift() ?? '').trim();
  }
  return finish(meta, title, content.join('\n'));
}

// ---------------------------------------------------------------------------
// Markdown

function readFrontMatter(lines: string[], meta: Metadata): void {
  if ((lines[0] ?? '').trim() !== '---') return;
  const close = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)$/.test(line.trim()));
  if (close < 0) return;
  for (const line of lines.slice(1, close)) {
    const field = line.match(/^([A-Za-z_]+)\s*:\s*(.*)$/);
    if (field !== null) applyField(meta, field[1] ?? '', field[2] ?? '');
  }
  lines.splice(0, close + 1);
}

/** Inline Markdown → plain text: links keep their text, images and emphasis marks go. */
export function stripInlineMarkdown(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}*])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1');
}

/**
 * Block Markdown → lines of plain text. Paragraph lines wrapped in the source
 * are joined with a space; headings, list items and quotes stay one line each.
 */
export function markdownToPlain(lines: string[]): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  let inFence = false;
  const flush = (): void => {
    if (paragraph.length > 0) out.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (/^(```|~~~)/.test(line)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(line);
      continue;
    }
    if (line === '') {
      flush();
      out.push('');
      continue;
    }
    if (
      /^([-*_])(\s*\1){2,}$/.test(line) ||
      /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/.test(line) ||
      /^\[[^\]]+\]:\s*\S+/.test(line)
    ) {
      flush();
      continue;
    }
    if (/^(=+|-+)$/.test(line) && paragraph.length > 0) {
      flush();
      continue;
    }
    const heading = line.match(/^#{1,6}\s+(.*?)\s*#*$/);
    const quote = line.match(/^>\s?(.*)$/);
    const bullet = line.match(/^[-*+]\s+(.*)$/);
    const ordered = line.match(/^(\d{1,3}[.)])\s+(.*)$/);
    if (heading !== null || bullet !== null || ordered !== null) {
      flush();
      const content = heading?.[1] ?? bullet?.[1] ?? `${ordered?.[1] ?? ''} ${ordered?.[2] ?? ''}`;
      out.push(stripInlineMarkdown(content));
      continue;
    }
    if (quote !== null) {
      const inner = (quote[1] ?? '').trim();
      if (inner === '') flush();
      else paragraph.push(stripInlineMarkdown(inner.replace(/^>\s?/, '')));
      continue;
    }
    paragraph.push(stripInlineMarkdown(line));
  }
  flush();
  return out.join('\n');
}

export function parseMarkdown(raw: string): ParsedArticle {
  const meta = emptyMetadata();
  const lines = normalizeText(raw).split('\n');
  readFrontMatter(lines, meta);
  readLeadingMetadata(lines, meta);
  readTrailingUrl(lines, meta);
  let title: string | null = null;
  const first = (lines[0] ?? '').trim();
  const h1 = first.match(/^#\s+(.*?)\s*#*$/);
  if (h1 !== null) {
    title = stripInlineMarkdown(h1[1] ?? '');
    lines.shift();
  } else if (/^(=+)$/.test((lines[1] ?? '').trim()) && first !== '') {
    title = stripInlineMarkdown(first);
    lines.splice(0, 2);
  } else if (
    meta.title === null &&
    looksLikeTitle(first) &&
    lines.length > 1 &&
    !/^([-*+]|\d{1,3}[.)]|>)\s/.test(first)
  ) {
    title = stripInlineMarkdown(first.replace(/^#{1,6}\s+/, ''));
    lines.shift();
  }
  return finish(meta, title, markdownToPlain(lines));
}
