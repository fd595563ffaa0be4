// The statements table on Neo4j (server/statementIndex.ts): Neo4j has no write generation, so a
// page is the store query's answer and the CSV's rows come from an index built for the
// download. Both against the store query paged through, on Neo4j, and against the embedded
// store's index: every sort in both directions, with and without filters. The embedded store's
// answers are compared but for the order of quotes holding a character past U+FFFF
// (the corpus has 😀 and U+FFEE): Neo4j orders strings by UTF-16 unit, the embedded engine by
// code point, and the index orders as its store does.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_STATEMENT_SORT,
  SORT_DIRECTIONS,
  STATEMENT_SORT_KEYS,
  type StatementSearchFilter,
  type StatementSearchRequest,
} from '../../contract/statementTable.ts';
import { GrafeoStore } from '../../cypher/engines/grafeo.ts';
import type { Neo4jStore } from '../../cypher/engines/neo4j.ts';
import { searchStatements } from '../../cypher/reads/statementSearch.ts';
import { StatementIndex } from '../../server/statementIndex.ts';
import { statementCorpus } from '../../server/testing/statementCorpus.ts';
import { openNeo4j } from './neo4jTesting.ts';

const FILTERS: Partial<StatementSearchFilter>[] = [
  {},
  { text: 'PERCHE' },
  { text: 'l’accordo' },
  { text: 'ha detto', within: 'sentence' },
  { kinds: ['indirect'], acts: ['claim', 'denial'] },
  { cue: 'ha DETTO' },
  { speaker: 'person:p1' },
  { from: '2025-01-10', to: '2025-02' },
];

const PAGES = [
  { offset: 0, limit: 200 },
  { offset: 150, limit: 100 },
];

function request(search: Partial<StatementSearchRequest>): StatementSearchRequest {
  return { text: '', within: 'quote', kinds: [], acts: [], ...DEFAULT_STATEMENT_SORT, offset: 0, limit: 200, ...search };
}

let tmp: string;
let embedded: GrafeoStore;
let neo4j: Neo4jStore;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-neo4j-statement-index-'));
  const corpus = statementCorpus({ statements: 300, seed: 3 });
  embedded = new GrafeoStore({ dbPath: path.join(tmp, 'embedded.grafeo') });
  await embedded.init();
  await embedded.writeExtraction(corpus);
  neo4j = openNeo4j();
  await neo4j.init();
  await neo4j.reset();
  await neo4j.writeExtraction(corpus);
});

afterAll(async () => {
  await neo4j?.reset();
  await neo4j?.close();
  await embedded?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('the statements table on Neo4j', () => {
  for (const sort of STATEMENT_SORT_KEYS) {
    for (const dir of SORT_DIRECTIONS) {
      it(`answers pages and the CSV's rows as the store query and as the embedded store, sorted by ${sort} ${dir}`, async () => {
        const onNeo4j = new StatementIndex(neo4j);
        const onEmbedded = new StatementIndex(embedded);
        for (const filter of FILTERS) {
          for (const page of PAGES) {
            const search = request({ ...filter, sort, dir, ...page });
            const answer = await onNeo4j.search(search);
            expect({ search, answer }).toStrictEqual({
              search,
              answer: await searchStatements((name, params) => neo4j.run(name, params), search),
            });
            if (sort !== 'quote') {
              expect({ search, answer }).toStrictEqual({ search, answer: await onEmbedded.search(search) });
            }
          }
          const search = request({ ...filter, sort, dir });
          const rows: string[] = [];
          for await (const batch of onNeo4j.matching(search, { batch: 70 })) rows.push(...batch.map((s) => s.id));
          const paged: string[] = [];
          for (let offset = 0; ; offset += 200) {
            const page = await searchStatements((name, params) => neo4j.run(name, params), { ...search, offset, limit: 200 });
            paged.push(...page.statements.map((s) => s.id));
            if (!page.truncated) break;
          }
          expect({ search, rows }).toStrictEqual({ search, rows: paged });
          if (sort !== 'quote') {
            const embeddedRows: string[] = [];
            for await (const batch of onEmbedded.matching(search)) embeddedRows.push(...batch.map((s) => s.id));
            expect({ search, rows }).toStrictEqual({ search, rows: embeddedRows });
          }
        }
        expect(onNeo4j.answeredByQuery).toBe(0);
        expect(onNeo4j.builds).toBe(FILTERS.length);
      });
    }
  }
});
