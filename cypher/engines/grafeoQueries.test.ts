// User queries on the embedded store run in a child process on a snapshot (grafeo.ts,
// queryWorker.ts): the bounds on one query, and that each query sees the latest commit.

import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GrafeoStore } from './grafeo.ts';
import type { ExtractionResult } from '../../contract/extraction.ts';
import { CypherQueryError } from '../queryError.ts';
import { sampleExtraction } from '../testing.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'newsgraph-grafeo-queries-'));
const MEMORY_BUDGET = 300 * 1024 * 1024;
let store: GrafeoStore;

beforeAll(async () => {
  store = new GrafeoStore({ dbPath: path.join(tmp, 'store.grafeo') });
  await store.init();
});

afterAll(async () => {
  await store.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function refusal(query: string, options: Parameters<GrafeoStore['readOnly']>[2]): Promise<unknown> {
  try {
    await store.readOnly(query, {}, options);
  } catch (error) {
    if (error instanceof CypherQueryError) return error.info;
    throw error;
  }
  throw new Error('the query was not refused');
}

describe('bounds on one query', () => {
  it('stops the engine at the row cap: 4 million rows capped at 5 stay within a 300 MiB budget', async () => {
    const result = await store.readOnly(
      'UNWIND range(1, 2000) AS x UNWIND range(1, 2000) AS y RETURN x, y',
      {},
      { rowCap: 5, memoryBytes: MEMORY_BUDGET },
    );
    expect([result.rows, result.truncated]).toStrictEqual([
      [
        [1, 1],
        [1, 2],
        [1, 3],
        [1, 4],
        [1, 5],
      ],
      true,
    ]);
  });

  it('stops a query that needs more than its memory budget, naming the budget', async () => {
    expect(await refusal('UNWIND range(1, 100000000) AS x RETURN x', { memoryBytes: MEMORY_BUDGET })).toStrictEqual({
      code: 'MEMORY',
      message: 'The query needed more than its memory budget of 300 MiB and was stopped.',
    });
  });

  it('refuses an answer larger than the size limit, naming the limit', async () => {
    const wide = `UNWIND range(1, 200) AS x RETURN x, '${'w'.repeat(1000)}' AS padding`;
    expect(await refusal(wide, { rowCap: 200, maxResultBytes: 100_000 })).toStrictEqual({
      code: 'RESULT_TOO_LARGE',
      message: 'The result is larger than the answer size limit of 100000 bytes: return fewer or smaller rows.',
    });
    const fits = await store.readOnly(wide, {}, { rowCap: 50, maxResultBytes: 100_000 });
    expect([fits.rows.length, fits.truncated]).toStrictEqual([50, true]);
  });
});

describe('queries after writes', () => {
  it('see every commit made before them', async () => {
    const count = async () => (await store.readOnly('MATCH (a:Article) RETURN count(a) AS articles')).rows;
    const sample = sampleExtraction();
    const first: ExtractionResult = { ...sample, documents: sample.documents.slice(0, 1) };
    expect(await count()).toStrictEqual([[0]]);
    await store.writeExtraction(first);
    expect(await count()).toStrictEqual([[1]]);
    await store.writeExtraction(sample);
    expect(await count()).toStrictEqual([[2]]);
  });
});

describe('a query whose caller gives up', () => {
  it('answers CANCELLED once its query process is gone', async () => {
    const controller = new AbortController();
    const started: ChildProcess[] = [];
    store.onQueryProcess = (child) => {
      started.push(child);
      controller.abort();
    };
    try {
      const info = await refusal('UNWIND range(1, 100000000) AS x RETURN count(x) AS n', {
        signal: controller.signal,
        timeoutMs: 600_000,
      });
      expect(info).toStrictEqual({ code: 'CANCELLED', message: 'The query was cancelled.' });
      expect(started.map((child) => child.signalCode)).toStrictEqual(['SIGKILL']);
    } finally {
      store.onQueryProcess = undefined;
    }
  });
});
