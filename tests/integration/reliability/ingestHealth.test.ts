// A large POST /api/ingest is extracted on worker threads: /api/health answers while the
// extraction runs. Ordered by the pipeline's chunk events, never by sleeps.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/corpus.ts';
import type { HealthInfo, IngestSummary } from '../../../contract/api.ts';
import type { RawDocument } from '../../../contract/extraction.ts';
import { openStore } from '../../../cypher/open.ts';
import { buildApp } from '../../../server/app.ts';
import { loadServerConfig } from '../../../server/config.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-ingest-health-'));

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Two articles of about 400 KB each: seconds of extraction. */
function largeDocuments(): RawDocument[] {
  const corpus = generateCorpus({ articles: 400, words: 250, seed: 5 });
  return [0, 1].map((part) => ({
    source: `large-${part}.txt`,
    title: null,
    date: null,
    url: null,
    text: corpus
      .filter((_, index) => index % 2 === part)
      .map((article) => article.text)
      .join('\n\n'),
    language: 'it',
    errors: [],
  }));
}

describe('a large ingest over the API', () => {
  it('leaves /api/health answering while its articles are extracted', async () => {
    const store = openStore({ dataDir: dir });
    await store.init();
    const phases: string[] = [];
    let extracting = (): void => undefined;
    const extractionStarted = new Promise<void>((resolve) => {
      extracting = resolve;
    });
    const app = await buildApp({
      store,
      config: loadServerConfig({ dataDir: dir, port: 0 }, {}),
      ingestOptions: {
        onChunk: ({ phase }) => {
          phases.push(phase);
          if (phase === 'extracting') extracting();
        },
      },
    });
    try {
      const documents = largeDocuments();
      const ingest = app.inject({ method: 'POST', url: '/api/ingest', payload: { documents } });
      await extractionStarted;
      const health = await app.inject({ method: 'GET', url: '/api/health' });
      expect([health.statusCode, (JSON.parse(health.body) as HealthInfo).storeUp]).toStrictEqual([200, true]);
      // Health answered before the chunk's extraction ended.
      expect(phases).toStrictEqual(['extracting']);

      const answer = await ingest;
      const summary = JSON.parse(answer.body) as IngestSummary;
      expect([answer.statusCode, summary.articles, summary.errors]).toStrictEqual([200, 2, []]);
      expect(phases).toStrictEqual(['extracting', 'extracted']);
    } finally {
      await app.close();
      await store.close();
    }
  });
});
