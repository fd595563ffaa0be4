// How a corpus is cut into chunks (or into runs) must not decide what an article's
// unqualified institutions ("il governo") are: each stays the one of its article.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/corpus.ts';
import { openStore } from '../../../cypher/open.ts';
import { ingestDocuments } from '../../../ingest/ingest.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-chunks-'));

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** Each article-scoped entity id with the articles that mention it. */
async function articleScoped(name: string, chunkSize: number): Promise<string[]> {
  const corpus = generateCorpus({ articles: 120, words: 250, seed: 11 });
  const store = openStore({ dataDir: path.join(tmp, name) });
  await store.init();
  try {
    await ingestDocuments(store, corpus, { chunkSize });
    const result = await store.readOnly(
      'MATCH (a:Article)-[:MENTIONS]->(e:Entity) WHERE e.id CONTAINS "@" RETURN e.id AS id, collect(DISTINCT a.id) AS articles',
      {},
      { rowCap: 100_000 },
    );
    return result.rows.map(([id, articles]) => `${String(id)} ${(articles as string[]).length}`).sort();
  } finally {
    await store.close();
  }
}

describe('chunks and runs', () => {
  it('leave every unqualified institution in its own article', async () => {
    const whole = await articleScoped('whole', 120);
    const chunked = await articleScoped('chunked', 25);
    expect(whole.length).toBeGreaterThan(20);
    // one article each, in both
    expect(whole.every((row) => row.endsWith(' 1'))).toBe(true);
    expect(chunked).toStrictEqual(whole);
  });
});
