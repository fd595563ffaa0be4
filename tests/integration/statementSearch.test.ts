// GET /api/statements/search on the seed corpus: a phrase of a quote finds its statement
// whatever its case and accents; kinds and cue filter. Expectations are checked against
// what the store itself lists, read at run time.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatementView } from '../../contract/api.ts';
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

interface Hits {
  statements: StatementView[];
  truncated: boolean;
}

let dir: string;
let store: GraphStore;
let app: FastifyInstance;
/** Every statement of the store, as /api/statements lists them: newest first. */
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
  all = listed.statements;
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
    expect({ ids: ids(body.statements), truncated: body.truncated }).toStrictEqual({
      ids: ids(all.slice(0, 3)),
      truncated: true,
    });
  });

  it('refuses an unknown kind or a limit past the cap with a 400', async () => {
    for (const query of ['kinds=denial', 'kinds=direct,', 'limit=201', 'cue=', 'other=1']) {
      const { status, body } = await search(query);
      expect({ query, status, code: body.code }).toStrictEqual({ query, status: 400, code: 'BAD_REQUEST' });
    }
  });
});
