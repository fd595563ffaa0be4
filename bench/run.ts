// `npm run bench`: extraction throughput, end-to-end ingest into the embedded store (worker
// threads extracting, one writer), store bulk writes and read latency (beside Neo4j when
// NEO4J_URI is set), API response times and payload sizes, and concurrent read throughput
// on loopback, then the built explorer in headless Chromium (bench/browser.ts: first render,
// main-thread blocking, layout and pan frame rates at 5k/20k, 50k/150k and 200k/600k nodes/edges).
// Prints a table and writes the figures, with the machine they came from, to
// bench/results/<name>.json.
//
//   npm run bench                       # 1,000 articles of ~600 words
//   npm run bench -- --articles 10000   # the 10k run
//   npm run bench -- --no-browser       # skip Chromium
//   npm run bench -- --seeds            # also time the real sample corpus (../shared)
//   npm run bench -- --workers 1        # ingest without worker threads
//   npm run bench -- --neo4j            # also Neo4j, side by side (a throwaway one unless NEO4J_URI is set)
//   npm run bench -- --store /tmp/b10k  # ingest once into a backup there, later runs restore it (no ingest figures)
//   npm run bench -- --no-extraction    # skip the one-core extraction and bulk write
//   npm run bench -- --no-table         # skip the statements table (bench/statementTable.ts, 20,000 statements)
//
// Neo4j (--neo4j, or NEO4J_URI set): the same corpus is ingested into the embedded store and
// into Neo4j in the one run, and the ratios are printed. Only an empty database is used (the
// bench writes, then deletes what it wrote); with --neo4j and no NEO4J_URI the bench starts
// the project's throwaway Neo4j (scripts/neo4j.ts) and stops it at the end.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { ExtractionResult, KnownEntity, RawDocument } from '../contract/extraction.ts';
import { backupStore, restoreStore } from '../cypher/backup.ts';
import { GrafeoStore } from '../cypher/engines/grafeo.ts';
import { Neo4jStore, type Neo4jConfig } from '../cypher/engines/neo4j.ts';
import { openStore } from '../cypher/open.ts';
import type { GraphStore } from '../cypher/store.ts';
import { loadCliConfig } from '../server/config.ts';
import { extract } from '../extract/extractor.ts';
import { ingestDocuments } from '../ingest/ingest.ts';
import { defaultWorkers } from '../extract/engine/workerPool.ts';
import { stageTimings } from '../extract/engine/pipeline.ts';
import { readInputs } from '../ingest/readers/index.ts';
import { startServer } from '../server/main.ts';
import { startNeo4j, type RunningNeo4j } from '../scripts/neo4j.ts';
import { browserTable, runBrowserBench, type BrowserBenchResult } from './browser.ts';
import { countWords, generateCorpus } from './corpus.ts';
import { seededRandom } from '../contract/seededRandom.ts';
import { fetchBytes, interactiveReads, NEIGHBORHOOD_PATH, OVERVIEW_PATH } from './reads.ts';
import { statementTableTimings } from './statementTable.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** Articles extracted on one core and bulk-written: enough for a steady rate, whatever the run size. */
const SAMPLE_ARTICLES = 1000;
const CHUNK = 200;
/** Statements of the store the statements table is timed on (bench/statementTable.ts). */
const TABLE_STATEMENTS = 20_000;

interface Figure {
  section: string;
  name: string;
  value: number;
  unit: string;
  note?: string;
}

const BENCH_STARTED = performance.now();
/** Progress on stderr, so a long run shows where it is. */
function step(label: string): void {
  process.stderr.write(`[${round((performance.now() - BENCH_STARTED) / 1000)} s] ${label}\n`);
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    availableParallelism: defaultWorkers(),
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

/** Times `task` up to `count` times, stopping early (after 3 at least) once `budgetMs` is spent. */
async function timeEach(count: number, task: (i: number) => Promise<unknown>, budgetMs = 60_000): Promise<number[]> {
  const times: number[] = [];
  const begun = performance.now();
  for (let i = 0; i < count; i += 1) {
    if (i >= 3 && performance.now() - begun > budgetMs) break;
    const started = performance.now();
    await task(i);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** The p50 and p95 figures of sorted times in milliseconds. */
function latencyFigures(section: string, name: string, sortedMs: number[], note?: string): Figure[] {
  return [50, 95].map((p) => ({
    section,
    name: `${name} p${p}`,
    value: round(percentile(sortedMs, p), 2),
    unit: 'ms',
    ...(note === undefined ? {} : { note }),
  }));
}

/** Extraction on this thread, chunk by chunk, each chunk resolved against the ones before. */
function extractSequentially(corpus: RawDocument[]): { results: ExtractionResult[]; seconds: number } {
  const known = new Map<string, KnownEntity>();
  const results: ExtractionResult[] = [];
  const started = performance.now();
  for (let i = 0; i < corpus.length; i += CHUNK) {
    const result = extract(corpus.slice(i, i + CHUNK), { known: [...known.values()] });
    for (const entity of result.entities)
      known.set(entity.id, { id: entity.id, name: entity.name, type: entity.type, aliases: entity.aliases });
    results.push(result);
  }
  return { results, seconds: (performance.now() - started) / 1000 };
}

async function countAll(store: GraphStore): Promise<{ nodes: number; relationships: number }> {
  const nodes = await store.readOnly('MATCH (n) RETURN count(n) AS n', {}, { timeoutMs: 120_000 });
  const relationships = await store.readOnly('MATCH ()-[r]->() RETURN count(r) AS n', {}, { timeoutMs: 120_000 });
  return { nodes: Number(nodes.rows[0]?.[0]), relationships: Number(relationships.rows[0]?.[0]) };
}

/** Bulk write of already-extracted results, and read latency, on one engine. */
async function storeFigures(
  section: string,
  store: GraphStore,
  results: ExtractionResult[],
  figures: Figure[],
): Promise<void> {
  const started = performance.now();
  for (const result of results) await store.writeExtraction(result);
  const seconds = (performance.now() - started) / 1000;
  const { nodes, relationships } = await countAll(store);
  figures.push({
    section,
    name: 'bulk write: nodes',
    value: Math.round(nodes / seconds),
    unit: 'nodes/s',
    note: `${nodes} nodes in ${round(seconds)} s`,
  });
  figures.push({
    section,
    name: 'bulk write: relationships',
    value: Math.round(relationships / seconds),
    unit: 'rels/s',
    note: `${relationships} relationships`,
  });
  await readFigures(section, store, figures);
}

async function readFigures(section: string, store: GraphStore, figures: Figure[]): Promise<void> {
  const entities = (await store.knownEntities()).map((entity) => entity.id);
  const random = seededRandom(7);
  const sample = Array.from({ length: 100 }, () => entities[Math.floor(random() * entities.length)]!);
  const neighborhood = await timeEach(
    sample.length,
    (i) => store.neighborhood(sample[i]!, { depth: 2, limit: 200 }),
    45_000,
  );
  figures.push(...latencyFigures(section, 'neighborhood (2 hops)', neighborhood, `${neighborhood.length} entities`));
  const names = (await store.search('a', 100)).map((hit) => hit.name.slice(0, 5));
  const search = await timeEach(100, (i) => store.search(names[i % names.length] ?? 'a', 20), 30_000);
  figures.push(...latencyFigures(section, 'search', search, `${search.length} prefixes`));
}

/** Articles written one at a time after the reads, each followed by the overview: its first request after a write. */
const LATER_ARTICLES = 5;

async function apiFigures(
  store: GraphStore,
  later: RawDocument[],
  figures: Figure[],
  notes: string[],
  section = 'API (loopback)',
): Promise<void> {
  let server = await startServer({ store, port: 0, handleSignals: false, logLevel: 'silent', env: {} });
  try {
    // What a browser asks for; `bytes` is the JSON decoded, `wire` what crossed the socket.
    const sizedGet = async (url: string): Promise<{ bytes: number; wire: number }> => {
      const response = await fetch(url, { headers: { 'accept-encoding': 'br, gzip' } });
      const body = await response.arrayBuffer();
      if (!response.ok)
        throw new Error(
          `${url.slice(server.url.length)}: HTTP ${response.status} ${Buffer.from(body).toString('utf8', 0, 300)}`,
        );
      const length = Number(response.headers.get('content-length') ?? body.byteLength);
      return { bytes: body.byteLength, wire: length };
    };
    try {
      const coldStarted = performance.now();
      const overview = await sizedGet(`${server.url}${OVERVIEW_PATH}`);
      figures.push({
        section,
        name: 'overview (500 nodes), first request',
        value: round(performance.now() - coldStarted, 1),
        unit: 'ms',
        note: 'nothing kept yet: computed, serialised and compressed',
      });
      figures.push({
        section,
        name: 'overview payload',
        value: round(overview.bytes / 1024),
        unit: 'KiB',
        note: `${round(overview.wire / 1024)} KiB over the wire, ${overview.wire < overview.bytes ? 'compressed' : 'not compressed'}`,
      });
    } catch (error) {
      notes.push(`API overview failed: ${error instanceof Error ? error.message : String(error)}`);
    }

    const entities = (await store.knownEntities()).map((entity) => entity.id);
    const random = seededRandom(11);
    const sample = Array.from({ length: 20 }, () => entities[Math.floor(random() * entities.length)]!);
    const neighborhoods: { bytes: number; wire: number }[] = [];
    for (const id of sample) neighborhoods.push(await sizedGet(`${server.url}${NEIGHBORHOOD_PATH(id)}`));
    const bytes = neighborhoods.map((answer) => answer.bytes).sort((a, b) => a - b);
    const wire = neighborhoods.map((answer) => answer.wire).sort((a, b) => a - b);
    figures.push({
      section,
      name: 'neighborhood payload p50',
      value: round(percentile(bytes, 50) / 1024),
      unit: 'KiB',
      note: `p95 ${round(percentile(bytes, 95) / 1024)} KiB; over the wire p50 ${round(percentile(wire, 50) / 1024)} KiB; ${neighborhoods.length} entities`,
    });

    // A fresh server, so the interactive reads start cold.
    await server.close();
    server = await startServer({ store, port: 0, handleSignals: false, logLevel: 'silent', env: {} });
    const prefixes = [...new Set((await store.search('a', 60)).map((hit) => hit.name.slice(0, 4)))];
    const { timings, mix } = await interactiveReads(server.url, entities, prefixes, step);
    for (const timing of timings) {
      for (const p of [50, 95, 99])
        figures.push({
          section,
          name: `${timing.name} p${p}`,
          value: round(percentile(timing.times, p), 2),
          unit: 'ms',
          ...(p === 50 ? { note: timing.note } : {}),
        });
    }
    figures.push({
      section,
      name: 'concurrent reads (10 connections)',
      value: round(mix.requestsPerSecond),
      unit: 'req/s',
      note: `${mix.total} requests over ${mix.distinctPaths} distinct reads (overview, entity and edge panels, neighborhoods, search), ${mix.errors} errors/non-2xx`,
    });
    for (const [name, value] of [
      ['p50', mix.p50],
      ['p97.5', mix.p97_5],
      ['p99', mix.p99],
    ] as const)
      figures.push({ section, name: `concurrent reads latency ${name}`, value, unit: 'ms' });

    // The overview as a person sees it after an ingest: one article written, then the overview asked.
    step('API overview after writes');
    const afterWrite: number[] = [];
    for (const document of later) {
      await ingestDocuments(store, [document], { workers: 1 });
      const started = performance.now();
      await fetchBytes(server.url, OVERVIEW_PATH);
      afterWrite.push(performance.now() - started);
    }
    afterWrite.sort((a, b) => a - b);
    figures.push({
      section,
      name: 'overview (500 nodes), first request after a write, p50',
      value: round(percentile(afterWrite, 50), 1),
      unit: 'ms',
      note: `${afterWrite.length} writes of one article, the slowest ${round(afterWrite[afterWrite.length - 1] ?? Number.NaN, 1)} ms`,
    });
  } finally {
    await server.close();
  }
}

interface Neo4jTarget {
  config: Neo4jConfig;
  /** "5.26.30 community", from the server itself. */
  version: string;
  /** Set when the bench started this Neo4j itself. */
  running?: RunningNeo4j;
}

/** The Neo4j to measure: NEO4J_URI's, else (with --neo4j) a throwaway one; a reason when none. */
async function openNeo4jTarget(wanted: boolean): Promise<Neo4jTarget | string> {
  const configured = loadCliConfig({}).neo4j;
  if (!configured && !wanted) return 'NEO4J_URI not set (npm run bench -- --neo4j starts a throwaway Neo4j)';
  step(configured ? `Neo4j at ${configured.uri}` : 'starting a throwaway Neo4j');
  const running = configured ? undefined : await startNeo4j();
  const config: Neo4jConfig = configured ?? { uri: running!.uri };
  const store = new Neo4jStore(config);
  try {
    await store.init();
    const before = await store.stats();
    if (before.articles + before.entities + before.statements > 0) {
      await running?.stop();
      return `${config.uri} is not empty: not touched`;
    }
    const [component] = await store.executeText(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
    );
    return { config, version: `${String(component?.version)} ${String(component?.edition)}`, running };
  } catch (error) {
    await running?.stop();
    throw error;
  } finally {
    await store.close();
  }
}

/** End-to-end ingest of the same corpus into Neo4j, reads and API on that graph; then empties it. */
async function neo4jIngestFigures(
  target: Neo4jTarget,
  corpus: RawDocument[],
  later: RawDocument[],
  workers: number,
  figures: Figure[],
  notes: string[],
): Promise<void> {
  const store = new Neo4jStore(target.config);
  try {
    await store.init();
    step('ingest into Neo4j');
    const started = performance.now();
    const summary = await ingestDocuments(store, corpus, { workers });
    const seconds = (performance.now() - started) / 1000;
    figures.push({
      section: `ingest ${corpus.length} articles`,
      name: 'ingest into Neo4j',
      value: round(summary.articles / seconds),
      unit: 'articles/s',
      note: `${summary.articles} articles in ${round(seconds)} s`,
    });
    step('Neo4j reads');
    await readFigures(`store: Neo4j, ${corpus.length}-article graph`, store, figures);
    step('API on Neo4j');
    try {
      await apiFigures(store, later, figures, notes, 'API on Neo4j (loopback)');
    } catch (error) {
      notes.push(`API figures on Neo4j incomplete: ${error instanceof Error ? error.message : String(error)}`);
    }
  } finally {
    await store.reset().catch(() => undefined);
    await store.close();
  }
}

/** Bulk write of the extracted sample into the empty Neo4j, and reads on it; then empties it. */
async function neo4jBulkFigures(target: Neo4jTarget, results: ExtractionResult[], figures: Figure[]): Promise<void> {
  const store = new Neo4jStore(target.config);
  try {
    await store.init();
    step('bulk write into Neo4j');
    await storeFigures(
      `store: Neo4j, ${results.reduce((sum, result) => sum + result.documents.length, 0)}-article graph`,
      store,
      results,
      figures,
    );
  } finally {
    await store.reset().catch(() => undefined);
    await store.close();
  }
}

/** What the side-by-side table compares: a figure of each engine, found by section and name. */
interface Comparison {
  what: string;
  embedded: [section: string, name: string];
  neo4j: [section: string, name: string];
}

function sideBySide(figures: Figure[], comparisons: Comparison[]): Figure[] {
  const find = ([section, name]: [string, string]) =>
    figures.find((figure) => figure.section === section && figure.name === name);
  const rows: Figure[] = [];
  for (const comparison of comparisons) {
    const embedded = find(comparison.embedded);
    const neo4j = find(comparison.neo4j);
    if (!embedded || !neo4j) continue;
    rows.push({
      section: 'side by side: Neo4j / embedded (same run, same corpus)',
      name: comparison.what,
      value: round(neo4j.value / embedded.value, 2),
      unit: 'x',
      note: `embedded ${embedded.value} ${embedded.unit}, Neo4j ${neo4j.value} ${neo4j.unit}`,
    });
  }
  return rows;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      words: { type: 'string', default: '600' },
      seed: { type: 'string', default: '42' },
      seeds: { type: 'boolean', default: false },
      workers: { type: 'string' },
      name: { type: 'string' },
      api: { type: 'boolean', default: true },
      browser: { type: 'boolean', default: true },
      neo4j: { type: 'boolean', default: false },
      store: { type: 'string' },
      extraction: { type: 'boolean', default: true },
      table: { type: 'boolean', default: true },
    },
    allowNegative: true,
  });
  const articles = Number(values.articles);
  const words = Number(values.words);
  if (!Number.isInteger(articles) || articles < 1) throw new Error('--articles must be a positive integer');
  const workers = values.workers === undefined ? defaultWorkers() : Number(values.workers);
  const figures: Figure[] = [];
  const notes: string[] = [];
  const info = machine();
  console.log(
    `machine: ${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB, Node ${info.node}, load average ${info.loadAverage.join(' ')}`,
  );

  const neo4jTarget = await openNeo4jTarget(values.neo4j);
  if (typeof neo4jTarget === 'string') notes.push(`Neo4j not measured: ${neo4jTarget}`);
  else console.log(`Neo4j: ${neo4jTarget.version} at ${neo4jTarget.config.uri}`);
  try {
    await measure();
  } finally {
    if (typeof neo4jTarget !== 'string') await neo4jTarget.running?.stop();
  }

  async function measure(): Promise<void> {
    const generated = generateCorpus({ articles: articles + LATER_ARTICLES, words, seed: Number(values.seed) });
    const corpus = generated.slice(0, articles);
    const later = generated.slice(articles);
    const totalWords = countWords(corpus);
    console.log(
      `corpus: ${articles} generated articles, ${totalWords} words (${Math.round(totalWords / articles)} per article)`,
    );

    // End to end into a fresh embedded store: worker threads extract, this thread writes.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-'));
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 50);
    const dbPath = path.join(dir, 'bench.grafeo');
    // --store: the ingested store is kept there as a backup of this corpus, and a later run
    // with the same corpus restores it instead of ingesting (the reads then skip the ingest).
    const kept = values.store === undefined ? null : path.resolve(values.store);
    const keptCorpus = JSON.stringify({ articles, words, seed: Number(values.seed) });
    const corpusFile = kept === null ? null : path.join(kept, 'bench-corpus.json');
    const restore = corpusFile !== null && existsSync(corpusFile);
    if (restore) {
      const recorded = readFileSync(corpusFile!, 'utf8').trim();
      if (recorded !== keptCorpus) throw new Error(`${kept} holds the store of ${recorded}, not of ${keptCorpus}`);
      step(`restoring the store kept in ${kept}`);
      await restoreStore(kept!, dbPath);
    }
    const store = openStore({ dataDir: dir, dbPath });
    try {
      await store.init();
      const section = `ingest ${articles} articles`;
      const ingestFigures = async (): Promise<void> => {
        step('ingest');
        const started = performance.now();
        const summary = await ingestDocuments(store, corpus, { workers });
        const seconds = (performance.now() - started) / 1000;
        clearInterval(sampler);
        figures.push({
          section,
          name: 'ingest into embedded store',
          value: round(summary.articles / seconds),
          unit: 'articles/s',
          note: `${summary.articles} articles in ${round(seconds)} s, ${workers > 1 ? `${workers} extraction workers` : 'no workers'}`,
        });
        figures.push({ section, name: 'ingest words', value: Math.round(totalWords / seconds), unit: 'words/s' });
        figures.push({ section, name: 'ingest peak memory (RSS)', value: Math.round(peakRss / 2 ** 20), unit: 'MiB' });
        if (kept !== null && store instanceof GrafeoStore) {
          step(`keeping the store in ${kept}`);
          await backupStore(store, kept);
          writeFileSync(corpusFile!, `${keptCorpus}\n`);
        }
        step('re-ingest');
        const again = performance.now();
        const second = await ingestDocuments(store, corpus);
        figures.push({
          section,
          name: 're-ingest (all already stored)',
          value: round((performance.now() - again) / 1000, 2),
          unit: 's',
          note: `${second.skipped} skipped, ${second.articles} written`,
        });
      };
      if (restore) notes.push(`Ingest not measured: the store was restored from ${kept}.`);
      else await ingestFigures();
      const stats = await store.stats();
      figures.push({
        section: restore ? `store restored from ${kept}` : section,
        name: 'graph size',
        value: stats.entities,
        unit: 'entities',
        note: `${stats.statements} statements, ${stats.relations} relations, ${stats.mentions} mentions`,
      });
      step('store reads');
      await readFigures(`store: Grafeo, ${articles}-article graph`, store, figures);
      step('API');
      if (values.api) {
        try {
          await apiFigures(store, later, figures, notes);
        } catch (error) {
          notes.push(`API figures incomplete: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    } finally {
      clearInterval(sampler);
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
    if (typeof neo4jTarget !== 'string') await neo4jIngestFigures(neo4jTarget, corpus, later, workers, figures, notes);

    // Extraction alone on this thread, then the bulk write of its results into a fresh store.
    const extractionFigures = async (): Promise<void> => {
      const sample = corpus.slice(0, SAMPLE_ARTICLES);
      const sampleWords = countWords(sample);
      for (const stage of Object.keys(stageTimings) as (keyof typeof stageTimings)[]) stageTimings[stage] = 0;
      step('extraction on one core');
      const { results, seconds: extractSeconds } = extractSequentially(sample);
      const section = `extraction and bulk write, ${sample.length} articles`;
      figures.push({
        section,
        name: 'extraction (one core)',
        value: Math.round(sampleWords / extractSeconds),
        unit: 'words/s',
        note: `${round(sample.length / extractSeconds)} articles/s`,
      });
      const slowest = Object.entries(stageTimings)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3);
      figures.push({
        section,
        name: 'extraction slowest stages',
        value: round((slowest[0]?.[1] ?? 0) / 1000),
        unit: 's',
        note: slowest.map(([stage, ms]) => `${stage} ${round(ms / 1000)} s`).join(', '),
      });
      const bulkDir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-bulk-'));
      const bulk = openStore({ dataDir: bulkDir });
      try {
        await bulk.init();
        step('bulk write');
        await storeFigures(`store: Grafeo, ${sample.length}-article graph`, bulk, results, figures);
      } finally {
        await bulk.close();
        rmSync(bulkDir, { recursive: true, force: true });
      }
      if (typeof neo4jTarget !== 'string') {
        await neo4jBulkFigures(neo4jTarget, results, figures);
        const ingested = `store: Grafeo, ${articles}-article graph`;
        const ingestedNeo4j = `store: Neo4j, ${articles}-article graph`;
        const bulk = `store: Grafeo, ${sample.length}-article graph`;
        const bulkNeo4j = `store: Neo4j, ${sample.length}-article graph`;
        const reads = ['search p50', 'neighborhood (2 hops) p50', 'neighborhood (2 hops) p95'];
        figures.push(
          ...sideBySide(figures, [
            {
              what: 'ingest articles/s',
              embedded: [`ingest ${articles} articles`, 'ingest into embedded store'],
              neo4j: [`ingest ${articles} articles`, 'ingest into Neo4j'],
            },
            {
              what: 'bulk write nodes/s',
              embedded: [bulk, 'bulk write: nodes'],
              neo4j: [bulkNeo4j, 'bulk write: nodes'],
            },
            {
              what: 'bulk write relationships/s',
              embedded: [bulk, 'bulk write: relationships'],
              neo4j: [bulkNeo4j, 'bulk write: relationships'],
            },
            ...reads.map(
              (name) => ({ what: name, embedded: [ingested, name], neo4j: [ingestedNeo4j, name] }) as Comparison,
            ),
            {
              what: 'API overview p50',
              embedded: ['API (loopback)', 'overview (500 nodes) p50'],
              neo4j: ['API on Neo4j (loopback)', 'overview (500 nodes) p50'],
            },
            {
              what: 'API neighborhood (2 hops) p50',
              embedded: ['API (loopback)', 'neighborhood (2 hops, 300 nodes) p50'],
              neo4j: ['API on Neo4j (loopback)', 'neighborhood (2 hops, 300 nodes) p50'],
            },
          ]),
        );
      }
    };
    if (values.extraction) await extractionFigures();

    if (values.table) {
      step('statements table');
      try {
        const section = `statements table: API, ${TABLE_STATEMENTS} generated statements`;
        for (const timing of await statementTableTimings(TABLE_STATEMENTS, step)) {
          figures.push(...latencyFigures(section, timing.name, timing.times, timing.note));
        }
      } catch (error) {
        notes.push(`statements table not measured: ${error instanceof Error ? error.message : String(error)}`);
      }
    }

    if (values.seeds) {
      const config = loadCliConfig({});
      const { documents } = await readInputs([path.join(config.sharedDir, 'corpus', 'seeds')]);
      const repeat = 200;
      const seedWords = countWords(documents) * repeat;
      const started = performance.now();
      for (let i = 0; i < repeat; i += 1) extract(documents);
      const seconds = (performance.now() - started) / 1000;
      figures.push({
        section: 'sample corpus',
        name: 'extraction (sample corpus ×200)',
        value: Math.round(seedWords / seconds),
        unit: 'words/s',
      });
    }

    const width = Math.max(...figures.map((figure) => figure.name.length));
    let current = '';
    for (const figure of figures) {
      if (figure.section !== current) {
        current = figure.section;
        console.log(`\n${current}`);
      }
      console.log(
        `  ${figure.name.padEnd(width)}  ${String(figure.value).padStart(10)} ${figure.unit}${figure.note ? `  (${figure.note})` : ''}`,
      );
    }
    let browser: BrowserBenchResult | null = null;
    if (values.browser) {
      step('browser');
      try {
        browser = await runBrowserBench({ onStep: (line) => console.log(`  ${line}`) });
        console.log(`\n${browserTable(browser)}`);
      } catch (error) {
        notes.push(`Browser figures not measured: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    for (const note of notes) console.log(`\n${note}`);
    const resultsDir = path.join(HERE, 'results');
    mkdirSync(resultsDir, { recursive: true });
    const name = values.name ?? `run-${articles}`;
    const file = path.join(resultsDir, `${name}.json`);
    writeFileSync(
      file,
      `${JSON.stringify({ date: new Date().toISOString(), machine: info, neo4j: typeof neo4jTarget === 'string' ? null : neo4jTarget.version, articles, words, workers, figures, browser, notes }, null, 2)}\n`,
    );
    console.log(`\nwritten to ${path.relative(process.cwd(), file)}`);
  }
}

await main();
