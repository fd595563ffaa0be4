import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.ts';
import type { KnownEntity } from '../../contract/extraction.ts';
import { extract } from '../extractor.ts';
import { assembleBatch, ExtractionPool, projectAnalysis } from './workerPool.ts';
import { analyzeDocument } from './pipeline.ts';

const corpus = generateCorpus({ articles: 40, words: 200, seed: 5 });

describe('assembleBatch', () => {
  it('gives what extract() gives, with and without known entities', () => {
    const first = corpus.slice(0, 20);
    const second = corpus.slice(20);
    const analyses = (docs: typeof corpus) => docs.map((doc) => projectAnalysis(analyzeDocument(doc)));
    expect(assembleBatch(first, analyses(first), [])).toStrictEqual(extract(first));
    const known: KnownEntity[] = extract(first).entities.map(({ id, name, type, aliases }) => ({
      id,
      name,
      type,
      aliases,
    }));
    expect(known.length).toBeGreaterThan(0);
    expect(assembleBatch(second, analyses(second), known)).toStrictEqual(extract(second, { known }));
  });

  it('refuses analyses that do not match the articles', () => {
    expect(() => assembleBatch(corpus.slice(0, 2), [], [])).toThrow('2 articles but 0 analyses');
  });
});

describe('ExtractionPool', () => {
  it('analyzes on worker threads what this thread analyzes, in input order', async () => {
    const pool = new ExtractionPool(2);
    try {
      const [whole, small] = await Promise.all([pool.analyze(corpus, 7), pool.analyze(corpus.slice(0, 3), 1)]);
      expect(whole).toStrictEqual(corpus.map((doc) => projectAnalysis(analyzeDocument(doc))));
      expect(small.map((analysis) => analysis.id)).toStrictEqual(whole.slice(0, 3).map((analysis) => analysis.id));
    } finally {
      await pool.close();
    }
    await expect(pool.analyze(corpus.slice(0, 1))).rejects.toThrow('the extraction pool is closed');
  });
});
