// The statements index against the store query it replaces (search/statements, kept as
// cypher/reads/statementSearch.ts's searchStatements): on a generated corpus full of ties,
// accents, cases and empty keys, every sort in both directions, with and without each filter,
// on several pages, gives the same rows in the same order with the same total. Then what is
// kept: one build per write generation, new statements seen after a write, the query's answer
// where a write comes between choosing a page and reading it; and the CSV's single pass.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../contract/csv.ts';
import type { ExtractionResult } from '../contract/extraction.ts';
import {
  DEFAULT_STATEMENT_SORT,
  SORT_DIRECTIONS,
  STATEMENT_SORT_KEYS,
  TABLE_CSV_COLUMNS,
  type StatementSearchFilter,
  type StatementSearchRequest,
} from '../contract/statementTable.ts';
import { GrafeoStore } from '../cypher/engines/grafeo.ts';
import type { Run } from '../cypher/reads/decode.ts';
import { QUOTE_FOLDS, SORT_FOLDS, searchStatements } from '../cypher/reads/statementSearch.ts';
import type { GraphStore } from '../cypher/store.ts';
import { csvLines } from './routes/statementSearch.ts';
import { compareCodePoints, compareCodeUnits, foldedLikeQuery, queryFolder, StatementIndex } from './statementIndex.ts';
import { statementCorpus } from './testing/statementCorpus.ts';

function request(search: Partial<StatementSearchRequest>): StatementSearchRequest {
  return {
    text: '',
    within: 'quote',
    kinds: [],
    acts: [],
    ...DEFAULT_STATEMENT_SORT,
    offset: 0,
    limit: 200,
    ...search,
  };
}

function openStore(prefix: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const store = new GrafeoStore({ dbPath: path.join(dir, 'index.grafeo') });
  const run: Run = (name, params) => store.run(name, params);
  const close = async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { store, run, close };
}

/** The articles of `result` that `keep` keeps, with their statements and mentions; ids prefixed, dates set when given. */
function articlesOf(
  result: ExtractionResult,
  keep: (articleId: string) => boolean,
  options: { prefix?: string; date?: string } = {},
): ExtractionResult {
  const prefix = options.prefix ?? '';
  return {
    documents: result.documents
      .filter((document) => keep(document.id))
      .map((document) => ({
        ...document,
        id: `${prefix}${document.id}`,
        ...(options.date === undefined ? {} : { date: options.date }),
      })),
    entities: result.entities.map((entity) => ({
      ...entity,
      mentions: entity.mentions
        .filter((mention) => keep(mention.document))
        .map((mention) => ({ ...mention, document: `${prefix}${mention.document}` })),
    })),
    statements: result.statements
      .filter((statement) => keep(statement.document))
      .map((statement) => ({
        ...statement,
        id: `${prefix}${statement.id}`,
        document: `${prefix}${statement.document}`,
      })),
    relations: [],
  };
}

/** Replaces as the queries' `reduce(… replace(text, fold[0], fold[1]))`: one pair after the other. */
function foldedPairByPair(text: string, folds: readonly (readonly [string, string])[]): string {
  return folds.reduce((folded, [from, to]) => folded.replaceAll(from, to), text.toLowerCase());
}

describe('queryFolder', () => {
  it('folds as the queries do, pair after pair, for every character the pairs name and mixed text', () => {
    const samples = [
      ...QUOTE_FOLDS.map(([from]) => from),
      ...QUOTE_FOLDS.map(([from]) => from.toUpperCase()),
      'Perché la CITTÀ è l’“Élite” – già\u00a0déjà\tvu',
      'ΣΟΦΙΑ Straße Łódź ŉ İstanbul 😀',
      '`citato`',
    ];
    for (const folds of [QUOTE_FOLDS, SORT_FOLDS]) {
      const fold = queryFolder(folds);
      for (const sample of samples) expect(fold(sample)).toBe(foldedPairByPair(sample, folds));
    }
    expect(foldedLikeQuery('Perché la CITTÀ')).toBe('perche la citta');
    // Printable ASCII is only lower-cased, as the query's $plain shortcut does.
    expect(foldedLikeQuery('Il `citato`')).toBe('il `citato`');
    expect(foldedLikeQuery('Il `citato` è')).toBe("il 'citato' e");
  });

  it('refuses pairs that one pass cannot apply', () => {
    expect(() =>
      queryFolder([
        ['é', 'e'],
        ['e', 'x'],
      ]),
    ).toThrow('the fold ["é","e"] cannot be applied in one pass');
  });
});

describe('compareCodePoints and compareCodeUnits', () => {
  const words = ['😀', '\uffee', 'b', 'B', '', 'ab', 'a', 'é'];

  it('orders by code point, as the embedded engine: characters past U+FFFF after the last of the basic plane', () => {
    expect([...words].sort(compareCodePoints)).toStrictEqual(['', 'B', 'a', 'ab', 'b', 'é', '\uffee', '😀']);
  });

  it('orders by UTF-16 unit, as Neo4j: their surrogates before U+E000', () => {
    expect([...words].sort(compareCodeUnits)).toStrictEqual(['', 'B', 'a', 'ab', 'b', 'é', '😀', '\uffee']);
  });
});

/** The filters each sort is tried with: none, then each alone, then some together. */
const FILTERS: Partial<StatementSearchFilter>[] = [
  {},
  { text: 'PERCHE' },
  { text: 'città' },
  { text: 'l’accordo' },
  { text: ' non  È ' },
  { text: 'σοφια' },
  { text: '`citato`' },
  { text: 'ha detto', within: 'sentence' },
  { text: 'portavoce', within: 'sentence' },
  { text: 'zzz-nowhere' },
  { kinds: ['indirect', 'partial'] },
  { acts: ['claim'] },
  { acts: ['denial', 'accusation'] },
  { cue: 'ha DETTO' },
  { speaker: 'person:p1' },
  { speaker: 'person:nobody' },
  { from: '2025-02' },
  { to: '2025-01-15' },
  { from: '2025-01-10', to: '2025-02' },
  { text: 'e', kinds: ['direct'], acts: ['claim', 'promise'], from: '2025' },
];

/** The pages each search is compared on. */
const PAGES = [
  { offset: 0, limit: 200 },
  { offset: 37, limit: 50 },
  { offset: 180, limit: 200 },
];

describe('the statements index answers as the store query', () => {
  const { store, run, close } = openStore('newsgraph-statement-index-');
  const index = new StatementIndex(store);

  beforeAll(async () => {
    await store.init();
    await store.writeExtraction(statementCorpus({ statements: 300, seed: 3 }));
  });

  afterAll(close);

  it('the corpus holds ties on every sort key and empty keys', async () => {
    const all = await searchStatements(run, request({ limit: 200 }));
    expect(all.total).toBe(300);
    const dates = all.statements.map((statement) => statement.date ?? statement.article.date);
    expect(new Set(dates).size).toBeLessThan(dates.length);
    expect((await searchStatements(run, request({ from: '0000' }))).total).toBeLessThan(300);
    expect(all.statements.some((statement) => statement.speaker === null && statement.speakerText === null)).toBe(true);
  });

  for (const sort of STATEMENT_SORT_KEYS) {
    for (const dir of SORT_DIRECTIONS) {
      it(`sorted by ${sort} ${dir}: every filter, every page`, async () => {
        for (const filter of FILTERS) {
          for (const page of PAGES) {
            const search = request({ ...filter, sort, dir, ...page });
            const expected = await searchStatements(run, search);
            expect({ search, answer: await index.search(search) }).toStrictEqual({ search, answer: expected });
          }
        }
        expect([index.builds, index.answeredByQuery]).toStrictEqual([1, 0]);
      });
    }
  }
});

describe('what the statements index keeps', () => {
  const { store, run, close } = openStore('newsgraph-statement-index-kept-');
  const corpus = statementCorpus({ statements: 120, seed: 9 });
  const firstArticles = new Set(corpus.documents.slice(0, 14).map((document) => document.id));
  const early = articlesOf(corpus, (id) => firstArticles.has(id));
  const later = articlesOf(corpus, (id) => !firstArticles.has(id));

  beforeAll(async () => {
    await store.init();
    await store.writeExtraction(early);
  });

  afterAll(close);

  it('is built once per write generation and shows what an ingest wrote', async () => {
    const index = new StatementIndex(store);
    const search = request({ sort: 'quote', dir: 'asc', text: 'e', limit: 200 });
    const before = await index.search(search);
    expect(await index.search({ ...search, offset: 3 })).toStrictEqual(
      await searchStatements(run, { ...search, offset: 3 }),
    );
    expect(index.builds).toBe(1);
    await store.writeExtraction(later);
    const after = await index.search(search);
    expect(index.builds).toBe(2);
    expect(after).toStrictEqual(await searchStatements(run, search));
    const laterIds = new Set(later.statements.map((statement) => statement.id));
    expect(before.statements.filter((statement) => laterIds.has(statement.id))).toStrictEqual([]);
    expect(after.statements.filter((statement) => laterIds.has(statement.id)).length).toBeGreaterThan(0);
    expect(after.total).toBeGreaterThan(before.total);
    expect(index.answeredByQuery).toBe(0);
  });

  it('answers with the store query when a write comes between choosing a page and reading it', async () => {
    const renamed = articlesOf(statementCorpus({ statements: 10, seed: 21 }), () => true, {
      prefix: 'x-',
      date: '2026-01-01',
    });
    let written = false;
    const writing = new Proxy(store, {
      get(target, property) {
        if (property === 'run') {
          return async (queryName: string, params?: Record<string, unknown>) => {
            if (queryName === 'statements/by-id' && !written) {
              written = true;
              await target.writeExtraction(renamed);
            }
            return target.run(queryName, params);
          };
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    }) as GraphStore;
    const index = new StatementIndex(writing);
    const search = request({ sort: 'date', dir: 'desc', limit: 20 });
    const answer = await index.search(search);
    expect(written).toBe(true);
    expect(index.answeredByQuery).toBe(1);
    expect(answer).toStrictEqual(await searchStatements(run, search));
    expect(answer.statements.some((statement) => statement.id.startsWith('x-'))).toBe(true);
  });
});

describe('the CSV of a search', () => {
  const { store, run, close } = openStore('newsgraph-statement-index-csv-');
  const corpus = statementCorpus({ statements: 150, seed: 5 });

  beforeAll(async () => {
    await store.init();
    await store.writeExtraction(corpus);
  });

  afterAll(close);

  const statementIds = (lines: string[]): string[] => {
    const records = parseCsv(lines.join('').replace(/^\uFEFF/, ''));
    const column = TABLE_CSV_COLUMNS.indexOf('statementId');
    return records.slice(1).map((record) => record[column] ?? '');
  };

  it('holds every matching statement once, in the search order, though a write comes in between its batches', async () => {
    // Sorted by kind: a few keys shared by every statement, ties everywhere.
    const filter = request({ sort: 'kind', dir: 'desc' });
    const expected: string[] = [];
    for (let offset = 0; ; offset += 200) {
      const page = await searchStatements(run, { ...filter, offset, limit: 200 });
      expected.push(...page.statements.map((statement) => statement.id));
      if (!page.truncated) break;
    }
    expect(expected.length).toBe(150);
    const index = new StatementIndex(store);
    const lines = csvLines(index, filter, { batch: 40 });
    const taken: string[] = [];
    for (let step = 0; step < 3; step++) {
      const next = await lines.next();
      if (next.done) throw new Error('the CSV ended early');
      taken.push(next.value);
    }
    // Newer statements of every kind, which the same order would put among those already written.
    await store.writeExtraction(
      articlesOf(statementCorpus({ statements: 60, seed: 77 }), () => true, { prefix: 'n-', date: '2026-01-01' }),
    );
    for await (const line of lines) taken.push(line);
    expect(statementIds(taken)).toStrictEqual(expected);
  });

  it('ends with an error when a chosen statement is deleted before it is read', async () => {
    const index = new StatementIndex(store);
    const lines = csvLines(index, request({}), { batch: 40 });
    await lines.next();
    await lines.next();
    await store.reset();
    await expect(lines.next()).rejects.toThrow('statements were deleted from the store while they were being read');
  });
});
