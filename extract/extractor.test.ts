import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { ExtractionResult, RawDocument } from '../contract/extraction.ts';
import { openStore } from '../cypher/open.ts';
import {
  DEFAULT_EXTRACTOR,
  extract,
  extractorNamed,
  extractors,
  registerExtractor,
  ruleExtractor,
  unregisterExtractor,
  UnknownExtractorError,
  type Extractor,
} from './extractor.ts';
import { ingestDocuments } from '../ingest/ingest.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-extractor-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(() => unregisterExtractor('one-person'));

function article(source: string, text: string): RawDocument {
  return { source, title: null, date: null, url: null, text, language: 'it', errors: [] };
}

/** A backend with no threads that answers later and finds one person, the first word of each article. */
const onePerson: Extractor = {
  name: 'one-person',
  description: 'the first word of each article, a person',
  async extract(docs): Promise<ExtractionResult> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    const result = extract([]);
    result.documents = docs.map((doc) => ({ ...extract([doc]).documents[0]! }));
    result.entities = docs.map((doc, index) => {
      const name = doc.text.split(' ')[0]!;
      return {
        id: `person:${name.toLowerCase()}`,
        name,
        type: 'Person',
        aliases: [],
        mentions: [{ document: result.documents[index]!.id, start: 0, end: name.length, text: name }],
      };
    });
    return result;
  },
};

describe('the extractor registry', () => {
  it('holds the rule extractor by default, and finds it with no name', () => {
    expect(extractorNamed(undefined)).toBe(ruleExtractor);
    expect(extractorNamed(DEFAULT_EXTRACTOR)).toBe(ruleExtractor);
    expect(extractors().map((e) => e.name)).toStrictEqual(['rules']);
  });

  it('refuses an unknown name with the known ones listed', () => {
    registerExtractor(onePerson);
    expect(() => extractorNamed('llm')).toThrow(new UnknownExtractorError('llm', ['one-person', 'rules']));
    expect(() => extractorNamed('llm')).toThrow('unknown extractor "llm" (known: one-person, rules)');
  });

  it('refuses a name taken twice and a name that is no plain word', () => {
    registerExtractor(onePerson);
    expect(() => registerExtractor(onePerson)).toThrow('an extractor named "one-person" is already registered');
    expect(() => registerExtractor({ ...onePerson, name: 'Has Space' })).toThrow(
      'an extractor name is lowercase letters, digits and dashes: "Has Space"',
    );
  });

  it('gives the rule pipeline asynchronously, as the synchronous call does', async () => {
    const docs = [article('a.txt', 'Mario Rossi ha detto che il piano è pronto.')];
    expect(await ruleExtractor.extract(docs)).toStrictEqual(extract(docs));
  });

  it('rejects when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stopped by the user'));
    await expect(ruleExtractor.extract([article('a.txt', 'Testo.')], { signal: controller.signal })).rejects.toThrow(
      'stopped by the user',
    );
  });
});

describe('ingestDocuments with another backend', () => {
  it('stores what a registered backend without threads finds, even when asked to keep off this thread', async () => {
    registerExtractor(onePerson);
    const store = openStore({ dataDir: path.join(tmp, 'one-person') });
    await store.init();
    try {
      const summary = await ingestDocuments(
        store,
        [article('a.txt', 'Giulia ha parlato a lungo.'), article('b.txt', 'Marco è arrivato tardi.')],
        { extractor: extractorNamed('one-person'), offThread: true },
      );
      expect([summary.articles, summary.entities, summary.statements]).toStrictEqual([2, 2, 0]);
      expect((await store.search('Giulia', 5)).map((hit) => hit.id)).toStrictEqual(['person:giulia']);
    } finally {
      await store.close();
    }
  });

  it('stops before the next chunk once aborted, keeping the chunks written', async () => {
    const store = openStore({ dataDir: path.join(tmp, 'aborted') });
    await store.init();
    const controller = new AbortController();
    try {
      const docs = [1, 2, 3].map((n) => article(`${n}.txt`, `Mario Rossi ha parlato ${n} volte a Roma.`));
      const run = ingestDocuments(store, docs, {
        chunkSize: 1,
        workers: 0,
        signal: controller.signal,
        onProgress: ({ written }) => {
          if (written === 1) controller.abort(new Error('ingest cancelled'));
        },
      });
      await expect(run).rejects.toThrow('ingest cancelled');
      expect((await store.stats()).articles).toBe(1);
    } finally {
      await store.close();
    }
  });
});
