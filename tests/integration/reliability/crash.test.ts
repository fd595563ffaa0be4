// Crash safety of the ingest: a run killed with SIGKILL part-way and started again ends with
// the graph of an uninterrupted run; a store held by another process stops the ingest with
// an error naming the holder, and once it is released the ingest resumes and completes.
// NEWSGRAPH_LONG=1 runs 1,000 articles of ~600 words instead of 300 short ones.

import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../../bench/corpus.ts';
import { openStore } from '../../../cypher/open.ts';
import { cli, cliChild, holdStore, ingestedLine } from './cli.ts';
import { graphSnapshot, type GraphSnapshot } from './snapshot.ts';

const LONG = process.env.NEWSGRAPH_LONG === '1';
// More than one chunk of 200, so a kill can land between two written chunks.
const ARTICLES = LONG ? 1000 : 300;
const WORDS = LONG ? 600 : 120;
const TIMEOUT = LONG ? 900_000 : 240_000;

let tmp: string;
let corpus: string;
let files: string[];
let reference: GraphSnapshot;

async function snapshotOf(dataDir: string): Promise<GraphSnapshot> {
  const store = openStore({ dataDir });
  await store.init();
  try {
    return await graphSnapshot(store);
  } finally {
    await store.close();
  }
}

/** Bytes in the store's write-ahead log: it grows as soon as a chunk is being written. */
function walBytes(dataDir: string): number {
  const wal = path.join(dataDir, 'newsgraph.grafeo.wal');
  try {
    return readdirSync(wal).reduce((sum, name) => sum + statSync(path.join(wal, name)).size, 0);
  } catch {
    return 0;
  }
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-crash-'));
  corpus = path.join(tmp, 'corpus');
  files = writeCorpus(corpus, generateCorpus({ articles: ARTICLES, words: WORDS, seed: 99 }));
  const run = cli(path.join(tmp, 'reference'), ['ingest', corpus]);
  expect(run.code, run.stderr).toBe(0);
  expect(ingestedLine(run)).toStrictEqual({ written: ARTICLES, stored: 0, errors: 0 });
  reference = await snapshotOf(path.join(tmp, 'reference'));
}, TIMEOUT);

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('ingest killed part-way', () => {
  it('ends, once run again, with the graph of an uninterrupted run', { timeout: TIMEOUT }, async () => {
    expect(reference.stats.articles).toBe(ARTICLES);
    const data = path.join(tmp, 'killed');
    const child = cliChild(data, ['ingest', corpus]);
    const schemaOnly = 16 * 1024;
    while (walBytes(data) <= schemaOnly && child.exitCode === null)
      await new Promise((resolve) => setTimeout(resolve, 10));
    child.kill('SIGKILL');
    expect(await exited(child)).toStrictEqual({ code: null, signal: 'SIGKILL' });

    const afterKill = (await snapshotOf(data)).stats.articles;
    expect(afterKill).toBeLessThan(ARTICLES);
    // Chunks are written whole or not at all.
    expect(afterKill % 200).toBe(0);
    const again = cli(data, ['ingest', corpus]);
    expect(again.code, again.stderr).toBe(0);
    expect(ingestedLine(again)).toStrictEqual({ written: ARTICLES - afterKill, stored: afterKill, errors: 0 });
    expect(await snapshotOf(data)).toStrictEqual(reference);
  });
});

describe('a store held by another process', () => {
  it(
    'stops the ingest naming the holder; after release the ingest resumes and completes',
    { timeout: TIMEOUT },
    async () => {
      const data = path.join(tmp, 'held');
      // One whole chunk of the ingest (200 articles) first, so the resumed run's chunks are those of an uninterrupted run.
      const half = files.slice(0, 200);
      const first = cli(data, ['ingest', ...half]);
      expect(ingestedLine(first)).toStrictEqual({ written: half.length, stored: 0, errors: 0 });

      const holder = await holdStore(data);
      try {
        const refused = cli(data, ['ingest', corpus]);
        expect(refused.code).toBe(3);
        expect(refused.stdout).toBe('');
        expect(refused.stderr).toContain(
          `The store ${path.join(data, 'newsgraph.grafeo')} is in use by another process (pid ${holder.pid})`,
        );
        expect(refused.stderr).toContain(`The store is held by process ${holder.pid}.`);
      } finally {
        await holder.release();
      }

      expect((await snapshotOf(data)).stats.articles).toBe(half.length);
      const resumed = cli(data, ['ingest', corpus]);
      expect(resumed.code, resumed.stderr).toBe(0);
      expect(ingestedLine(resumed)).toStrictEqual({ written: ARTICLES - half.length, stored: half.length, errors: 0 });
      expect(await snapshotOf(data)).toStrictEqual(reference);
    },
  );
});
