// GET /api/statements/search and its CSV on the seed corpus: a phrase of a quote finds its
// statement whatever its case and accents; kinds, acts, cue, speaker and dates filter; the
// store sorts by each key and pages, with the total; bad keys and limits are 400s; the CSV
// holds every matching row in the same order. Expectations are checked against what the
// store itself lists, read at run time.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatementView } from '../../contract/api.ts';
import { parseCsv } from '../../contract/csv.ts';
import {
  MAX_STATEMENT_SEARCH_LIMIT,
  TABLE_CSV_COLUMNS,
  tableRow,
  type StatementSearchPage,
} from '../../contract/statementTable.ts';
import { openStore } from '../../cypher/open.ts';
import { MAX_STATEMENTS_PAGE } from '../../contract/limits.ts';
import { statementsByIds } from '../../cypher/reads/scope.ts';
import type { GraphStore } from '../../cypher/store.ts';
import { foldText } from '../../cypher/text.ts';
import { ingestDocuments } from '../../ingest/ingest.ts';
import { readInputs } from '../../ingest/readers/index.ts';
import { buildApp } from '../../server/app.ts';
import { loadServerConfig } from '../../server/config.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEEDS = path.join(
  path.resolve(process.env.NEWSGRAPH_SHARED ?? path.join(ROOT, '..', 'shared')),
  'corpus',
  'seeds',
);

type Hits = StatementSearchPage;

let dir: string;
let store: GraphStore;
let app: FastifyInstance;
/** Every statement of the store, newest first, the undated last (the search's default order). */
let all: StatementView[];

async function search(query: string): Promise<{ status: number; body: Hits & { code?: string } }> {
  const response = await app.inject({ method: 'GET', url: `/api/statements/search?${query}` });
  return { status: response.statusCode, body: JSON.parse(response.body) as Hits & { code?: string } };
}

const ids = (statements: StatementView[]) => statements.map((statement) => statement.id);

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-statement-search-'));
  const config = loadServerConfig({ dataDir: dir, staticDir: path.join(dir, 'no-dist'), port: 0 }, {});
  store = openStore({ dataDir: dir, dbPath: config.dbPath });
  await store.init();
  const { documents } = await readInputs([SEEDS]);
  await ingestDocuments(store, documents);
  app = await buildApp({ store, config });
  const listed = await store.statements({ limit: MAX_STATEMENTS_PAGE, offset: 0 });
  expect(listed.statements.length).toBe(listed.total);
  // /api/statements lists them newest first too, in the same ties, but puts no date apart.
  const dated = (statement: StatementView) => tableRow(statement).date !== null;
  all = [...listed.statements.filter(dated), ...listed.statements.filter((statement) => !dated(statement))];
});

afterAll(async () => {
  await app?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('GET /api/statements/search', () => {
  it("finds Peskov's denial by a phrase of its quote, whatever the case", async () => {
    const upper = await search(`q=${encodeURIComponent('ASSOLUTAMENTE False')}`);
    expect(upper.status).toBe(200);
    const [denial] = upper.body.statements;
    expect(upper.body.statements.length).toBe(1);
    expect([denial!.speaker?.name, denial!.kind, denial!.cue, denial!.quote]).toStrictEqual([
      'Dmitry Peskov',
      'indirect',
      'ha respinto',
      'le accuse come "assolutamente false"',
    ]);
    expect(upper.body).toStrictEqual({
      statements: await statementsByIds((name, params) => store.run(name, params), [denial!.id]),
      total: 1,
      offset: 0,
      truncated: false,
    });
  });

  it('matches without accents what the quote writes with them, and the other way round', async () => {
    const plain = await search(`q=${encodeURIComponent('non e vero')}`);
    const accented = await search(`q=${encodeURIComponent('NON È VERO')}`);
    expect(ids(plain.body.statements)).toStrictEqual(ids(accented.body.statements));
    expect(plain.body.statements.map((s) => [s.speaker?.name, s.kind])).toStrictEqual([['Dmitry Peskov', 'direct']]);
    expect(plain.body.statements[0]!.quote.startsWith('Tutto questo non è vero')).toBe(true);
  });

  it('every statement whose folded quote holds the words, newest first', async () => {
    const words = 'ha';
    const expected = all.filter((s) => foldText(s.quote).includes(words));
    expect(expected.length).toBeGreaterThan(1);
    const { body } = await search(`q=${words}&limit=200`);
    expect(ids(body.statements)).toStrictEqual(ids(expected));
    expect(body.total).toBe(expected.length);
  });

  it('with in=sentence, every statement whose quote or sentence holds the words', async () => {
    const words = 'assolutamente false';
    const expected = all.filter((s) => foldText(s.quote).includes(words) || foldText(s.sentence).includes(words));
    const inQuote = all.filter((s) => foldText(s.quote).includes(words));
    expect(expected.length > inQuote.length).toBe(true);
    const { body } = await search(`q=${encodeURIComponent('ASSOLUTAMENTE false')}&in=sentence&limit=200`);
    expect([ids(body.statements), body.total]).toStrictEqual([ids(expected), expected.length]);
  });

  it('filters by kinds and by cue, with no words', async () => {
    const direct = await search('kinds=direct&limit=200');
    expect(ids(direct.body.statements)).toStrictEqual(ids(all.filter((s) => s.kind === 'direct')));
    const twoKinds = await search('kinds=partial,indirect&limit=200');
    expect(ids(twoKinds.body.statements)).toStrictEqual(ids(all.filter((s) => s.kind !== 'direct')));
    const cue = await search(`cue=${encodeURIComponent('HA RESPINTO')}&limit=200`);
    expect(ids(cue.body.statements)).toStrictEqual(ids(all.filter((s) => s.cue === 'ha respinto')));
    expect(cue.body.statements.length).toBeGreaterThan(0);
  });

  it('says when more matched than the limit', async () => {
    const { body } = await search('limit=3');
    expect({ ids: ids(body.statements), total: body.total, truncated: body.truncated }).toStrictEqual({
      ids: ids(all.slice(0, 3)),
      total: all.length,
      truncated: true,
    });
  });

  it('pages: each page follows the last, the total counts them all', async () => {
    const pages: string[] = [];
    for (let offset = 0; offset < all.length; offset += 25) {
      const { status, body } = await search(`sort=speaker&dir=asc&offset=${offset}&limit=25`);
      expect([status, body.total, body.offset, body.truncated]).toStrictEqual([
        200,
        all.length,
        offset,
        offset + 25 < all.length,
      ]);
      pages.push(...ids(body.statements));
    }
    const whole = await search(`sort=speaker&dir=asc&limit=${MAX_STATEMENT_SEARCH_LIMIT}`);
    expect(pages).toStrictEqual(ids(whole.body.statements));
    expect(new Set(pages).size).toBe(all.length);
    const past = await search(`offset=${all.length}&limit=10`);
    expect([past.status, past.body.statements, past.body.total, past.body.truncated]).toStrictEqual([
      200,
      [],
      all.length,
      false,
    ]);
  });

  it('sorts by speaker, act, kind and date both ways, the rows with no speaker last', async () => {
    const folded = (statement: StatementView) => foldText(tableRow(statement).speaker);
    const speakers = await search(`sort=speaker&dir=asc&limit=${MAX_STATEMENT_SEARCH_LIMIT}`);
    const named = speakers.body.statements.map(folded).filter(Boolean);
    expect(named.length > 1).toBe(true);
    expect(named).toStrictEqual([...named].sort());
    expect(speakers.body.statements.map(folded)).toStrictEqual([
      ...named,
      ...all.filter((statement) => !folded(statement)).map(() => ''),
    ]);
    const down = await search(`sort=speaker&dir=desc&limit=${MAX_STATEMENT_SEARCH_LIMIT}`);
    expect(down.body.statements.map(folded).filter(Boolean)).toStrictEqual([...named].sort().reverse());

    for (const [sort, cell] of [
      ['act', (statement: StatementView) => statement.act ?? 'claim'],
      ['kind', (statement: StatementView) => statement.kind],
      ['date', (statement: StatementView) => tableRow(statement).date ?? ''],
    ] as const) {
      for (const dir of ['asc', 'desc'] as const) {
        const { body } = await search(`sort=${sort}&dir=${dir}&limit=${MAX_STATEMENT_SEARCH_LIMIT}`);
        const cells = body.statements.map(cell);
        const sorted = cells.filter(Boolean).sort();
        const empty = cells.filter((value) => !value);
        expect({ sort, dir, cells }).toStrictEqual({
          sort,
          dir,
          cells: [...(dir === 'asc' ? sorted : sorted.reverse()), ...empty],
        });
        expect(body.total).toBe(all.length);
      }
    }
  });

  it("filters by speaker and dates: Peskov's statements of one day", async () => {
    const peskov = all.find((statement) => statement.speaker?.name === 'Dmitry Peskov' && tableRow(statement).date)!;
    const day = tableRow(peskov).date!;
    const expected = all.filter(
      (statement) => statement.speaker?.id === peskov.speaker!.id && tableRow(statement).date === day,
    );
    const { status, body } = await search(
      `speaker=${encodeURIComponent(peskov.speaker!.id)}&from=${day}&to=${day}&limit=${MAX_STATEMENT_SEARCH_LIMIT}`,
    );
    expect([status, ids(body.statements), body.total]).toStrictEqual([200, ids(expected), expected.length]);
    const month = await search(`from=${day.slice(0, 7)}&to=${day.slice(0, 7)}&limit=1`);
    expect(month.body.total).toBe(
      all.filter((statement) => tableRow(statement).date?.startsWith(day.slice(0, 7))).length,
    );
  });

  it('refuses a bad sort key, direction, offset or limit with a 400 that names the parameter', async () => {
    const refusals: [string, string][] = [
      ['sort=colour', '"sort" must be one of date, speaker, act, kind, quote, outlet, article, got "colour"'],
      ['dir=up', '"dir" must be asc or desc, got "up"'],
      ['offset=-1', '"offset" must be a whole number from 0 to 10000000, got "-1"'],
      ['limit=201', '"limit" must be from 1 to 200, got 201'],
      ['limit=0', '"limit" must be from 1 to 200, got 0'],
      ['limit=1e9', '"limit" must be a whole number from 1 to 200, got "1e9"'],
      ['from=2025-13', '"from" must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got "2025-13"'],
      ['from=2025-03&to=2025-02', '"from" (2025-03) is after "to" (2025-02)'],
      ['sort=date&sort=speaker', '"sort" must be given once'],
      ['in=article', '"in" must be quote or sentence, got "article"'],
    ];
    for (const [query, error] of refusals) {
      const response = await app.inject({ method: 'GET', url: `/api/statements/search?${query}` });
      expect({ query, status: response.statusCode, body: JSON.parse(response.body) }).toStrictEqual({
        query,
        status: 400,
        body: { error, code: 'BAD_REQUEST' },
      });
    }
  });

  it('refuses an unknown kind or a limit past the cap with a 400', async () => {
    for (const query of ['kinds=denial', 'kinds=direct,', 'limit=201', 'cue=', 'other=1']) {
      const { status, body } = await search(query);
      expect({ query, status, code: body.code }).toStrictEqual({ query, status: 400, code: 'BAD_REQUEST' });
    }
  });
});

describe('GET /api/statements/search.csv', () => {
  async function csv(query: string) {
    const response = await app.inject({ method: 'GET', url: `/api/statements/search.csv?${query}` });
    return { response, records: response.statusCode === 200 ? parseCsv(response.body.replace(/^\uFEFF/, '')) : [] };
  }

  it('holds every matching row, past one page, in the order of the search', async () => {
    const { response, records } = await csv('sort=speaker&dir=asc');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="statements-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.body.startsWith('\uFEFFspeaker,act,quote,about,date,outlet,article,kind,')).toBe(true);
    const [header, ...rows] = records;
    expect(header).toStrictEqual([...TABLE_CSV_COLUMNS]);
    const column = (name: string) => rows.map((row) => row[header!.indexOf(name)] ?? '');
    const pages: StatementView[] = [];
    for (let offset = 0; offset < all.length; offset += MAX_STATEMENT_SEARCH_LIMIT) {
      const { body } = await search(`sort=speaker&dir=asc&offset=${offset}&limit=${MAX_STATEMENT_SEARCH_LIMIT}`);
      pages.push(...body.statements);
    }
    expect(column('statementId')).toStrictEqual(ids(pages));
    expect(rows.length).toBe(all.length);
    expect(column('speaker')).toStrictEqual(pages.map((statement) => tableRow(statement).speaker));
  });

  it('keeps the filters: the denials only', async () => {
    const { records } = await csv('acts=denial&sort=date&dir=asc');
    const [header, ...rows] = records;
    const { body } = await search(`acts=denial&sort=date&dir=asc&limit=${MAX_STATEMENT_SEARCH_LIMIT}`);
    expect(body.total > 0).toBe(true);
    expect(rows.map((row) => row[header!.indexOf('statementId')])).toStrictEqual(ids(body.statements));
    expect(rows.map((row) => row[header!.indexOf('act')])).toStrictEqual(body.statements.map(() => 'denial'));
  });

  it('refuses paging parameters and bad keys with a 400', async () => {
    for (const [query, error] of [
      [
        'offset=50',
        'unknown parameter "offset"; this route takes q, in, kinds, acts, cue, speaker, from, to, sort, dir',
      ],
      ['sort=colour', '"sort" must be one of date, speaker, act, kind, quote, outlet, article, got "colour"'],
    ]) {
      const { response } = await csv(query!);
      expect([response.statusCode, JSON.parse(response.body)]).toStrictEqual([400, { error, code: 'BAD_REQUEST' }]);
    }
  });
});
