// CPU time of the interactive reads on a kept store, in this process (no HTTP): the 2-hop
// neighbourhood (the API's default, 300 nodes) of distinct entities, its JSON and brotli as
// the API would send them, search by prefix, and the overview after a one-article write.
// Wall-clock latency on a machine shared with other work moves by 2x between runs; the CPU
// time this process spends on each read moves much less, so before/after pairs of a change
// compare it. Needs a store kept by `bench/run.ts --store <dir>`:
//
//   npx tsx bench/readsCpu.ts --store /tmp/reads-10k [--entities 60] [--out file.json]

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Session } from 'node:inspector';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import { restoreStore } from '../cypher/backup.ts';
import { openStore } from '../cypher/open.ts';
import { ingestDocuments } from '../ingest/ingest.ts';
import { generateCorpus } from './corpus.ts';
import { seededRandom } from '../contract/seededRandom.ts';

const { values } = parseArgs({
  options: {
    store: { type: 'string' },
    entities: { type: 'string', default: '60' },
    writes: { type: 'string', default: '5' },
    out: { type: 'string' },
    /** A folder to write a CPU profile of each timed phase into (Chrome DevTools' .cpuprofile). */
    profile: { type: 'string' },
  },
});
if (values.store === undefined) throw new Error('--store <dir>: a store kept by bench/run.ts --store');

interface Timing {
  name: string;
  /** Sorted milliseconds of CPU time (user + system, every thread of the process). */
  cpu: number[];
  /** Sorted milliseconds of wall-clock time. */
  wall: number[];
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const inspector = values.profile === undefined ? null : new Session();
inspector?.connect();
const post = (method: string, params?: object): Promise<unknown> =>
  new Promise((resolve, reject) =>
    inspector!.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
  );

/** `work`, profiled into `<--profile>/<name>.cpuprofile` when --profile is given. */
async function profiled<T>(name: string, work: () => Promise<T>): Promise<T> {
  if (inspector === null) return work();
  await post('Profiler.enable');
  await post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = (await post('Profiler.stop')) as { profile: object };
    mkdirSync(values.profile!, { recursive: true });
    writeFileSync(path.join(values.profile!, `${name.replace(/[^\w]+/g, '-')}.cpuprofile`), JSON.stringify(profile));
  }
}

async function timeEach<T>(
  items: T[],
  task: (item: T) => Promise<unknown>,
): Promise<{ cpu: number[]; wall: number[] }> {
  const cpu: number[] = [];
  const wall: number[] = [];
  for (const item of items) {
    const usage = process.cpuUsage();
    const started = performance.now();
    await task(item);
    wall.push(performance.now() - started);
    const spent = process.cpuUsage(usage);
    cpu.push((spent.user + spent.system) / 1000);
  }
  return { cpu: cpu.sort((a, b) => a - b), wall: wall.sort((a, b) => a - b) };
}

const brotli = (body: Buffer): Buffer =>
  zlib.brotliCompressSync(body, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });

const kept = path.resolve(values.store);
const corpus = JSON.parse(readFileSync(path.join(kept, 'bench-corpus.json'), 'utf8')) as { words: number };
const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-reads-cpu-'));
const dbPath = path.join(dir, 'bench.grafeo');
await restoreStore(kept, dbPath);
const store = openStore({ dataDir: dir, dbPath });
const timings: Timing[] = [];
const loadAtStart = os.loadavg();
try {
  await store.init();
  const warmStarted = performance.now();
  await store.warm();
  const warmMs = performance.now() - warmStarted;
  const entities = (await store.knownEntities()).map((entity) => entity.id).sort();
  const overview = await store.overview({ limit: 500 });
  // Half among the overview's (the hubs on screen), half any entity, as bench/reads.ts samples.
  const random = seededRandom(13);
  const sample = new Set<string>();
  const count = Number(values.entities);
  for (let tries = 0; sample.size < count && tries < count * 20; tries++) {
    const from = tries % 2 === 0 ? overview.nodes.map((node) => node.id) : entities;
    sample.add(from[Math.floor(random() * from.length)]!);
  }
  const ids = [...sample];
  // As a server that has answered some reads already (bench/reads.ts asks 20 neighbourhoods
  // before the timed ones): V8 has compiled the hot loops by then.
  const other = seededRandom(11);
  const warmUp = Array.from({ length: 20 }, () => entities[Math.floor(other() * entities.length)]!).filter(
    (id) => !sample.has(id),
  );
  for (const id of warmUp) await store.neighborhood(id, { depth: 2, limit: 300 });

  const payloads = new Map<string, unknown>();
  timings.push({
    name: 'neighbourhood (2 hops, 300 nodes)',
    ...(await profiled('neighbourhood', () =>
      timeEach(ids, async (id) => payloads.set(id, await store.neighborhood(id, { depth: 2, limit: 300 }))),
    )),
  });
  timings.push({
    name: 'neighbourhood JSON + brotli 4',
    ...(await timeEach(ids, async (id) => brotli(Buffer.from(JSON.stringify(payloads.get(id)))))),
  });
  const prefixes = [...new Set((await store.search('a', 60)).map((hit) => hit.name.slice(0, 4)))];
  timings.push({
    name: 'search (12 hits)',
    ...(await profiled('search', () => timeEach(prefixes, (prefix) => store.search(prefix, 12)))),
  });

  const later = generateCorpus({ articles: Number(values.writes), words: corpus.words, seed: 4242 });
  const afterWrite: Timing = { name: 'overview (500 nodes) after a one-article write', cpu: [], wall: [] };
  for (const document of later) {
    await ingestDocuments(store, [document], { workers: 1 });
    const { cpu, wall } = await profiled(`overview-after-write-${afterWrite.cpu.length}`, () =>
      timeEach([500], (limit) => store.overview({ limit })),
    );
    afterWrite.cpu.push(...cpu);
    afterWrite.wall.push(...wall);
  }
  afterWrite.cpu.sort((a, b) => a - b);
  afterWrite.wall.sort((a, b) => a - b);
  timings.push(afterWrite);

  const report = {
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      loadAtStart: loadAtStart.map((load) => Math.round(load * 100) / 100),
      loadAtEnd: os.loadavg().map((load) => Math.round(load * 100) / 100),
      node: process.version,
    },
    warmMs: Math.round(warmMs),
    figures: timings.map((timing) => ({
      name: timing.name,
      count: timing.cpu.length,
      cpuP50: round(percentile(timing.cpu, 50)),
      cpuP95: round(percentile(timing.cpu, 95)),
      cpuTotal: round(timing.cpu.reduce((sum, ms) => sum + ms, 0)),
      wallP50: round(percentile(timing.wall, 50)),
      wallP95: round(percentile(timing.wall, 95)),
    })),
  };
  console.log(JSON.stringify(report, null, 1));
  if (values.out) writeFileSync(values.out, `${JSON.stringify(report, null, 1)}\n`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
