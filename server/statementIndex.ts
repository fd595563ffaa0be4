// The statements table's index, kept by the server: for every statement, its filters'
// fields and its sort keys (read by search/statement-keys, statement-articles and
// statement-speakers, then folded here as search/statements folds them), its quote and
// sentence folded the first time words are looked for, and the statements' orders, each
// sorted the first time it is asked for. A page is then chosen
// here and only its rows are read from the store (statements/by-id): the engine no longer
// folds and sorts every statement on each request. Nothing is added to the stored graph
// (a folded property on each :Statement would show in every export).
//
// Kept for one write generation of the store (GraphStore.readGeneration, as the response
// cache keeps its bytes: server/responseCache.ts). A store that cannot tell its generation
// (Neo4j, which other processes may write) answers a page with its own query, since an index
// built for one page costs more than that query (bench/README.md); its CSV still goes through
// an index built for that download, one read of the ids for every batch. Where a write comes in between (the generation
// moves, or a chosen statement is gone), the answer is the store query's
// (cypher/reads/statementSearch.ts), which this index must equal: same rows, same order,
// same total.

import type { StatementView } from '../contract/api.ts';
import {
  MAX_STATEMENT_SEARCH_LIMIT,
  type SortDirection,
  type StatementSearchFilter,
  type StatementSearchPage,
  type StatementSearchRequest,
  type StatementSortKey,
} from '../contract/statementTable.ts';
import { TWO_LEVEL_SUFFIXES } from '../contract/outlet.ts';
import { inOrder, num, statementView, str, strOrNull, type Run } from '../cypher/reads/decode.ts';
import { PLAIN_TEXT, QUOTE_FOLDS, SORT_FOLDS, searchStatements } from '../cypher/reads/statementSearch.ts';
import type { GraphStore, Row } from '../cypher/store.ts';
import { foldText } from '../cypher/text.ts';

/** Statements read from the store per query while a CSV is written. */
export const STATEMENT_ROWS_BATCH = 500;

/**
 * A function folding text as `reduce(text = toLower(t), fold IN folds | replace(text, fold[0], fold[1]))`
 * does in the queries. Each `from` is one character and no `to` holds a `from`, so one pass
 * over the text replaces what the query's replace per pair would; checked here, once.
 */
export function queryFolder(folds: readonly (readonly [string, string])[]): (text: string) => string {
  const table = new Map<string, string>(folds.map(([from, to]) => [from, to]));
  for (const [from, to] of folds) {
    if ([...from].length !== 1 || [...to].some((char) => table.has(char))) {
      throw new Error(`the fold ${JSON.stringify([from, to])} cannot be applied in one pass`);
    }
  }
  const chars = [...table.keys()].map((char) => `\\u{${char.codePointAt(0)!.toString(16)}}`).join('');
  const pattern = new RegExp(`[${chars}]`, 'gu');
  return (text) => text.toLowerCase().replace(pattern, (char) => table.get(char)!);
}

const foldAll = queryFolder(QUOTE_FOLDS);
const foldSortKey = queryFolder(SORT_FOLDS);
const PLAIN = new RegExp(`^(?:${PLAIN_TEXT})$`);

/** A quote or sentence as search/statements compares it: printable ASCII only lower-cased, the rest folded. */
export function foldedLikeQuery(text: string): string {
  return PLAIN.test(text) ? text.toLowerCase() : foldAll(text);
}

/** A text sort key as search/statements orders it. */
function sortKeyOf(raw: string): string {
  return PLAIN.test(raw) ? raw.toLowerCase() : foldSortKey(raw);
}

/** How an engine orders strings. */
export type TextOrder = (a: string, b: string) => number;

/** Strings in UTF-16 code unit order, as Neo4j orders them (a character past U+FFFF before U+E000). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Strings in code point order, as the embedded engine orders them (`<` orders UTF-16 units). */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (D800–DFFF) stand for code points above every unit from E000 on.
    if (x >= 0xd800 && y >= 0xd800) {
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}

interface Entry {
  id: string;
  articleId: string;
  start: number;
  /** The statement's date, else its article's; null where neither has one. */
  date: string | null;
  /** `date`, '' where there is none: the order's tiebreak. */
  day: string;
  kind: string;
  act: string;
  /** Folded whole (empty where there is none), as the cue filter compares it. */
  cue: string;
  /** As stored; folded the first time words are looked for (`folded`), which a page in some order does not need. */
  quote: string;
  sentence: string;
  folded?: { quote: string; sentence: string };
  speakerId: string | null;
  keys: Record<StatementSortKey, string>;
}

interface ArticleKeys {
  date: string | null;
  outlet: string;
  article: string;
}

function entryOf(row: Row, article: ArticleKeys, speaker: Row | undefined): Entry {
  const quote = str(row.quote);
  const date = strOrNull(row.date) ?? article.date;
  const day = date ?? '';
  const act = str(row.act);
  const kind = str(row.kind);
  return {
    id: str(row.id),
    articleId: str(row.articleId),
    start: num(row.start),
    date,
    day,
    kind,
    act,
    cue: foldAll(str(row.cue)),
    quote,
    sentence: str(row.sentence),
    speakerId: speaker ? str(speaker.speakerId) : null,
    keys: {
      date: day,
      speaker: speaker ? str(speaker.speakerKey) : sortKeyOf(str(row.speakerText)),
      act,
      kind,
      quote: sortKeyOf(quote),
      outlet: sortKeyOf(article.outlet),
      article: sortKeyOf(article.article),
    },
  };
}

/** search/statements' ORDER BY: empty keys last either way, then the newest, article, position, id. */
function comparator(
  sort: StatementSortKey,
  dir: SortDirection,
  compareText: TextOrder,
): (a: Entry, b: Entry) => number {
  const sign = dir === 'desc' ? -1 : 1;
  return (a, b) => {
    const keyA = a.keys[sort];
    const keyB = b.keys[sort];
    if ((keyA === '') !== (keyB === '')) return keyA === '' ? 1 : -1;
    return (
      sign * compareText(keyA, keyB) ||
      compareText(b.day, a.day) ||
      compareText(a.articleId, b.articleId) ||
      a.start - b.start ||
      compareText(a.id, b.id)
    );
  };
}

/** Whether the entry's quote (or its sentence, `inSentence`) holds the folded words, as search/statements tests them. */
function containsWords(entry: Entry, contains: string, inSentence: boolean): boolean {
  entry.folded ??= { quote: foldedLikeQuery(entry.quote), sentence: foldedLikeQuery(entry.sentence) };
  return entry.folded.quote.includes(contains) || (inSentence && entry.folded.sentence.includes(contains));
}

/** The test search/statements' WHERE makes, on an entry. */
function matcher(filter: StatementSearchFilter, compareText: TextOrder): ((entry: Entry) => boolean) | null {
  const contains = foldText(filter.text);
  const inSentence = filter.within === 'sentence';
  const kinds = filter.kinds.length ? new Set<string>(filter.kinds) : null;
  const acts = filter.acts.length ? new Set<string>(filter.acts) : null;
  const cue = filter.cue === undefined ? '' : foldText(filter.cue);
  const { speaker, from } = filter;
  const toBefore = filter.to === undefined ? undefined : `${filter.to}\uffff`;
  if (!contains && !kinds && !acts && !cue && speaker === undefined && from === undefined && toBefore === undefined) {
    return null;
  }
  return (entry) =>
    (kinds === null || kinds.has(entry.kind)) &&
    (acts === null || acts.has(entry.act)) &&
    (from === undefined || (entry.date !== null && compareText(entry.date, from) >= 0)) &&
    (toBefore === undefined || (entry.date !== null && compareText(entry.date, toBefore) < 0)) &&
    (speaker === undefined || entry.speakerId === speaker) &&
    (!cue || entry.cue === cue) &&
    (!contains || containsWords(entry, contains, inSentence));
}

/** Every statement of one state of the store, with its orders. */
export class BuiltStatementIndex {
  private readonly orders = new Map<string, Entry[]>();

  /** `compareText` orders strings as the store that was read does. */
  constructor(
    private readonly entries: readonly Entry[],
    private readonly compareText: TextOrder,
  ) {}

  get size(): number {
    return this.entries.length;
  }

  private order(sort: StatementSortKey, dir: SortDirection): Entry[] {
    const name = `${sort} ${dir}`;
    let sorted = this.orders.get(name);
    if (!sorted) {
      sorted = [...this.entries].sort(comparator(sort, dir, this.compareText));
      this.orders.set(name, sorted);
    }
    return sorted;
  }

  /** The ids of the statements matching `filter` from `offset` on (at most `limit`), in its order, and how many match. */
  select(filter: StatementSearchFilter, offset: number, limit: number): { ids: string[]; total: number } {
    const sorted = this.order(filter.sort, filter.dir);
    const matches = matcher(filter, this.compareText);
    if (matches === null) {
      return { ids: sorted.slice(offset, offset + limit).map((entry) => entry.id), total: sorted.length };
    }
    const ids: string[] = [];
    let total = 0;
    for (const entry of sorted) {
      if (!matches(entry)) continue;
      if (total >= offset && ids.length < limit) ids.push(entry.id);
      total += 1;
    }
    return { ids, total };
  }
}

/**
 * Reads every statement's keys and builds the index: the statements first, then their
 * articles and speakers, so an article or speaker written meanwhile is not missed (a
 * statement is written after them); a statement whose article is gone meanwhile is left out.
 */
export async function buildStatementIndex(run: Run, compareText: TextOrder): Promise<BuiltStatementIndex> {
  const statements = await run('search/statement-keys', {});
  const [articles, speakers] = await Promise.all([
    run('search/statement-articles', { twoLevelSuffixes: [...TWO_LEVEL_SUFFIXES].map((suffix) => `.${suffix}`) }),
    run('search/statement-speakers', {}),
  ]);
  const articleKeys = new Map<string, ArticleKeys>();
  for (const row of articles) {
    articleKeys.set(str(row.id), { date: strOrNull(row.date), outlet: str(row.outlet), article: str(row.article) });
  }
  const speakerOf = new Map<string, Row>();
  for (const row of speakers) {
    const statementId = str(row.statementId);
    if (!speakerOf.has(statementId)) speakerOf.set(statementId, row);
  }
  const entries: Entry[] = [];
  for (const row of statements) {
    const article = articleKeys.get(str(row.inArticle));
    if (article) entries.push(entryOf(row, article, speakerOf.get(str(row.id))));
  }
  return new BuiltStatementIndex(entries, compareText);
}

/** The statements `ids` names, in that order; null when one is missing (deleted meanwhile). */
async function statementsByIds(run: Run, ids: string[]): Promise<StatementView[] | null> {
  if (ids.length === 0) return [];
  const rows = inOrder(await run('statements/by-id', { ids }), ids, (row) => str(row.id));
  return rows && rows.map(statementView);
}

export class StatementIndex {
  private kept: { generation: number; built: Promise<BuiltStatementIndex> } | null = null;
  /** Indexes built, and pages answered by the store query instead (a write came in between): the tests watch them. */
  builds = 0;
  answeredByQuery = 0;
  private readonly run: Run;

  constructor(private readonly store: GraphStore) {
    this.run = (queryName, params) => store.run(queryName, params);
  }

  private build(): Promise<BuiltStatementIndex> {
    this.builds += 1;
    // The engines order characters past U+FFFF apart: the index orders as its store does.
    return buildStatementIndex(this.run, this.store.kind === 'neo4j' ? compareCodeUnits : compareCodePoints);
  }

  /** The index of the store as it is, with the generation it belongs to (null: built for this request only). */
  private async current(): Promise<{ index: BuiltStatementIndex; generation: number | null }> {
    const generation = this.store.readGeneration ?? null;
    if (generation === null) return { index: await this.build(), generation };
    if (this.kept?.generation !== generation) {
      const built = this.build();
      const kept = { generation, built };
      this.kept = kept;
      built.catch(() => {
        if (this.kept === kept) this.kept = null;
      });
    }
    return { index: await this.kept.built, generation };
  }

  private moved(generation: number | null): boolean {
    return generation !== null && (this.store.readGeneration ?? null) !== generation;
  }

  /** One page of the statements matching the search, in its order, with how many match in all. */
  async search(search: StatementSearchRequest): Promise<StatementSearchPage> {
    const offset = Math.max(0, Math.trunc(search.offset));
    const limit = Math.max(1, Math.min(Math.trunc(search.limit), MAX_STATEMENT_SEARCH_LIMIT));
    if ((this.store.readGeneration ?? null) === null) return searchStatements(this.run, search);
    const { index, generation } = await this.current();
    const { ids, total } = index.select(search, offset, limit);
    const statements = await statementsByIds(this.run, ids);
    if (statements === null || this.moved(generation)) {
      this.answeredByQuery += 1;
      return searchStatements(this.run, search);
    }
    return { statements, total, offset, truncated: offset + statements.length < total };
  }

  /**
   * Every statement matching the filter, in its order, a batch at a time: the ids are chosen
   * once, from one state of the store, so a write while the batches are read neither repeats
   * nor skips a row; a chosen statement deleted meanwhile (the store reset) ends it with an error.
   */
  async *matching(
    filter: StatementSearchFilter,
    options: { signal?: AbortSignal; batch?: number } = {},
  ): AsyncGenerator<StatementView[]> {
    const batch = options.batch ?? STATEMENT_ROWS_BATCH;
    const { index } = await this.current();
    const { ids } = index.select(filter, 0, index.size);
    for (let from = 0; from < ids.length; from += batch) {
      if (options.signal?.aborted) return;
      const statements = await statementsByIds(this.run, ids.slice(from, from + batch));
      if (statements === null) throw new Error('statements were deleted from the store while they were being read');
      yield statements;
    }
  }
}
