import { describe, expect, it } from 'vitest';
import type {
  ExtractedEntity,
  ExtractedRelation,
  ExtractedStatement,
  ExtractionResult,
} from '../../contract/extraction.ts';
import type { EntityType } from '../../contract/graph.ts';
import { normalizeForEval, parseSeedsGold, scoreSeeds, type SeedsGold } from './seeds.ts';

const GOLD: SeedsGold = {
  docs: { d1: 'one.txt', d2: 'two.txt' },
  entities: [
    { id: 'putin', type: 'Person', core: true, aliases: ['Vladimir Putin', 'Putin'] },
    { id: 'peskov', type: 'Person', core: true, aliases: ['Dmitry Peskov', 'Peskov'] },
    { id: 'kremlin', type: 'Organization', core: true, aliases: ['Cremlino', 'Kremlin'] },
    { id: 'nato', type: 'Organization', core: true, aliases: ['NATO'] },
    { id: 'mosca', type: 'Place', core: false, aliases: ['Mosca'] },
    { id: 'call', type: 'Event', core: false, aliases: ['telefonata Putin-Biden'] },
  ],
  statements: [
    { doc: 'd1', speaker: 'peskov', key: 'non è vero', kind: 'direct', about: ['putin', 'nato'] },
    { doc: 'd1', speaker: 'putin', key: 'una minaccia per noi', kind: 'partial' },
    { doc: 'd2', speaker: 'peskov', key: 'la NATO è un’organizzazione creata per il confronto', kind: 'direct' },
    { doc: 'd2', speaker: 'kremlin', key: 'nessun contatto', kind: 'indirect' },
    { doc: 'd2', speaker: null, anonymous: 'fonte', key: 'non lo adorano', kind: 'direct' },
  ],
  relations: [
    { a: 'peskov', b: 'kremlin', kind: 'role' },
    { a: 'putin', b: 'mosca', kind: 'role', alt_b: ['kremlin'] },
    { a: 'putin', b: 'nato', kind: 'interaction' },
  ],
};

function entity(id: string, name: string, type: EntityType, aliases: string[] = []): ExtractedEntity {
  return { id, name, type, aliases, mentions: [] };
}

function statement(
  id: string,
  document: string,
  speaker: string | null,
  quote: string,
  about: string[] = [],
): ExtractedStatement {
  return {
    id,
    document,
    speaker,
    speakerText: null,
    quote,
    kind: 'direct',
    cue: null,
    about,
    sentence: quote,
    start: 0,
    end: quote.length,
    confidence: 1,
  };
}

function relation(source: string, target: string): ExtractedRelation {
  return {
    id: `${source}-${target}`,
    source,
    target,
    type: 'MEMBER_OF',
    role: null,
    document: 'D1',
    evidence: '',
    start: 0,
    end: 0,
    date: null,
  };
}

const RESULT: ExtractionResult = {
  documents: [
    { id: 'D1', source: 'corpus/one.txt', title: null, date: null, url: null, language: 'it', errors: [], text: '' },
    {
      id: 'D2',
      source: 'corpus/sub/two.txt',
      title: null,
      date: null,
      url: null,
      language: 'it',
      errors: [],
      text: '',
    },
    { id: 'D3', source: 'corpus/three.txt', title: null, date: null, url: null, language: 'it', errors: [], text: '' },
  ],
  entities: [
    entity('e-putin', 'Vladimir Putin', 'Person', ['Putin']),
    entity('e-putin2', 'PUTIN', 'Organization'),
    entity('e-peskov', 'Dmitrij P.', 'Person', ['Peskov']),
    entity('e-kremlin', 'Cremlino', 'Place'),
    entity('e-junk', 'Premi ESC', 'Organization'),
    entity('e-event', 'Qualcosa', 'Event'),
  ],
  statements: [
    statement('s1', 'D1', 'e-peskov', '«Tutto questo NON è   vero»', ['e-putin', 'e-kremlin']),
    statement('s1b', 'D1', 'e-putin', 'non è vero', ['e-putin']),
    statement('s2', 'D1', 'e-peskov', 'una minaccia per noi'),
    statement('s3', 'D2', 'e-peskov', "la NATO e un'organizzazione creata"),
    statement('s4', 'D1', 'e-kremlin', 'nessun contatto'),
    statement('s5', 'D2', null, 'non lo adorano'),
  ],
  relations: [relation('e-kremlin', 'e-peskov'), relation('e-putin2', 'e-kremlin')],
};

describe('normalizeForEval', () => {
  it('folds quotes and apostrophes, strips accents, collapses whitespace, lowercases', () => {
    expect(normalizeForEval('  «Non c’è   “NULLA”»\n È ')).toBe('"non c\'e "nulla"" e');
  });
});

describe('scoreSeeds', () => {
  const report = scoreSeeds(GOLD, RESULT);

  it('scores entities: recall, typed recall, precision, fragmentation', () => {
    expect([report.coreRecall, report.coreTypedRecall, report.entityPrecision, report.fragmentation]).toStrictEqual([
      { hit: 3, total: 4, value: 0.75 },
      { hit: 2, total: 4, value: 0.5 },
      { hit: 4, total: 5, value: 0.8 },
      { hit: 1, total: 3, value: 1 / 3 },
    ]);
    expect(report.junk).toStrictEqual([{ name: 'Premi ESC', type: 'Organization' }]);
    expect(report.fragmented).toStrictEqual([{ gold: 'putin', outputs: ['Vladimir Putin', 'PUTIN'] }]);
    expect(report.missedCore).toStrictEqual([{ gold: 'nato', type: 'Organization', aliases: ['NATO'] }]);
    expect(report.mistypedCore).toStrictEqual([{ gold: 'kremlin', expected: 'Organization', got: ['Place'] }]);
  });

  it('scores statements: the key in the quote, or a quote of 12+ characters in the key, in the same document', () => {
    expect([report.quoteRecall, report.attributionAccuracy, report.attributedRecall]).toStrictEqual([
      { hit: 3, total: 4, value: 0.75 },
      { hit: 2, total: 3, value: 2 / 3 },
      { hit: 2, total: 4, value: 0.5 },
    ]);
    expect(report.missedStatements).toStrictEqual([{ doc: 'd2', key: 'nessun contatto', speaker: 'kremlin' }]);
    expect(report.misattributed).toStrictEqual([
      { doc: 'd1', key: 'una minaccia per noi', speaker: 'putin', got: ['Dmitrij P.'] },
    ]);
  });

  it('scores about entities of correctly attributed statements', () => {
    expect(report.aboutRecall).toStrictEqual({ hit: 1, total: 2, value: 0.5 });
    expect(report.missedAbout).toStrictEqual([{ doc: 'd1', key: 'non è vero', about: 'nato' }]);
  });

  it('scores relations in either direction, with alternative targets', () => {
    expect(report.relationRecall).toStrictEqual({ hit: 2, total: 3, value: 2 / 3 });
    expect(report.missedRelations).toStrictEqual([{ a: 'putin', b: 'nato', kind: 'interaction' }]);
  });

  it('lists output documents the gold does not know', () => {
    expect(report.unknownDocuments).toStrictEqual(['corpus/three.txt']);
  });

  it('gives null ratios on an empty result', () => {
    const empty = scoreSeeds(GOLD, { documents: [], entities: [], statements: [], relations: [] });
    expect([empty.coreRecall, empty.entityPrecision, empty.attributionAccuracy, empty.aboutRecall]).toStrictEqual([
      { hit: 0, total: 4, value: 0 },
      { hit: 0, total: 0, value: null },
      { hit: 0, total: 0, value: null },
      { hit: 0, total: 0, value: null },
    ]);
  });
});

describe('parseSeedsGold', () => {
  it('accepts a consistent gold and refuses unknown references', () => {
    expect(parseSeedsGold(GOLD)).toBe(GOLD);
    expect(() => parseSeedsGold({ ...GOLD, relations: [{ a: 'putin', b: 'biden', kind: 'interaction' }] })).toThrow(
      'gold: relation putin–biden names unknown entity "biden"',
    );
    expect(() =>
      parseSeedsGold({ ...GOLD, statements: [{ doc: 'd9', speaker: 'putin', key: 'x', kind: 'direct' }] }),
    ).toThrow('gold: statement "x" names unknown doc "d9"');
    expect(() => parseSeedsGold([])).toThrow('gold: missing "docs"');
  });
});
