// The rule extractor's output on the seeds and the attribution set is the committed one
// (golden.sha256.json): a change of output shows here, document by document. After an intended
// change, `npm run golden -- --update` rewrites the digests.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../contract/extraction.ts';
import { sharedDir } from '../engine/schema.ts';
import { readInputs } from '../../ingest/readers/index.ts';
import { compareDigests, digest, documentOutput, GOLDEN_FILE, goldenDigests, sharedAvailable } from './golden.ts';

describe('golden digests', () => {
  const result: ExtractionResult = {
    documents: [
      {
        id: 'd1',
        source: 'a.txt',
        title: null,
        date: null,
        url: null,
        language: 'it',
        errors: [],
        text: 'Rossi: «Sì».',
      },
      { id: 'd2', source: 'b.txt', title: null, date: null, url: null, language: 'it', errors: [], text: 'Bianchi.' },
    ],
    entities: [
      {
        id: 'e1',
        name: 'Rossi',
        type: 'Person',
        aliases: [],
        mentions: [
          { document: 'd1', start: 0, end: 5, text: 'Rossi' },
          { document: 'd2', start: 0, end: 7, text: 'Bianchi' },
        ],
        trace: ['type.person'],
      },
    ],
    statements: [],
    relations: [],
  };

  it('keeps to one document and ignores the order properties were set in', () => {
    const first = documentOutput(result, 'd1') as { mentions: unknown[] };
    expect(first.mentions).toStrictEqual([
      {
        mention: { document: 'd1', start: 0, end: 5, text: 'Rossi' },
        entity: { id: 'e1', name: 'Rossi', type: 'Person', aliases: [], trace: ['type.person'], externalIds: null },
      },
    ]);
    expect(digest({ a: 1, b: [2, { c: 3, d: 4 }] })).toBe(digest({ b: [2, { d: 4, c: 3 }], a: 1 }));
    expect(digest({ a: [1, 2] })).not.toBe(digest({ a: [2, 1] }));
  });

  it('does not depend on the folder the documents were read from', () => {
    const elsewhere = structuredClone(result);
    elsewhere.documents[0]!.source = '/somewhere/else/shared/corpus/a.txt';
    const renamed = structuredClone(result);
    renamed.documents[0]!.source = '/somewhere/else/shared/corpus/c.txt';
    expect(digest(documentOutput(elsewhere, 'd1'))).toBe(digest(documentOutput(result, 'd1')));
    expect(digest(documentOutput(renamed, 'd1'))).not.toBe(digest(documentOutput(result, 'd1')));
  });

  it('changes when a type, an offset or a trace changes', () => {
    const before = digest(documentOutput(result, 'd1'));
    const retyped = structuredClone(result);
    retyped.entities[0]!.type = 'Organization';
    const moved = structuredClone(result);
    moved.entities[0]!.mentions[0]!.end = 4;
    const retraced = structuredClone(result);
    retraced.entities[0]!.trace = ['type.other'];
    const after = [retyped, moved, retraced].map((r) => digest(documentOutput(r, 'd1')));
    expect(after.filter((d) => d === before)).toStrictEqual([]);
    expect(digest(documentOutput(moved, 'd2'))).toBe(digest(documentOutput(result, 'd2')));
  });

  it('names the documents that changed, went missing or are new', () => {
    expect(compareDigests({ a: '1', b: '2', c: '3' }, { a: '1', b: '9', d: '4' })).toStrictEqual([
      'b: output changed',
      'c: missing',
      'd: new document',
    ]);
  });
});

const shared = sharedDir();
const available = sharedAvailable(shared);
describe.skipIf(!available)(
  available ? 'golden output' : `golden output (skipped: no shared folder at ${shared})`,
  () => {
    it('is the committed output on the seeds and the attribution set', async () => {
      const committed = JSON.parse(readFileSync(GOLDEN_FILE, 'utf8')) as Record<string, string>;
      expect(compareDigests(committed, await goldenDigests(shared, readInputs))).toStrictEqual([]);
    });
  },
);
