// Text normalization shared by every reader: one canonical string per article,
// the one all extraction offsets point into. Pure functions, no I/O except the
// boilerplate lexicon, read once on first use.
import { readFileSync } from 'node:fs';

const ZERO_WIDTH = /\u200B|\u200C|\u200D|\u2060|\uFEFF|\u00AD/g;
const NO_BREAK_SPACES = /[\u00A0\u202F\u2007]/g;

/** NFC, LF line ends, no BOM or zero-width characters, lines trimmed, at most one blank line in a row. */
export function normalizeText(input: string): string {
  return input
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(ZERO_WIDTH, '')
    .replace(NO_BREAK_SPACES, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

/** Joins title and body the way RawDocument.text wants them; a body that repeats the title keeps it once. */
export function composeText(title: string | null, body: string): string {
  const cleanBody = normalizeText(body);
  if (title === null || title === '') return cleanBody;
  const cleanTitle = normalizeText(title).replace(/\s*\n\s*/g, ' ');
  const [firstLine = '', ...rest] = cleanBody.split('\n');
  const withoutRepeat = foldForCompare(firstLine) === foldForCompare(cleanTitle) ? rest.join('\n') : cleanBody;
  const remaining = normalizeText(withoutRepeat);
  return remaining === '' ? cleanTitle : `${cleanTitle}\n\n${remaining}`;
}

/** Lowercase, accents stripped, curly quotes folded, spaces collapsed: for comparing short strings. */
export function foldForCompare(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

// ---------------------------------------------------------------------------
// Boilerplate lines

interface BoilerplateRules {
  exact: Set<string>;
  prefix: string[];
  contains: string[];
  /** Phrases that open a short credit line ("Foto Ansa"). */
  credit: string[];
}

/** A credit line is short: the phrase and a few names. */
const CREDIT_MAX_WORDS = 6;

const BOILERPLATE_MAX_LINE = 300;
let boilerplateRules: BoilerplateRules | null = null;

export function parseBoilerplate(source: string): BoilerplateRules {
  const rules: BoilerplateRules = { exact: new Set(), prefix: [], contains: [], credit: [] };
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const colon = line.indexOf(':');
    const kind = line.slice(0, colon);
    const phrase = foldForCompare(line.slice(colon + 1));
    if (phrase === '') continue;
    if (kind === 'exact') rules.exact.add(phrase);
    else if (kind === 'prefix') rules.prefix.push(phrase);
    else if (kind === 'contains') rules.contains.push(phrase);
    else if (kind === 'credit') rules.credit.push(phrase);
    else throw new Error(`boilerplate lexicon: unknown rule kind '${kind}' in line '${line}'`);
  }
  return rules;
}

function loadBoilerplate(): BoilerplateRules {
  boilerplateRules ??= parseBoilerplate(
    readFileSync(new URL('../../extract/lang/it/boilerplate.txt', import.meta.url), 'utf8'),
  );
  return boilerplateRules;
}

function foldBoilerplateLine(line: string): string {
  return foldForCompare(line)
    .replace(/[\s\p{P}\p{S}]+$/u, '')
    .replace(/^[\s|·•\-–—]+/u, '');
}

export function isBoilerplateLine(line: string, rules: BoilerplateRules = loadBoilerplate()): boolean {
  const folded = foldBoilerplateLine(line);
  if (folded === '') return false;
  if (rules.exact.has(folded)) return true;
  if (line.length > BOILERPLATE_MAX_LINE) return false;
  for (const phrase of rules.prefix) {
    if (folded === phrase || (folded.startsWith(phrase) && !/[\p{L}\p{N}]/u.test(folded.charAt(phrase.length))))
      return true;
  }
  const startsWith = (phrase: string) =>
    folded === phrase || (folded.startsWith(phrase) && !/[\p{L}\p{N}]/u.test(folded.charAt(phrase.length)));
  if (rules.credit.some(startsWith) && folded.split(/[\s/:|,()-]+/).filter(Boolean).length <= CREDIT_MAX_WORDS)
    return true;
  return rules.contains.some((phrase) => folded.includes(phrase));
}

/** Drops web-page chrome lines (navigation, sharing, cookie and copyright notices). */
export function removeBoilerplate(body: string): string {
  return body
    .split('\n')
    .filter((line) => !isBoilerplateLine(line))
    .join('\n');
}

// ---------------------------------------------------------------------------
// Language

const STOP_WORDS: Record<'it' | 'en', ReadonlySet<string>> = {
  it: new Set(
    'il lo la gli le di del della dello dei degli delle che è non per con un una uno sono ha hanno nel nella nei al alla ai agli dal dalla anche più ma come questo questa essere stato stata'.split(
      ' ',
    ),
  ),
  en: new Set(
    'the of and to is was that with for on said has have are by from this be which at were been not but their its will would they he she'.split(
      ' ',
    ),
  ),
};

/** 'en' when English stop-words clearly outnumber Italian ones, else 'it'. */
export function detectLanguage(text: string): 'it' | 'en' {
  const words =
    text
      .toLowerCase()
      .match(/\p{L}+/gu)
      ?.slice(0, 3000) ?? [];
  let it = 0;
  let en = 0;
  for (const word of words) {
    if (STOP_WORDS.it.has(word)) it += 1;
    if (STOP_WORDS.en.has(word)) en += 1;
  }
  return en >= 3 && en > 2 * it ? 'en' : 'it';
}

// ---------------------------------------------------------------------------
// Dates

const MONTHS: Record<string, number> = {
  gennaio: 1,
  febbraio: 2,
  marzo: 3,
  aprile: 4,
  maggio: 5,
  giugno: 6,
  luglio: 7,
  agosto: 8,
  settembre: 9,
  ottobre: 10,
  novembre: 11,
  dicembre: 12,
  gen: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  mag: 5,
  giu: 6,
  lug: 7,
  ago: 8,
  set: 9,
  ott: 10,
  nov: 11,
  dic: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  dec: 12,
};

const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Date patterns tried at the start of a string; each captures what it needs. */
const DATE_PATTERNS: { pattern: RegExp; toIso: (m: RegExpMatchArray) => string | null }[] = [
  {
    pattern: /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d-])/,
    toIso: (m) => isoDate(m[1], m[2], m[3]),
  },
  { pattern: /^(\d{4})-(\d{2})(?![\d-])/, toIso: (m) => isoDate(m[1], m[2]) },
  { pattern: /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?![\d/])/, toIso: (m) => isoDate(m[1], m[2], m[3]) },
  { pattern: /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?![\d./-])/, toIso: (m) => isoDate(m[3], m[2], m[1]) },
  {
    pattern: new RegExp(`^(\\d{1,2})(?:°|º)?\\s+(${MONTH_NAMES})\\.?,?\\s+(\\d{4})(?!\\d)`, 'i'),
    toIso: (m) => isoDate(m[3], MONTHS[(m[2] ?? '').toLowerCase()], m[1]),
  },
  {
    pattern: new RegExp(`^(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'i'),
    toIso: (m) => isoDate(m[3], MONTHS[(m[1] ?? '').toLowerCase()], m[2]),
  },
  {
    pattern: new RegExp(`^(${MONTH_NAMES})\\.?,?\\s+(\\d{4})(?!\\d)`, 'i'),
    toIso: (m) => isoDate(m[2], MONTHS[(m[1] ?? '').toLowerCase()]),
  },
  { pattern: /^(\d{4})(?![\d-])/, toIso: (m) => isoDate(m[1]) },
];

function isoDate(year?: string, month?: string | number, day?: string): string | null {
  const y = Number(year);
  if (!Number.isInteger(y) || y < 1000 || y > 2999) return null;
  if (month === undefined) return String(y);
  const mo = Number(month);
  if (!Number.isInteger(mo) || mo < 1 || mo > 12) return null;
  const mm = String(mo).padStart(2, '0');
  if (day === undefined) return `${y}-${mm}`;
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (!Number.isInteger(d) || d < 1 || d > daysInMonth) return null;
  return `${y}-${mm}-${String(d).padStart(2, '0')}`;
}

/** Reads a date at the start of `value`; returns the ISO form and how many characters it used. */
export function parseDatePrefix(value: string): { iso: string; length: number } | null {
  for (const { pattern, toIso } of DATE_PATTERNS) {
    const match = value.match(pattern);
    if (match === null) continue;
    const iso = toIso(match);
    return iso === null ? null : { iso, length: match[0].length };
  }
  return null;
}

/** ISO (partial allowed) form of a whole date string, or null when it is not one date. */
export function normalizeDate(value: string): string | null {
  const trimmed = value.trim();
  const parsed = parseDatePrefix(trimmed);
  if (parsed === null) return null;
  const rest = trimmed.slice(parsed.length);
  // A weekday or time after the date is fine ("17 dicembre 2021, 10:30"); other words are not.
  return /^[\s,]*(?:(?:ore\s+|at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?:am|pm|utc|gmt|cet|cest))?)?\s*$/i.test(rest)
    ? parsed.iso
    : null;
}
