// HTML pages: the article's main text through Readability (on a linkedom
// DOM), its title, date and canonical URL from the page's metadata. The
// metadata is read before Readability runs, because Readability edits the DOM.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { composeText, detectLanguage, normalizeDate, normalizeText, removeBoilerplate } from './normalize.ts';
import type { ParsedArticle } from './types.ts';

type Doc = ReturnType<typeof parseHTML>['document'];
type El = NonNullable<ReturnType<Doc['querySelector']>>;

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FORM', 'SELECT']);
/** Removed before the fallback text extraction when Readability finds no article. */
const CHROME_SELECTOR =
  'nav, header, footer, aside, script, style, noscript, form, [role=navigation], [role=banner], [role=contentinfo]';

/** Text of a DOM subtree with block elements on their own lines. */
export function blockText(root: El): string {
  const parts: string[] = [];
  const walk = (node: El): void => {
    for (const child of Array.from(node.childNodes) as unknown as El[]) {
      if (child.nodeType === 3) {
        parts.push((child.textContent ?? '').replace(/\s+/g, ' '));
      } else if (child.nodeType === 1) {
        const tag = child.tagName.toUpperCase();
        if (SKIPPED_TAGS.has(tag)) continue;
        const block = BLOCK_TAGS.has(tag);
        if (block) parts.push('\n');
        walk(child);
        if (block) parts.push('\n');
      }
    }
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line, index, lines) => line !== '' || (index > 0 && lines[index - 1] !== ''))
    .join('\n\n')
    .replace(/\n{3,}/g, '\n\n');
}

function meta(document: Doc, ...selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

function jsonLdDates(document: Doc): string[] {
  const dates: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.datePublished === 'string') dates.push(record.datePublished);
      visit(record['@graph']);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is the page's problem; the date may still be found elsewhere.
    }
  }
  return dates;
}

function pageDate(document: Doc): { date: string | null; errors: string[] } {
  const candidates = [
    meta(
      document,
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="date"]',
      'meta[name="pubdate"]',
      'meta[name="DC.date.issued"]',
    ),
    ...jsonLdDates(document),
    document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
  ].filter((value): value is string => value !== null && value.trim() !== '');
  for (const candidate of candidates) {
    const iso = normalizeDate(candidate);
    if (iso !== null) return { date: iso, errors: [] };
  }
  return { date: null, errors: candidates.length > 0 ? [`unrecognized date '${candidates[0]}'`] : [] };
}

function pageUrl(document: Doc): string | null {
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  if (canonical && /^https?:\/\//i.test(canonical)) return canonical;
  const og = meta(document, 'meta[property="og:url"]', 'meta[name="og:url"]');
  return og !== null && /^https?:\/\//i.test(og) ? og : null;
}

export function parseHtml(raw: string): ParsedArticle {
  const { document } = parseHTML(raw);
  const { date, errors } = pageDate(document);
  const url = pageUrl(document);
  const pageLanguage = (document.documentElement?.getAttribute('lang') ?? '').slice(0, 2).toLowerCase();
  const ogTitle = meta(document, 'meta[property="og:title"]', 'meta[name="twitter:title"]');
  const headTitle = document.querySelector('title')?.textContent?.trim() || null;
  const h1 = document.querySelector('h1')?.textContent?.trim() || null;

  let body = '';
  let readabilityTitle: string | null = null;
  try {
    const article = new Readability(document as unknown as Document).parse();
    if (article?.content) {
      readabilityTitle = article.title?.trim() || null;
      body = blockText(parseHTML(`<html><body>${article.content}</body></html>`).document.body as unknown as El);
    }
  } catch (error) {
    errors.push(`readability failed: ${(error as Error).message}`);
  }
  if (body.trim() === '') {
    const fallback = parseHTML(raw).document;
    for (const element of Array.from(fallback.querySelectorAll(CHROME_SELECTOR))) element.remove();
    if (fallback.body) body = blockText(fallback.body as unknown as El);
  }

  const title = normalizeText(ogTitle ?? h1 ?? readabilityTitle ?? headTitle ?? '') || null;
  const text = composeText(title, removeBoilerplate(normalizeText(body)));
  return {
    title,
    date,
    url,
    text,
    language: pageLanguage === 'it' || pageLanguage === 'en' ? pageLanguage : detectLanguage(text),
    errors,
  };
}
