// JSON (an article object or an array of them) and JSON Lines (one object a
// line). A malformed line of a .jsonl file costs that line only.
import { composeText, detectLanguage, normalizeDate, removeBoilerplate } from './normalize.ts';
import type { ParsedArticle, ReadError } from './types.ts';

export interface JsonArticle {
  /** Where the article came from: the file, `file[i]` in an array, `file:line` in JSON Lines. */
  source: string;
  article: ParsedArticle;
}

/** The message of a JSON.parse error as `line L:C: message`, positions 1-based. */
export function describeJsonError(error: unknown, text: string, lineOffset = 0): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = message.match(/at position (\d+)/);
  const offset = position === null ? text.length : Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length + lineOffset;
  const column = offset - before.lastIndexOf('\n');
  const clean = message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/\s*in JSON at position \d+/, '')
    .replace(/,\s*".*" is not valid JSON$/s, '');
  return `line ${line}:${column}: ${clean}`;
}

function pickString(record: Record<string, unknown>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return null;
}

/** One JSON value → an article, or the reason it is not one. */
export function articleFromJson(value: unknown): ParsedArticle | string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'not an object';
  const record = value as Record<string, unknown>;
  const body = pickString(record, 'text', 'content', 'body');
  if (body === null) return 'no text (expected a non-empty "text", "content" or "body" field)';
  const errors: string[] = [];
  const rawDate = pickString(record, 'date', 'publish_date', 'published');
  const date = rawDate === null ? null : normalizeDate(rawDate);
  if (rawDate !== null && date === null) errors.push(`unrecognized date '${rawDate}'`);
  const title = pickString(record, 'title')?.trim() ?? null;
  const url = pickString(record, 'url')?.trim() ?? null;
  // The outlet's name ("Corriere della Sera"); the reader's `source` stays the file and position.
  const sourceName = pickString(record, 'source', 'outlet', 'publisher')?.trim() ?? null;
  const text = composeText(title, removeBoilerplate(body.replace(/\r\n?/g, '\n')));
  const language = pickString(record, 'language', 'lang')?.trim().toLowerCase() ?? detectLanguage(text);
  return { title, date, url, text, language, errors, ...(sourceName ? { sourceName } : {}) };
}

export function parseJsonFile(source: string, raw: string): { articles: JsonArticle[]; errors: ReadError[] } {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return { articles: [], errors: [{ source, reason: `malformed JSON at ${describeJsonError(error, raw)}` }] };
  }
  const items = Array.isArray(value)
    ? value.map((item, index) => ({ item, where: `${source}[${index}]` }))
    : [{ item: value, where: source }];
  const articles: JsonArticle[] = [];
  const errors: ReadError[] = [];
  for (const { item, where } of items) {
    const article = articleFromJson(item);
    if (typeof article === 'string') errors.push({ source: where, reason: article });
    else articles.push({ source: where, article });
  }
  if (Array.isArray(value) && value.length === 0) errors.push({ source, reason: 'empty array: no articles' });
  return { articles, errors };
}

export function parseJsonLines(source: string, raw: string): { articles: JsonArticle[]; errors: ReadError[] } {
  const articles: JsonArticle[] = [];
  const errors: ReadError[] = [];
  raw.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${source}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      errors.push({ source: where, reason: `malformed JSON at ${describeJsonError(error, line, index)}` });
      return;
    }
    const article = articleFromJson(value);
    if (typeof article === 'string') errors.push({ source: where, reason: article });
    else articles.push({ source: where, article });
  });
  return { articles, errors };
}
