// Statements with no detected target, on the seed corpus: they belong to no "spoke about"
// edge, yet the statements CSV of an export that holds their speaker lists them. What the
// extractor finds is read at run time: the expectations compare the export with the store.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8 } from 'fflate';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatementView } from '../../contract/api.ts';
import { openStore } from '../../cypher/open.ts';
import { MAX_STATEMENTS_PAGE } from '../../contract/limits.ts';
import type { GraphStore } from '../../cypher/store.ts';
import { ingestDocuments } from '../../ingest/ingest.ts';
import { readInputs } from '../../ingest/readers/index.ts';
import { buildApp } from '../../server/app.ts';
import { loadServerConfig } from '../../server/config.ts';
import { parseCsv } from '../../contract/csv.ts';
import { exportSubgraph } from '../../server/export/subgraph.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEEDS = path.join(
  path.resolve(process.env.NEWSGRAPH_SHARED ?? path.join(ROOT, '..', 'shared')),
  'corpus',
  'seeds',
);
const CONTEXT = { creator: 'newsgraph test' };

let dir: string;
let store: GraphStore;
let app: FastifyInstance;
let speakerId: string;
let said: StatementView[];

/** Every statement a speaker made, as the statements API pages them. */
async function statementsBy(speaker: string): Promise<StatementView[]> {
  const all: StatementView[] = [];
  for (let offset = 0; ; offset += MAX_STATEMENTS_PAGE) {
    const page = await store.statements({ speaker, limit: MAX_STATEMENTS_PAGE, offset });
    all.push(...page.statements);
    if (all.length >= page.total || page.statements.length === 0) return all;
  }
}

/** A statement as a CSV row keys it: article and start offset. */
const place = (articleId: string | undefined, start: string | number | undefined) => `${articleId}@${start}`;

function csvPlaces(body: string | Uint8Array, speakerName: string): string[] {
  const [header, ...rows] = parseCsv(typeof body === 'string' ? body.replace(/^\uFEFF/, '') : strFromU8(body));
  const column = (name: string) => header!.indexOf(name);
  return rows
    .filter((row) => row[column('speaker')] === speakerName)
    .map((row) => place(row[column('articleId')], row[column('start')]))
    .sort();
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-untargeted-'));
  const config = loadServerConfig({ dataDir: dir, staticDir: path.join(dir, 'no-dist'), port: 0 }, {});
  store = openStore({ dataDir: dir, dbPath: config.dbPath });
  await store.init();
  const { documents } = await readInputs([SEEDS]);
  await ingestDocuments(store, documents);
  app = await buildApp({ store, config });
  const [peskov] = (await store.search('Dmitry Peskov', 5)).filter((hit) => hit.name === 'Dmitry Peskov');
  speakerId = peskov!.id;
  said = await statementsBy(speakerId);
});

afterAll(async () => {
  await app?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('statements with no target', () => {
  it('are among what the seed corpus gives Peskov, his denial included', () => {
    const untargeted = said.filter((statement) => statement.about.length === 0);
    expect(untargeted.length).toBeGreaterThan(0);
    expect(said.some((statement) => statement.quote.startsWith('Tutto questo non è vero'))).toBe(true);
  });

  it('are in the statements CSV of his neighborhood, which lists every statement he made', async () => {
    const file = await exportSubgraph(store, { format: 'statements-csv', entity: speakerId }, CONTEXT);
    expect(csvPlaces(file.body, 'Dmitry Peskov')).toStrictEqual(
      said.map((statement) => place(statement.articleId, statement.start)).sort(),
    );
  });

  it('are in the statements CSV of him alone, exported by id through the API', async () => {
    const answer = await app.inject({
      method: 'POST',
      url: '/api/export',
      payload: { format: 'statements-csv', ids: [speakerId] },
    });
    expect(answer.statusCode).toBe(200);
    // Alone, none of his targets is in the export: what he said about no one is.
    expect(csvPlaces(answer.body, 'Dmitry Peskov')).toStrictEqual(
      said
        .filter((statement) => statement.about.length === 0)
        .map((statement) => place(statement.articleId, statement.start))
        .sort(),
    );
  });
});
