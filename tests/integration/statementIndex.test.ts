// The statements table's index through the API: a search asked, articles ingested, the same
// search asked again (the same URL, whose bytes the server keeps until a write) shows the
// new statements, in the store query's order, as the CSV does.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../contract/csv.ts';
import { DEFAULT_STATEMENT_SORT, TABLE_CSV_COLUMNS, type StatementSearchPage } from '../../contract/statementTable.ts';
import { openStore } from '../../cypher/open.ts';
import { searchStatements } from '../../cypher/reads/statementSearch.ts';
import type { GraphStore } from '../../cypher/store.ts';
import { buildApp } from '../../server/app.ts';
import { loadServerConfig } from '../../server/config.ts';
import { statementCorpus } from '../../server/testing/statementCorpus.ts';

let dir: string;
let store: GraphStore;
let app: FastifyInstance;

const corpus = statementCorpus({ statements: 100, seed: 13 });
const firstArticles = new Set(corpus.documents.slice(0, 10).map((document) => document.id));
const articles = (keep: (id: string) => boolean) => ({
  documents: corpus.documents.filter((document) => keep(document.id)),
  entities: corpus.entities.map((entity) => ({
    ...entity,
    mentions: entity.mentions.filter((mention) => keep(mention.document)),
  })),
  statements: corpus.statements.filter((statement) => keep(statement.document)),
  relations: [],
});

async function get(url: string): Promise<{ status: number; body: string }> {
  const response = await app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.body };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-statement-index-api-'));
  const config = loadServerConfig({ dataDir: dir, staticDir: path.join(dir, 'no-dist'), port: 0 }, {});
  store = openStore({ dataDir: dir, dbPath: config.dbPath });
  await store.init();
  await store.writeExtraction(articles((id) => firstArticles.has(id)));
  app = await buildApp({ store, config });
});

afterAll(async () => {
  await app?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the statements index through the API', () => {
  it('shows the statements of articles ingested between two identical requests', async () => {
    const url = '/api/statements/search?q=perche&sort=speaker&dir=asc&limit=200';
    const csvUrl = '/api/statements/search.csv?q=perche&sort=speaker&dir=asc';
    const search = {
      text: 'perche',
      within: 'quote' as const,
      kinds: [],
      acts: [],
      ...DEFAULT_STATEMENT_SORT,
      sort: 'speaker' as const,
      dir: 'asc' as const,
      offset: 0,
      limit: 200,
    };
    const run = (name: string, params?: Record<string, unknown>) => store.run(name, params);
    const before = await get(url);
    expect(before.status).toBe(200);
    expect(JSON.parse(before.body)).toStrictEqual(JSON.parse(JSON.stringify(await searchStatements(run, search))));

    await store.writeExtraction(articles((id) => !firstArticles.has(id)));

    const after = await get(url);
    const page = JSON.parse(after.body) as StatementSearchPage;
    expect(page).toStrictEqual(JSON.parse(JSON.stringify(await searchStatements(run, search))));
    const beforeTotal = (JSON.parse(before.body) as StatementSearchPage).total;
    expect(page.total).toBeGreaterThan(beforeTotal);
    const written = new Set(
      corpus.statements.filter((statement) => !firstArticles.has(statement.document)).map((statement) => statement.id),
    );
    expect(page.statements.filter((statement) => written.has(statement.id)).length).toBe(page.total - beforeTotal);

    const csv = parseCsv((await get(csvUrl)).body.replace(/^\uFEFF/, ''));
    const column = TABLE_CSV_COLUMNS.indexOf('statementId');
    expect(csv.slice(1).map((record) => record[column])).toStrictEqual(
      page.statements.map((statement) => statement.id),
    );
  });
});
