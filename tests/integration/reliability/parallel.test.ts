// Parallel ingest gives the graph the sequential one gives: same ids, same counts.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/corpus.ts';
import { openStore } from '../../../cypher/open.ts';
import { ingestDocuments } from '../../../ingest/ingest.ts';
import { graphSnapshot } from './snapshot.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-parallel-'));

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

async function ingestInto(name: string, workers: number, chunkSize: number) {
  const corpus = generateCorpus({ articles: 120, words: 250, seed: 11 });
  const store = openStore({ dataDir: path.join(tmp, name) });
  await store.init();
  try {
    const summary = await ingestDocuments(store, corpus, { workers, chunkSize });
    return { summary, graph: await graphSnapshot(store) };
  } finally {
    await store.close();
  }
}

describe('parallel ingest', () => {
  it('writes the same graph as the sequential ingest, chunk by chunk', async () => {
    const sequential = await ingestInto('sequential', 0, 30);
    const parallel = await ingestInto('parallel', 2, 30);
    expect(sequential.summary.articles).toBe(120);
    expect(sequential.graph.stats.articles).toBe(120);
    expect(sequential.graph.entities.length).toBeGreaterThan(50);
    expect(parallel.summary).toStrictEqual(sequential.summary);
    expect(parallel.graph).toStrictEqual(sequential.graph);
  });
});
