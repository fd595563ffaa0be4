import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExtractionResult, RawDocument } from '../../contract/extraction.ts';
import { readInputs } from '../../ingest/readers/index.ts';
import { formatKindReport, formatSeedsReport } from './report.ts';
import { runEval } from './run.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-eval-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Finds fixed names by string search: enough to drive the scorers end to end. */
function nameFinder(names: Record<string, 'Person' | 'Place'>) {
  return (documents: RawDocument[]): ExtractionResult => {
    const docs = documents.map((document, index) => ({ ...document, id: `doc${index}` }));
    const entities = Object.entries(names).map(([name, type]) => ({
      id: name,
      name,
      type,
      aliases: [],
      mentions: docs.flatMap((document) => {
        const start = document.text.indexOf(name);
        return start < 0 ? [] : [{ document: document.id, start, end: start + name.length, text: name }];
      }),
    }));
    const statements = docs.flatMap((document) => {
      const quote = document.text.match(/«([^»]+)»/);
      return quote === null || quote.index === undefined
        ? []
        : [
            {
              id: `s-${document.id}`,
              document: document.id,
              speaker: 'Peskov',
              speakerText: 'Peskov',
              quote: quote[1] ?? '',
              kind: 'direct' as const,
              cue: null,
              about: [],
              sentence: '',
              start: quote.index + 1,
              end: quote.index + 1 + (quote[1]?.length ?? 0),
              confidence: 1,
            },
          ];
    });
    return {
      documents: docs,
      entities: entities.filter((entity) => entity.mentions.length > 0),
      statements,
      relations: [],
    };
  };
}

describe('runEval', () => {
  it('reads the docs with readInputs, runs the extractor and scores both sets', async () => {
    await mkdir(path.join(dir, 'docs'));
    await writeFile(path.join(dir, 'docs/a.txt'), 'Titolo\n\n«Non è vero», ha detto Peskov a Mosca.');
    await writeFile(
      path.join(dir, 'gold.json'),
      JSON.stringify({
        docs: { a: 'a.txt' },
        entities: [
          { id: 'peskov', type: 'Person', core: true, aliases: ['Peskov'] },
          { id: 'moscow', type: 'Place', core: true, aliases: ['Mosca'] },
        ],
        statements: [{ doc: 'a', speaker: 'peskov', key: 'non è vero', kind: 'direct' }],
        relations: [],
      }),
    );
    await writeFile(path.join(dir, 'kind.tsv'), 'Peskov\tB-PER\na\tO\nMosca\tB-LOC\n\nRoma\tB-LOC\n');
    const report = await runEval(
      {
        gold: { file: path.join(dir, 'gold.json'), docs: path.join(dir, 'docs') },
        kind: { file: path.join(dir, 'kind.tsv'), sentencesPerDocument: 1 },
      },
      nameFinder({ Peskov: 'Person', Mosca: 'Place', Roma: 'Person' }),
      readInputs,
    );
    expect([
      report.seeds?.documents,
      report.seeds?.coreRecall,
      report.seeds?.quoteRecall,
      report.seeds?.attributionAccuracy,
      report.seeds?.junk,
    ]).toStrictEqual([
      1,
      { hit: 2, total: 2, value: 1 },
      { hit: 1, total: 1, value: 1 },
      { hit: 1, total: 1, value: 1 },
      [],
    ]);
    expect([report.kind?.documents, report.kind?.sentences, report.kind?.entity.overall]).toStrictEqual([
      2,
      2,
      { precision: 2 / 3, recall: 2 / 3, f1: 2 / 3, support: 3, predicted: 3, correct: 2 },
    ]);
    const seedsText = formatSeedsReport(report.seeds ?? (undefined as never), true);
    expect(seedsText.split('\n').slice(0, 2)).toStrictEqual([
      '  core entity recall               100.0%  (2/2)',
      '  core typed recall                100.0%  (2/2)',
    ]);
    expect(
      formatKindReport(report.kind ?? (undefined as never))
        .split('\n')
        .slice(0, 1),
    ).toStrictEqual([
      '  2 sentences in 2 pseudo-documents, 4 tokens; 0 output mentions off token boundaries (ignored)',
    ]);
  });
});
