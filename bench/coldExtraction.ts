// The one-core extraction figure of `npm run bench` on its own, in a fresh process, by CPU
// time: the first 1,000 generated articles (600 words, seed 42) in chunks of 200, each chunk
// resolved against the entities of the ones before, as bench/run.ts `extractSequentially`
// does, from a cold start. A run is cold only once per process, so compare code by running
// this several times, alternating old and new; on a shared machine the CPU time is the
// figure, the wall time only beside it.
//
//   npx tsx bench/coldExtraction.ts                      # cold pass, words/s by CPU time
//   npx tsx bench/coldExtraction.ts --warm 2             # then two warm passes over the same corpus
//   npx tsx bench/coldExtraction.ts --digest             # sha256 of the results' JSON (output identity)
//   npx tsx bench/coldExtraction.ts --root /tmp/old      # the extractor of another checkout (a baseline)
//   node --import tsx --cpu-prof --cpu-prof-dir /tmp/prof bench/coldExtraction.ts   # a profile of the cold pass
//
// Prints one JSON line, so a loop over fresh processes can collect the figures.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ExtractionResult, KnownEntity, RawDocument } from '../contract/extraction.ts';
import { countWords, generateCorpus } from './corpus.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    words: { type: 'string', default: '600' },
    seed: { type: 'string', default: '42' },
    chunk: { type: 'string', default: '200' },
    warm: { type: 'string', default: '0' },
    digest: { type: 'boolean', default: false },
    root: { type: 'string' },
  },
});

type Extract = (docs: RawDocument[], options?: { known?: KnownEntity[] }) => ExtractionResult;
const root = values.root ? path.resolve(values.root) : path.resolve(import.meta.dirname, '..');
const { extract } = (await import(pathToFileURL(path.join(root, 'extract/extractor.ts')).href)) as {
  extract: Extract;
};

const corpus = generateCorpus({
  articles: Number(values.articles),
  words: Number(values.words),
  seed: Number(values.seed),
});
const words = countWords(corpus);
const chunk = Number(values.chunk);

/**
 * CPU seconds of this process's threads by name, on Linux (null elsewhere): "main" runs the extraction;
 * the others (named "node" on Node 20, V8's platform workers among them) compile optimized code and mark
 * the heap concurrently, and process.cpuUsage() counts them too. On a cold pass they are most of what it
 * costs beyond a warm one (run with --no-concurrent-recompilation to see the compiler's share move to main).
 */
function threadCpu(): Record<string, number> | null {
  try {
    const out: Record<string, number> = {};
    const tick = 100; // USER_HZ on Linux
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const name = tid === String(process.pid) ? 'main' : stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out[name] = (out[name] ?? 0) + (Number(fields[11]) + Number(fields[12])) / tick;
    }
    return out;
  } catch {
    return null;
  }
}

function pass(): { cpu: number; wall: number; results: ExtractionResult[] } {
  const known = new Map<string, KnownEntity>();
  const results: ExtractionResult[] = [];
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  for (let i = 0; i < corpus.length; i += chunk) {
    const result = extract(corpus.slice(i, i + chunk), { known: [...known.values()] });
    for (const entity of result.entities)
      known.set(entity.id, { id: entity.id, name: entity.name, type: entity.type, aliases: entity.aliases });
    results.push(result);
  }
  const cpu = process.cpuUsage(cpu0);
  return { cpu: (cpu.user + cpu.system) / 1e6, wall: (performance.now() - wall0) / 1000, results };
}

const threadsBefore = threadCpu();
const cold = pass();
const threadsAfter = threadCpu();
const coldThreads =
  threadsBefore && threadsAfter
    ? Object.fromEntries(
        Object.entries(threadsAfter).map(([name, s]) => [
          name,
          Math.round((s - (threadsBefore[name] ?? 0)) * 100) / 100,
        ]),
      )
    : null;
const warm: number[] = [];
for (let i = 0; i < Number(values.warm); i += 1) warm.push(Math.round(words / pass().cpu));
console.log(
  JSON.stringify({
    root,
    words,
    coldCpuWordsPerS: Math.round(words / cold.cpu),
    coldWallWordsPerS: Math.round(words / cold.wall),
    coldCpuS: Math.round(cold.cpu * 1000) / 1000,
    ...(coldThreads ? { coldThreadCpuS: coldThreads } : {}),
    ...(warm.length > 0 ? { warmCpuWordsPerS: warm } : {}),
    ...(values.digest ? { digest: createHash('sha256').update(JSON.stringify(cold.results)).digest('hex') } : {}),
  }),
);
