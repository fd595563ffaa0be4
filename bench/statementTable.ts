// The statements table through the API on loopback, on a generated store of statements
// (server/testing/statementCorpus.ts written straight into a fresh embedded store, no
// extraction): the first page after the write (what is kept for the table is built then),
// then pages of 50 sorted by each key, both directions alternating, at scattered offsets,
// the word filter (words of the quote, and of the sentence), and the whole CSV. Every URL is
// asked once, so the server's kept bytes (server/responseCache.ts) never answer.
//
//   npx tsx bench/statementTable.ts                      # 20,000 statements
//   npx tsx bench/statementTable.ts --statements 5000 --out /tmp/table.json
//   npx tsx scripts/withNeo4j.ts npx tsx bench/statementTable.ts --neo4j   # on the Neo4j at NEO4J_URI
//
// --neo4j writes into the Neo4j at NEO4J_URI, only if it is empty, and empties it afterwards.
//
// `npm run bench` runs it too (`--no-table` skips it).

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  STATEMENT_SORT_KEYS,
  STATEMENT_TABLE_PAGE,
  statementSearchQueryString,
  type StatementSearchPage,
  type StatementSearchRequest,
} from '../contract/statementTable.ts';
import { GrafeoStore } from '../cypher/engines/grafeo.ts';
import { Neo4jStore, type Neo4jConfig } from '../cypher/engines/neo4j.ts';
import type { GraphStore } from '../cypher/store.ts';
import { loadCliConfig } from '../server/config.ts';
import { startServer } from '../server/main.ts';
import { statementCorpus } from '../server/testing/statementCorpus.ts';
import { seededRandom } from '../contract/seededRandom.ts';
import { fetchBytes } from './reads.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Pages timed per sort key (and phrases per word filter). */
const SAMPLES = 12;
/** Time spent at most on one figure's samples (at least three are timed). */
const BUDGET_MS = 40_000;

/** Phrases a person looks for, typed without accents or in another case than the quotes'. */
const QUOTE_WORDS = [
  'perche',
  'CITTA',
  "l'accordo",
  'assolutamente false',
  'non e vero',
  'grun',
  'sara piu',
  'europa',
  'deja',
  'σοφια',
  'bilancio legge',
  'cafe',
];
const SENTENCE_WORDS = [
  'ha detto',
  'portavoce',
  'zeta ufficio',
  'ha dichiarato',
  'rossi',
  'fonti vicine',
  'ministero',
  'zola',
  'niccolo',
  'lucia',
  'muller',
  'altri',
];

export interface TableTiming {
  name: string;
  /** Sorted milliseconds. */
  times: number[];
  note: string;
}

function searchPath(search: Partial<StatementSearchRequest> & { text: string }, csv = false): string {
  return `/api/statements/search${csv ? '.csv' : ''}${statementSearchQueryString(search)}`;
}

async function timedPaths(base: string, paths: string[]): Promise<number[]> {
  const times: number[] = [];
  const begun = performance.now();
  for (const [i, requestPath] of paths.entries()) {
    if (i >= 3 && performance.now() - begun > BUDGET_MS) break;
    const started = performance.now();
    await fetchBytes(base, requestPath);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

/** The timings of the table's reads on a fresh store of `statements` generated statements. */
export async function statementTableTimings(
  statements: number,
  onStep: (label: string) => void = () => undefined,
  neo4j?: Neo4jConfig,
): Promise<TableTiming[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-table-'));
  const store: GraphStore = neo4j ? new Neo4jStore(neo4j) : new GrafeoStore({ dbPath: path.join(dir, 'table.grafeo') });
  let touched = false;
  try {
    await store.init();
    if (neo4j) {
      const before = await store.stats();
      if (before.articles + before.entities + before.statements > 0) throw new Error(`${neo4j.uri} is not empty`);
    }
    touched = true;
    onStep(`statements table: writing ${statements} generated statements`);
    await store.writeExtraction(statementCorpus({ statements, seed: 7 }));
    const server = await startServer({ store, port: 0, handleSignals: false, logLevel: 'silent', env: {} });
    try {
      const timings: TableTiming[] = [];
      onStep('statements table: first page');
      const firstStarted = performance.now();
      const first = await fetch(`${server.url}${searchPath({ text: '', limit: STATEMENT_TABLE_PAGE })}`);
      const page = (await first.json()) as StatementSearchPage;
      timings.push({
        name: 'first page after the write',
        times: [performance.now() - firstStarted],
        note: `newest first, ${page.total} statements`,
      });
      const random = seededRandom(5);
      const pages = Math.max(1, Math.ceil(page.total / STATEMENT_TABLE_PAGE));
      for (const sort of STATEMENT_SORT_KEYS) {
        onStep(`statements table: sorted by ${sort}`);
        const paths = Array.from({ length: SAMPLES }, (_, i) =>
          searchPath({
            text: '',
            sort,
            dir: i % 2 === 0 ? 'asc' : 'desc',
            // Distinct offsets: no page is asked twice.
            offset: ((Math.floor(random() * pages) + i * 7) % pages) * STATEMENT_TABLE_PAGE + i,
            limit: STATEMENT_TABLE_PAGE,
          }),
        );
        const times = await timedPaths(server.url, paths);
        timings.push({ name: `page sorted by ${sort}`, times, note: `${times.length} pages of 50, asc and desc` });
      }
      onStep('statements table: words of the quote');
      const quoteTimes = await timedPaths(
        server.url,
        QUOTE_WORDS.map((text) => searchPath({ text, limit: STATEMENT_TABLE_PAGE })),
      );
      timings.push({
        name: 'words of the quote',
        times: quoteTimes,
        note: `${quoteTimes.length} phrases, newest first`,
      });
      onStep('statements table: words of the sentence');
      const sentenceTimes = await timedPaths(
        server.url,
        SENTENCE_WORDS.map((text) =>
          searchPath({ text, within: 'sentence', sort: 'quote', limit: STATEMENT_TABLE_PAGE }),
        ),
      );
      timings.push({
        name: 'words of the sentence, sorted by quote',
        times: sentenceTimes,
        note: `${sentenceTimes.length} phrases`,
      });
      onStep('statements table: CSV');
      const csvStarted = performance.now();
      const bytes = await fetchBytes(server.url, searchPath({ text: '', sort: 'speaker', dir: 'asc' }, true));
      timings.push({
        name: 'CSV of every statement, by speaker',
        times: [performance.now() - csvStarted],
        note: `${Math.round(bytes / 1024)} KiB over the wire`,
      });
      return timings;
    } finally {
      await server.close();
    }
  } finally {
    if (neo4j && touched) await store.reset();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      statements: { type: 'string', default: '20000' },
      out: { type: 'string' },
      neo4j: { type: 'boolean', default: false },
    },
  });
  const neo4j = values.neo4j ? loadCliConfig({}).neo4j : undefined;
  if (values.neo4j && !neo4j)
    throw new Error('--neo4j needs NEO4J_URI (tsx scripts/withNeo4j.ts runs a throwaway one)');
  const statements = Number(values.statements);
  if (!Number.isInteger(statements) || statements < 1) throw new Error('--statements must be a positive integer');
  const cpus = os.cpus();
  const machine = {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
    node: process.version,
  };
  console.log(
    `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, load average ${machine.loadAverage.join(' ')}`,
  );
  if (neo4j) console.log(`store: Neo4j at ${neo4j.uri}`);
  const timings = await statementTableTimings(statements, (label) => process.stderr.write(`${label}\n`), neo4j);
  const rows = timings.map((timing) => ({
    read: timing.name,
    'p50 ms': Math.round(percentile(timing.times, 50) * 10) / 10,
    'p95 ms': Math.round(percentile(timing.times, 95) * 10) / 10,
    note: timing.note,
  }));
  console.table(rows);
  const out = values.out ?? path.join(HERE, 'results', `statement-table-${statements}${neo4j ? '-neo4j' : ''}.json`);
  writeFileSync(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), machine: { ...machine, loadAverageAfter: os.loadavg() }, store: neo4j ? 'neo4j' : 'grafeo', statements, rows }, null, 2)}\n`,
  );
  console.log(`written to ${out}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
