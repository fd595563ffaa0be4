import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../contract/extraction.ts';
import type { EntityType } from '../../contract/graph.ts';
import {
  buildKindDocuments,
  chunksOf,
  isNameMention,
  kindErrors,
  parseKind,
  scoreKind,
  scoreTags,
  tagsFromSpans,
} from './kind.ts';
import { formatKindErrors } from './report.ts';

const TSV = [
  'Carla\tB-PER',
  'Leo\tI-PER',
  'a\tO',
  'Roma\tB-LOC',
  '',
  "dell'\tO",
  'università\tB-ORG',
  'di\tI-ORG',
  'Pisa\tI-ORG',
  '',
].join('\n');

describe('parseKind and buildKindDocuments', () => {
  it('rebuilds the text with single spaces and keeps token offsets', () => {
    const sentences = parseKind(TSV);
    expect(sentences).toStrictEqual([
      { tokens: ['Carla', 'Leo', 'a', 'Roma'], tags: ['B-PER', 'I-PER', 'O', 'B-LOC'] },
      { tokens: ["dell'", 'università', 'di', 'Pisa'], tags: ['O', 'B-ORG', 'I-ORG', 'I-ORG'] },
    ]);
    const [document] = buildKindDocuments(sentences, 30, 'WN_dev.tsv');
    expect(document).toStrictEqual({
      source: 'WN_dev.tsv#1',
      text: "Carla Leo a Roma\ndell' università di Pisa",
      starts: [0, 6, 10, 12, 17, 23, 34, 37],
      ends: [5, 9, 11, 16, 22, 33, 36, 41],
      gold: ['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'B-ORG', 'I-ORG', 'I-ORG'],
    });
    expect(buildKindDocuments(sentences, 1, 'x').map((doc) => [doc.source, doc.text])).toStrictEqual([
      ['x#1', 'Carla Leo a Roma'],
      ['x#2', "dell' università di Pisa"],
    ]);
  });

  it('refuses a line without a tag', () => {
    expect(() => parseKind('Roma\tB-LOC\nParigi\n')).toThrow('KIND line 2: expected token<TAB>tag');
  });
});

describe('chunksOf', () => {
  it('reads chunks conlleval-style', () => {
    expect(chunksOf(['B-PER', 'I-PER', 'I-LOC', 'O', 'I-ORG', 'B-ORG', 'I-ORG'])).toStrictEqual([
      { first: 0, last: 1, type: 'PER' },
      { first: 2, last: 2, type: 'LOC' },
      { first: 4, last: 4, type: 'ORG' },
      { first: 5, last: 6, type: 'ORG' },
    ]);
  });
});

describe('tagsFromSpans', () => {
  const [document] = buildKindDocuments(parseKind(TSV), 30, 'd');
  it('keeps spans on token boundaries, longest first', () => {
    if (document === undefined) throw new Error('no document');
    expect(
      tagsFromSpans(document, [
        { start: 6, end: 9, type: 'PER' },
        { start: 0, end: 9, type: 'PER' },
        { start: 12, end: 15, type: 'LOC' },
        { start: 23, end: 41, type: 'ORG' },
        { start: 37, end: 41, type: 'LOC' },
      ]),
    ).toStrictEqual({ tags: ['B-PER', 'I-PER', 'O', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG'], misaligned: 1 });
  });
});

describe('scoreTags', () => {
  it('gives conlleval entity scores and NERMuD token scores', () => {
    const gold = [['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'B-ORG', 'I-ORG', 'I-ORG']];
    const predicted = [['B-PER', 'I-PER', 'O', 'B-ORG', 'O', 'B-ORG', 'I-ORG', 'O']];
    const scores = scoreTags(gold, predicted);
    expect(scores.entity).toStrictEqual({
      PER: { precision: 1, recall: 1, f1: 1, support: 1, predicted: 1, correct: 1 },
      ORG: { precision: 0, recall: 0, f1: 0, support: 1, predicted: 2, correct: 0 },
      LOC: { precision: 0, recall: 0, f1: 0, support: 1, predicted: 0, correct: 0 },
      overall: { precision: 1 / 3, recall: 1 / 3, f1: 1 / 3, support: 3, predicted: 3, correct: 1 },
    });
    expect(scores.token.ORG).toStrictEqual({
      precision: 2 / 3,
      recall: 2 / 3,
      f1: 2 / 3,
      support: 3,
      predicted: 3,
      correct: 2,
    });
    expect(scores.token.micro).toStrictEqual({
      precision: 4 / 5,
      recall: 4 / 6,
      f1: (2 * 0.8 * (4 / 6)) / (0.8 + 4 / 6),
      support: 6,
      predicted: 5,
      correct: 4,
    });
    expect(scores.token.macro).toStrictEqual({
      precision: (1 + 2 / 3 + 0) / 3,
      recall: (1 + 2 / 3 + 0) / 3,
      f1: (1 + 2 / 3 + 0) / 3,
    });
    expect([scores.tokenAccuracy, scores.tokens]).toStrictEqual([6 / 8, 8]);
  });
});

describe('scoreKind', () => {
  it('maps output mentions of Person/Organization/Place to tags, by document source', () => {
    const documents = buildKindDocuments(parseKind(TSV), 30, 'd');
    const mention = (start: number, end: number) => ({ document: 'X', start, end, text: '' });
    const entity = (id: string, type: EntityType, mentions: ReturnType<typeof mention>[]) => ({
      id,
      name: id,
      type,
      aliases: [],
      mentions,
    });
    const result: ExtractionResult = {
      documents: [
        {
          id: 'X',
          source: 'd#1',
          title: null,
          date: null,
          url: null,
          language: 'it',
          errors: [],
          text: documents[0]?.text ?? '',
        },
      ],
      entities: [
        entity('lee', 'Person', [mention(0, 9), mention(6, 8)]),
        entity('roma', 'Place', [mention(12, 16)]),
        entity('ev', 'Event', [mention(23, 41)]),
      ],
      statements: [],
      relations: [],
    };
    const report = scoreKind(documents, 2, result);
    expect([report.entity.overall, report.misaligned, report.documents, report.sentences]).toStrictEqual([
      { precision: 1, recall: 2 / 3, f1: 0.8, support: 3, predicted: 2, correct: 2 },
      1,
      1,
      2,
    ]);
  });

  it("scores a mention by its reading where it has one: the place's mention read as a body counts as ORG", () => {
    const tsv = ['la\tO', 'Roma\tB-ORG', 'vota\tO', 'a\tO', 'Roma\tB-LOC', ''].join('\n');
    const documents = buildKindDocuments(parseKind(tsv), 30, 'd');
    const result: ExtractionResult = {
      documents: [
        {
          id: 'X',
          source: 'd#1',
          title: null,
          date: null,
          url: null,
          language: 'it',
          errors: [],
          text: documents[0]?.text ?? '',
        },
      ],
      entities: [
        {
          id: 'roma',
          name: 'Roma',
          type: 'Place',
          aliases: [],
          mentions: [
            { document: 'X', start: 3, end: 7, text: 'Roma', reading: { type: 'Organization', rule: 'r' } },
            { document: 'X', start: 15, end: 19, text: 'Roma' },
          ],
        },
      ],
      statements: [],
      relations: [],
    };
    const report = scoreKind(documents, 1, result);
    expect([report.entity.ORG, report.entity.LOC]).toStrictEqual([
      { precision: 1, recall: 1, f1: 1, support: 1, predicted: 1, correct: 1 },
      { precision: 1, recall: 1, f1: 1, support: 1, predicted: 1, correct: 1 },
    ]);
  });
});

describe('isNameMention', () => {
  it('accepts names after a lowercase article or preposition, refuses descriptions', () => {
    expect(
      [
        'Carla Leo',
        "dell'Ucraina",
        'il Cremlino',
        '24 Ore',
        'il presidente del Venezuela',
        'il leader russo',
        "l'ex ministro",
      ].map(isNameMention),
    ).toStrictEqual([true, true, true, true, false, false, false]);
  });

  it('leaves a resolved role description of a person out of the scoring, and the name inside it in', () => {
    const documents = buildKindDocuments(
      parseKind(['il\tO', 'sindaco\tO', 'di\tO', 'Roma\tB-LOC', ''].join('\n')),
      30,
      'd',
    );
    const result: ExtractionResult = {
      documents: [
        {
          id: 'X',
          source: 'd#1',
          title: null,
          date: null,
          url: null,
          language: 'it',
          errors: [],
          text: documents[0]?.text ?? '',
        },
      ],
      entities: [
        {
          id: 'p',
          name: 'p',
          type: 'Person',
          aliases: [],
          mentions: [{ document: 'X', start: 0, end: 18, text: 'il sindaco di Roma' }],
        },
        {
          id: 'r',
          name: 'Roma',
          type: 'Place',
          aliases: [],
          mentions: [{ document: 'X', start: 14, end: 18, text: 'Roma' }],
        },
      ],
      statements: [],
      relations: [],
    };
    expect(scoreKind(documents, 1, result).entity.overall).toStrictEqual({
      precision: 1,
      recall: 1,
      f1: 1,
      support: 1,
      predicted: 1,
      correct: 1,
    });
  });
});

describe('kindErrors and formatKindErrors', () => {
  const tsv = [
    'Mario\tB-PER',
    'Rossi\tI-PER',
    'a\tO',
    'Roma\tB-LOC',
    'con\tO',
    'Fiat\tB-ORG',
    'e\tO',
    'Oggi\tO',
    '',
  ].join('\n');
  const [document] = buildKindDocuments(parseKind(tsv), 30, 'd');
  it('sorts errors into boundary, mistyped, missed and spurious, with context', () => {
    if (document === undefined) throw new Error('no document');
    const predicted = ['O', 'B-PER', 'O', 'B-ORG', 'O', 'O', 'O', 'B-PER'];
    expect(kindErrors(document, predicted)).toStrictEqual([
      {
        kind: 'boundary',
        source: 'd#1',
        gold: { text: 'Mario Rossi', type: 'PER' },
        predicted: { text: 'Rossi', type: 'PER' },
        context: '[Mario [Rossi]] a Roma con Fiat e Oggi',
      },
      {
        kind: 'mistyped',
        source: 'd#1',
        gold: { text: 'Roma', type: 'LOC' },
        predicted: { text: 'Roma', type: 'ORG' },
        context: 'Mario Rossi a [[Roma]] con Fiat e Oggi',
      },
      {
        kind: 'missed',
        source: 'd#1',
        gold: { text: 'Fiat', type: 'ORG' },
        predicted: null,
        context: 'Mario Rossi a Roma con [Fiat] e Oggi',
      },
      {
        kind: 'spurious',
        source: 'd#1',
        gold: null,
        predicted: { text: 'Oggi', type: 'PER' },
        context: 'Rossi a Roma con Fiat e [Oggi]',
      },
    ]);
    expect(formatKindErrors(kindErrors(document, predicted), 5).split('\n')).toStrictEqual([
      '  missed ORG (1):',
      '       1  Fiat    | Mario Rossi a Roma con [Fiat] e Oggi',
      '  spurious PER (1):',
      '       1  Oggi    | Rossi a Roma con Fiat e [Oggi]',
      '  mistyped LOC (1):',
      '       1  Roma → Roma [ORG]    | Mario Rossi a [[Roma]] con Fiat e Oggi',
      '  boundary PER (1):',
      '       1  Mario Rossi → Rossi [PER]    | [Mario [Rossi]] a Roma con Fiat e Oggi',
    ]);
  });
});
