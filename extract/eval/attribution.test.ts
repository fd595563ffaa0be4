import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractedStatement, ExtractionResult } from '../../contract/extraction.ts';
import { locateQuote, pairSpans, parseAttributionGold, scoreAttribution, spanOverlap } from './attribution.ts';
import { readInputs } from '../../ingest/readers/index.ts';
import { formatAttributionReport } from './report.ts';
import { runEval } from './run.ts';

const TEXT =
  'Titolo\n\n«Il ponte sarà pronto a giugno», ha detto Mario Rossi. Secondo la sindaca Anna Bianchi i lavori costeranno meno. ' +
  'Fonti del ministero sostengono che il cantiere è fermo.';

const GOLD = {
  doc: 'a1',
  entities: [
    { id: 'rossi', type: 'PER', aliases: ['Mario Rossi', 'Rossi'] },
    { id: 'bianchi', type: 'PER', aliases: ['Anna Bianchi'] },
    { id: 'ponte', type: 'LOC', aliases: ['ponte'] },
  ],
  statements: [
    { speaker: 'rossi', kind: 'direct', quote: 'Il ponte sarà pronto a giugno', about: ['ponte'] },
    { speaker: 'bianchi', kind: 'indirect', quote: 'i lavori costeranno meno' },
    { speaker: null, kind: 'indirect', quote: 'il cantiere è fermo' },
  ],
};

function statement(id: string, speaker: string | null, quote: string, about: string[] = []): ExtractedStatement {
  return {
    id,
    document: 'd1',
    speaker,
    speakerText: speaker,
    quote,
    kind: 'direct',
    cue: null,
    about,
    sentence: '',
    start: 0,
    end: 0,
    confidence: 1,
    trace: [`rule.${id}`],
  };
}

function result(statements: ExtractedStatement[]): ExtractionResult {
  const entity = (id: string, name: string, aliases: string[] = []) => ({
    id,
    name,
    type: 'Person' as const,
    aliases,
    mentions: [],
  });
  return {
    documents: [
      {
        id: 'd1',
        source: '/x/docs/a1.txt',
        title: null,
        date: null,
        url: null,
        language: 'it',
        errors: [],
        text: TEXT,
      },
    ],
    entities: [entity('e-rossi', 'Mario Rossi'), entity('e-verdi', 'Luca Verdi'), entity('e-ponte', 'Ponte')],
    statements,
    relations: [],
  };
}

describe('attribution scoring', () => {
  it('locates quotes after folding accents, quote marks, case and spaces', () => {
    expect(locateQuote('"sara" pronto', 'sarò')).toBe(null);
    expect(locateQuote('"sara" pronto', ' «SARÀ»  pronto')).toStrictEqual([1, 13]);
    expect(locateQuote('abc', 'x')).toBe(null);
  });

  it('measures overlap on the longer span and pairs greedily, one to one', () => {
    expect(spanOverlap([0, 10], [5, 10])).toBe(0.5);
    expect(spanOverlap([0, 10], [10, 20])).toBe(0);
    expect([
      ...pairSpans(
        [
          [0, 10],
          [0, 8],
        ],
        [[0, 10]],
        0.3,
      ),
    ]).toStrictEqual([[0, 0]]);
    expect([...pairSpans([[0, 10]], [[6, 10]], 0.8)]).toStrictEqual([]);
  });

  it('scores quotes, speakers, unnamed sources, about and the unlocated', () => {
    const report = scoreAttribution(
      [parseAttributionGold(GOLD, 'a1.json')],
      new Map([['a1', TEXT]]),
      result([
        statement('s1', 'e-rossi', 'Il ponte sarà pronto', ['e-ponte']),
        statement('s2', 'e-verdi', 'i lavori costeranno meno'),
        statement('s3', null, 'il cantiere è fermo'),
        statement('s4', 'e-rossi', 'una frase che non esiste'),
      ]),
    );
    expect([report.goldStatements, report.outputStatements, report.unlocated, report.missingDocuments]).toStrictEqual([
      3,
      4,
      1,
      [],
    ]);
    expect(report.lenient).toStrictEqual({
      quoteP: 3 / 4,
      quoteR: 1,
      quoteF1: 6 / 7,
      speakerAccuracy: 2 / 3,
      attributionP: 2 / 4,
      attributionR: 2 / 3,
      attributionF1: (2 * (2 / 4) * (2 / 3)) / (2 / 4 + 2 / 3),
    });
    // "Il ponte sarà pronto" covers 20 of the gold quote's 29 characters: under the strict threshold.
    expect([report.strict.quoteR, report.strict.attributionR]).toStrictEqual([2 / 3, 1 / 3]);
    expect(report.anonymous).toStrictEqual({ hit: 1, total: 1 });
    expect(report.aboutRecall).toStrictEqual({ hit: 1, total: 1 });
    expect(report.byKind).toStrictEqual({
      direct: { gold: 1, quoteR: 1, attributionR: 1 },
      indirect: { gold: 2, quoteR: 1, attributionR: 0.5 },
    });
    expect(report.misses).toStrictEqual([
      {
        doc: 'a1',
        problem: 'wrong speaker',
        kind: 'indirect',
        expected: 'bianchi',
        got: 'Luca Verdi',
        quote: 'i lavori costeranno meno',
        trace: ['rule.s2'],
      },
    ]);
  });

  it('counts an article no output was read from as all missed', () => {
    const report = scoreAttribution([parseAttributionGold(GOLD, 'a1.json')], new Map([['a1', TEXT]]), {
      ...result([]),
      documents: [],
    });
    expect([report.missingDocuments, report.lenient.quoteR, report.lenient.attributionF1]).toStrictEqual([
      ['a1'],
      0,
      0,
    ]);
  });

  it('names the gold file and the field that is wrong', () => {
    expect(() => parseAttributionGold([], 'x.json')).toThrow('x.json: "doc" is not a string');
    expect(() =>
      parseAttributionGold({ doc: 'x', entities: [], statements: [{ quote: 'q', kind: 'direct' }] }, 'x.json'),
    ).toThrow('x.json: a statement lacks "quote", "kind" or "speaker"');
  });

  it('runs through runEval on a folder of gold/ and docs/ and prints both thresholds', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-attr-'));
    try {
      await mkdir(path.join(dir, 'gold'));
      await mkdir(path.join(dir, 'docs'));
      await writeFile(path.join(dir, 'gold/a1.json'), JSON.stringify(GOLD));
      await writeFile(path.join(dir, 'docs/a1.txt'), TEXT);
      const report = await runEval(
        { attribution: { dir } },
        (documents) => ({
          ...result([statement('s1', 'e-rossi', 'Il ponte sarà pronto a giugno')]),
          documents: documents.map(
            (d, i) => ({ ...d, id: i === 0 ? 'd1' : `d${i + 1}`, language: 'it', errors: [] }) as never,
          ),
        }),
        readInputs,
      );
      expect([
        report.attribution?.articles,
        report.attribution?.lenient.attributionR,
        report.attribution?.words,
      ]).toStrictEqual([1, 1 / 3, 29]);
      // The node-level check runs with the set; these output entities have no mentions.
      expect(report.nodes?.counts).toStrictEqual({ found: 0, 'wrong type': 0, split: 0, missing: 3 });
      const text = formatAttributionReport(report.attribution!, false).split('\n');
      expect(text.slice(0, 4)).toStrictEqual([
        '  1 articles, 3 gold statements, 1 output statements (0 not found in their article)',
        '             quote P   quote R  quote F1   speaker    attr P    attr R   attr F1',
        '  lenient     100.0%     33.3%     50.0%    100.0%    100.0%     33.3%     50.0%',
        '  strict      100.0%     33.3%     50.0%    100.0%    100.0%     33.3%     50.0%',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
