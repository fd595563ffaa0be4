// Extraction throughput on one core: `npx tsx extract/throughput.bench.ts`.
// Runs the seed articles (and KIND's WN_dev sentences when the shared folder
// has them) several times after a warm-up of 300k words and prints words per
// second, by CPU time (what one core does, whatever else the machine runs)
// and by wall time, plus the time spent in each stage and the figure of the
// first, cold round (lexicon caches empty, code not yet compiled).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RawDocument } from '../contract/extraction.ts';
import { extract } from './extractor.ts';
import { STAGE_NAMES, stageTimings } from './engine/pipeline.ts';
import { sharedDir } from './engine/schema.ts';

function seedDocuments(): RawDocument[] {
  const dir = path.join(sharedDir(), 'corpus/seeds');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(path.join(dir, f), 'utf8');
      return { source: f, title: null, date: null, url: null, text, language: 'it', errors: [] };
    });
}

/** KIND sentences, 30 to a document, tokens joined by spaces. */
function kindDocuments(): RawDocument[] {
  const file = path.join(sharedDir(), 'datasets/kind/WN_dev.tsv');
  if (!existsSync(file)) return [];
  const sentences = readFileSync(file, 'utf8')
    .split(/\r?\n\r?\n/)
    .map((block) =>
      block
        .split(/\r?\n/)
        .map((l) => l.split('\t')[0] ?? '')
        .filter(Boolean)
        .join(' '),
    )
    .filter(Boolean);
  const docs: RawDocument[] = [];
  for (let i = 0; i < sentences.length; i += 30) {
    docs.push({
      source: `kind#${i / 30}`,
      title: null,
      date: null,
      url: null,
      text: sentences.slice(i, i + 30).join('\n'),
      language: 'it',
      errors: [],
    });
  }
  return docs;
}

function words(docs: RawDocument[]): number {
  let n = 0;
  for (const d of docs) n += d.text.split(/\s+/).filter(Boolean).length;
  return n;
}

/** Words run through the extractor before timing: V8 compiles the hot code on background threads, whose CPU time would otherwise be counted. */
const WARM_UP_WORDS = 300_000;

function measure(name: string, docs: RawDocument[], rounds: number): void {
  if (docs.length === 0) return;
  const total = words(docs);
  // Warm-up: JIT and lexicon caches. A single round of a small set (the seeds) leaves most of the
  // compilation to the timed rounds, which then measure the compiler rather than the extractor.
  const cold0 = process.cpuUsage();
  extract(docs);
  const cold = process.cpuUsage(cold0);
  for (let w = total; w < WARM_UP_WORDS; w += total) extract(docs);
  for (const k of STAGE_NAMES) stageTimings[k] = 0;
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  for (let r = 0; r < rounds; r++) extract(docs);
  const wallS = (performance.now() - wall0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  const stages = STAGE_NAMES.map((k) => `${k} ${((stageTimings[k] / (wallS * 1000)) * 100).toFixed(0)}%`).join(', ');
  process.stdout.write(
    `${name}: ${docs.length} documents, ${total} words × ${rounds}: ` +
      `${Math.round((total * rounds) / cpuS)} words/s (CPU), ${Math.round((total * rounds) / wallS)} words/s (wall); ` +
      `first, cold round ${Math.round(total / ((cold.user + cold.system) / 1e6))} words/s (CPU)\n  stages: ${stages}\n`,
  );
}

measure('seeds', seedDocuments(), 50);
measure('KIND WN_dev', kindDocuments(), 5);
