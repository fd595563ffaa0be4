import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RawDocument } from '../contract/extraction.ts';
import { openStore } from '../cypher/open.ts';
import { ruleExtractor, type Extractor } from '../extract/extractor.ts';
import { articleId } from '../extract/resolve/ids.ts';
import { ingestDocuments } from './ingest.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-ingest-'));

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function article(source: string, text: string): RawDocument {
  return { source, title: null, date: null, url: null, text, language: 'it', errors: [] };
}

/** The rule extractor, except that a batch holding the article marked BROKEN throws as a stack overflow does. */
const breaksOnOne: Extractor = {
  name: 'breaks-on-one',
  description: 'the rule extractor, failing on one article',
  async extract(docs, options) {
    if (docs.some((doc) => doc.text.includes('BROKEN'))) throw new RangeError('Maximum call stack size exceeded');
    return ruleExtractor.extract(docs, options);
  },
};

describe('ingestDocuments with an article whose extraction fails', () => {
  it('names the failing article and stores the others of its chunk', async () => {
    const store = openStore({ dataDir: path.join(tmp, 'one-bad') });
    await store.init();
    try {
      const good = [
        article('a.txt', 'Il ministro Mario Rossi ha detto che il governo sosterrà il piano.'),
        article('c.txt', 'Luca Bianchi ha incontrato Mario Rossi a Roma.'),
      ];
      const bad = article('b.txt', 'BROKEN Luca Bianchi ha parlato.');
      const summary = await ingestDocuments(store, [good[0] as RawDocument, bad, good[1] as RawDocument], {
        extractor: breaksOnOne,
        workers: 0,
      });
      expect(summary.articles).toBe(2);
      expect(summary.errors).toStrictEqual([
        { source: 'b.txt', reason: 'extraction failed: Maximum call stack size exceeded' },
      ]);
      const stored = await store.existingArticleIds([...good, bad].map(articleId));
      expect([...stored].sort()).toStrictEqual(good.map(articleId).sort());
    } finally {
      await store.close();
    }
  });
});
