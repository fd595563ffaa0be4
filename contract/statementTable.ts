// The statements table as client and server agree on it: the sort keys, the query string of
// GET /api/statements/search (and of its CSV, /api/statements/search.csv) with the one
// validator both read it through, the page the API answers, and a statement as a row of
// the table and of its CSV. The server sorts, filters and pages; the explorer shows a page.

import type { StatementView } from './api.ts';
import { csvRecord } from './csv.ts';
import { SPEECH_ACTS, STATEMENT_KINDS, type SpeechAct, type StatementKind } from './graph.ts';
import { articleLabel, outletLabel } from './outlet.ts';

/** What the table can be sorted by; 'date' is the statement's date, else its article's. */
export const STATEMENT_SORT_KEYS = ['date', 'speaker', 'act', 'kind', 'quote', 'outlet', 'article'] as const;
export type StatementSortKey = (typeof STATEMENT_SORT_KEYS)[number];

/** Where a search's words are looked for (`in`): the quote, or the quote and its sentence. */
export const TEXT_SCOPES = ['quote', 'sentence'] as const;
export type TextScope = (typeof TEXT_SCOPES)[number];

export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** Rows on one page of the explorer's table. */
export const STATEMENT_TABLE_PAGE = 50;
/** Rows one request may ask for (`limit`); more is refused with a 400. */
export const MAX_STATEMENT_SEARCH_LIMIT = 200;
/** Rows one request returns when it names no limit (the finder's list). */
export const DEFAULT_STATEMENT_SEARCH_LIMIT = 20;
/** Largest `offset`; beyond it no store of this project holds a row. */
export const MAX_STATEMENT_SEARCH_OFFSET = 10_000_000;
/** Longest text filter and cue, in characters. */
export const MAX_STATEMENT_SEARCH_TEXT = 200;
export const MAX_STATEMENT_SEARCH_CUE = 100;
const MAX_ID = 512;

/** ISO date, partial allowed: YYYY, YYYY-MM, YYYY-MM-DD. */
export const ISO_DATE_PATTERN = '^\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?$';
const ISO_DATE = new RegExp(ISO_DATE_PATTERN);

/** The filters and the order of a search; `offset` and `limit` cut the page. */
export interface StatementSearchFilter {
  /** Words found in the quote (case, accents and spacing ignored); empty: any. */
  text: string;
  /** Where `text` is looked for: the quote alone, or the quote and the sentence around it. */
  within: TextScope;
  /** Kinds kept, in STATEMENT_KINDS order; empty: every kind. */
  kinds: StatementKind[];
  /** Acts kept, in SPEECH_ACTS order (a statement stored without one is a claim); empty: every act. */
  acts: SpeechAct[];
  /** The cue ("ha detto"), compared without case and accents; absent: any cue. */
  cue?: string;
  /** The speaker's entity id; absent: any speaker. */
  speaker?: string;
  /** Statement dates kept (the article's date where the statement has none), ends included, partial dates allowed. */
  from?: string;
  to?: string;
  sort: StatementSortKey;
  dir: SortDirection;
}

export interface StatementSearchRequest extends StatementSearchFilter {
  offset: number;
  limit: number;
}

/** One page of a search. */
export interface StatementSearchPage {
  statements: StatementView[];
  /** Statements matching the filters, on every page. */
  total: number;
  offset: number;
  /** More statements match after this page. */
  truncated: boolean;
}

/** The query-string keys of a search; the CSV takes all but the page's. */
export const STATEMENT_SEARCH_PARAMS = [
  'q',
  'in',
  'kinds',
  'acts',
  'cue',
  'speaker',
  'from',
  'to',
  'sort',
  'dir',
  'offset',
  'limit',
] as const;
const PAGE_PARAMS = ['offset', 'limit'];

export type StatementSearchParse = { ok: true; search: StatementSearchRequest } | { ok: false; error: string };

/** The order a search has when none is asked: newest first. */
export const DEFAULT_STATEMENT_SORT: { sort: StatementSortKey; dir: SortDirection } = { sort: 'date', dir: 'desc' };

export function isStatementSortKey(value: string): value is StatementSortKey {
  return (STATEMENT_SORT_KEYS as readonly string[]).includes(value);
}

function listOf<T extends string>(name: string, raw: string, allowed: readonly T[]): T[] | string {
  const items = raw.split(',');
  const unknown = items.filter((item) => !(allowed as readonly string[]).includes(item));
  if (unknown.length) {
    return `"${name}" holds ${unknown.map((item) => JSON.stringify(item)).join(', ')}: each must be one of ${allowed.join(', ')}`;
  }
  return allowed.filter((item) => items.includes(item));
}

function integer(name: string, raw: string, min: number, max: number): number | string {
  if (!/^\d+$/.test(raw)) return `"${name}" must be a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`;
  const value = Number(raw);
  if (value < min || value > max) return `"${name}" must be from ${min} to ${max}, got ${raw}`;
  return value;
}

/**
 * Reads a search from its query string, refusing what it cannot honour with a sentence
 * saying why: an unknown parameter, sort key, direction, kind or act, a bad date, a limit
 * past MAX_STATEMENT_SEARCH_LIMIT, a negative offset. `paged: false` (the CSV) refuses
 * `offset` and `limit`: the file holds every matching row.
 */
export function parseStatementSearch(
  query: Readonly<Record<string, unknown>>,
  options: { paged: boolean } = { paged: true },
): StatementSearchParse {
  const allowed = options.paged
    ? STATEMENT_SEARCH_PARAMS
    : STATEMENT_SEARCH_PARAMS.filter((name) => !PAGE_PARAMS.includes(name));
  const values = new Map<string, string>();
  for (const [name, value] of Object.entries(query)) {
    if (!(allowed as readonly string[]).includes(name)) {
      return { ok: false, error: `unknown parameter "${name}"; this route takes ${allowed.join(', ')}` };
    }
    if (typeof value !== 'string') return { ok: false, error: `"${name}" must be given once` };
    values.set(name, value);
  }
  const search: StatementSearchRequest = {
    text: values.get('q') ?? '',
    within: 'quote',
    kinds: [],
    acts: [],
    ...DEFAULT_STATEMENT_SORT,
    offset: 0,
    limit: DEFAULT_STATEMENT_SEARCH_LIMIT,
  };
  if (search.text.length > MAX_STATEMENT_SEARCH_TEXT) {
    return { ok: false, error: `"q" is longer than ${MAX_STATEMENT_SEARCH_TEXT} characters` };
  }
  const within = values.get('in');
  if (within !== undefined) {
    if (within !== 'quote' && within !== 'sentence') {
      return { ok: false, error: `"in" must be quote or sentence, got ${JSON.stringify(within)}` };
    }
    search.within = within;
  }
  const kinds = values.get('kinds');
  if (kinds !== undefined) {
    const parsed = listOf('kinds', kinds, STATEMENT_KINDS);
    if (typeof parsed === 'string') return { ok: false, error: parsed };
    search.kinds = parsed;
  }
  const acts = values.get('acts');
  if (acts !== undefined) {
    const parsed = listOf('acts', acts, SPEECH_ACTS);
    if (typeof parsed === 'string') return { ok: false, error: parsed };
    search.acts = parsed;
  }
  const cue = values.get('cue');
  if (cue !== undefined) {
    if (cue.trim() === '' || cue.length > MAX_STATEMENT_SEARCH_CUE) {
      return { ok: false, error: `"cue" must hold 1 to ${MAX_STATEMENT_SEARCH_CUE} characters, not only spaces` };
    }
    search.cue = cue;
  }
  const speaker = values.get('speaker');
  if (speaker !== undefined) {
    if (speaker === '' || speaker.length > MAX_ID) {
      return { ok: false, error: `"speaker" must be an entity id of 1 to ${MAX_ID} characters` };
    }
    search.speaker = speaker;
  }
  for (const name of ['from', 'to'] as const) {
    const date = values.get(name);
    if (date === undefined) continue;
    if (!ISO_DATE.test(date)) {
      return {
        ok: false,
        error: `"${name}" must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(date)}`,
      };
    }
    search[name] = date;
  }
  if (search.from !== undefined && search.to !== undefined && search.from > search.to) {
    return { ok: false, error: `"from" (${search.from}) is after "to" (${search.to})` };
  }
  const sort = values.get('sort');
  if (sort !== undefined) {
    if (!isStatementSortKey(sort)) {
      return {
        ok: false,
        error: `"sort" must be one of ${STATEMENT_SORT_KEYS.join(', ')}, got ${JSON.stringify(sort)}`,
      };
    }
    search.sort = sort;
  }
  const dir = values.get('dir');
  if (dir !== undefined) {
    if (dir !== 'asc' && dir !== 'desc')
      return { ok: false, error: `"dir" must be asc or desc, got ${JSON.stringify(dir)}` };
    search.dir = dir;
  }
  const offset = values.get('offset');
  if (offset !== undefined) {
    const parsed = integer('offset', offset, 0, MAX_STATEMENT_SEARCH_OFFSET);
    if (typeof parsed === 'string') return { ok: false, error: parsed };
    search.offset = parsed;
  }
  const limit = values.get('limit');
  if (limit !== undefined) {
    const parsed = integer('limit', limit, 1, MAX_STATEMENT_SEARCH_LIMIT);
    if (typeof parsed === 'string') return { ok: false, error: parsed };
    search.limit = parsed;
  }
  return { ok: true, search };
}

/**
 * A search as a caller asks for it (the statements table a page, the finder its first hits):
 * the words, and whatever else differs from the defaults parseStatementSearch gives.
 */
export type StatementSearchQuery = Partial<StatementSearchRequest> & Pick<StatementSearchFilter, 'text'>;

/**
 * The query string (with its `?`) that parseStatementSearch reads back as `search`; defaults
 * left out, and so are an empty cue, speaker or date, which mean any.
 */
export function statementSearchQueryString(search: StatementSearchQuery): string {
  const params = new URLSearchParams();
  if (search.text) params.set('q', search.text);
  if (search.within === 'sentence') params.set('in', 'sentence');
  if (search.kinds?.length) params.set('kinds', search.kinds.join(','));
  if (search.acts?.length) params.set('acts', search.acts.join(','));
  for (const name of ['cue', 'speaker', 'from', 'to'] as const) {
    const value = search[name];
    if (value) params.set(name, value);
  }
  if (search.sort !== undefined && search.sort !== DEFAULT_STATEMENT_SORT.sort) params.set('sort', search.sort);
  if (search.dir !== undefined && search.dir !== DEFAULT_STATEMENT_SORT.dir) params.set('dir', search.dir);
  if (search.offset) params.set('offset', String(search.offset));
  if (search.limit !== undefined) params.set('limit', String(search.limit));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The columns the table shows, in order. */
export const TABLE_COLUMNS = ['speaker', 'act', 'quote', 'about', 'date', 'outlet', 'article'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

/** The sort key of each column that can be sorted by (targets cannot: a statement may have several, or none). */
export const COLUMN_SORT: Readonly<Record<TableColumn, StatementSortKey | null>> = {
  speaker: 'speaker',
  act: 'act',
  quote: 'quote',
  about: null,
  date: 'date',
  outlet: 'outlet',
  article: 'article',
};

/** One statement as the table and its CSV show it. */
export interface TableRow {
  statement: StatementView;
  speaker: string;
  /** A statement stored without an act counts as a claim, as in the search. */
  act: SpeechAct;
  quote: string;
  /** Names of the entities it is about, joined by "; ". */
  about: string;
  /** The statement's date, else its article's. */
  date: string | null;
  /** The outlet's declared name, else its domain; null for a file with neither. */
  outlet: string | null;
  article: string;
}

const ABOUT_SEPARATOR = '; ';

export function tableRow(statement: StatementView): TableRow {
  return {
    statement,
    speaker: statement.speaker?.name ?? statement.speakerText ?? '',
    act: statement.act ?? 'claim',
    quote: statement.quote,
    about: statement.about.map((target) => target.name).join(ABOUT_SEPARATOR),
    date: statement.date ?? statement.article.date,
    outlet: outletLabel(statement.article),
    article: articleLabel(statement.article),
  };
}

/** The CSV's columns: the table's, then the provenance behind each row. */
export const TABLE_CSV_COLUMNS = [
  ...TABLE_COLUMNS,
  'kind',
  'cue',
  'url',
  'sentence',
  'articleId',
  'start',
  'end',
  'statementId',
  'rules',
] as const;

const RULE_SEPARATOR = ' > ';

/** Opens the CSV: a byte-order mark (spreadsheets then read UTF-8) and the header line. */
export const TABLE_CSV_HEAD = `\uFEFF${csvRecord([...TABLE_CSV_COLUMNS])}\r\n`;

/** One row of the CSV, CRLF-ended, formula-like cells escaped. */
export function tableCsvLine(row: TableRow): string {
  const { statement } = row;
  const fields: (string | null)[] = [
    row.speaker,
    row.act,
    row.quote,
    row.about,
    row.date,
    row.outlet,
    row.article,
    statement.kind,
    statement.cue,
    statement.article.url,
    statement.sentence,
    statement.articleId,
    String(statement.start),
    String(statement.end),
    statement.id,
    statement.trace.join(RULE_SEPARATOR),
  ];
  const record = csvRecord(
    fields.map((value) => (value === null || value === '' ? undefined : value)),
    { spreadsheet: true },
  );
  return `${record}\r\n`;
}
