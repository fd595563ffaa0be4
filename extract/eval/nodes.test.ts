import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../contract/graph.ts';
import type { ExtractedEntity, ExtractionResult } from '../../contract/extraction.ts';
import { parseAttributionGold } from './attribution.ts';
import { scoreNodes } from './nodes.ts';
import { formatNodeReport } from './report.ts';

const GOLD = parseAttributionGold(
  {
    doc: 'a1',
    entities: [
      { id: 'rossi', type: 'Person', aliases: ['Mario Rossi', 'Rossi'] },
      { id: 'bianchi', type: 'Person', aliases: ['Anna Bianchi', 'Bianchi'] },
      { id: 'fiom', type: 'Organization', aliases: ['Fiom', 'Federazione impiegati operai metallurgici'] },
      { id: 'lodi', type: 'Place', aliases: ['Lodi'] },
      { id: 'verdi', type: 'Person', aliases: ['Carla Verdi'] },
    ],
    statements: [],
  },
  'a1.json',
);

function entity(id: string, name: string, type: EntityType, mentions: [string, string][]): ExtractedEntity {
  return {
    id,
    name,
    type,
    aliases: [],
    mentions: mentions.map(([document, text]) => ({ document, start: 0, end: text.length, text })),
  };
}

function result(entities: ExtractedEntity[]): ExtractionResult {
  const document = (id: string, source: string) => ({
    id,
    source,
    title: null,
    date: null,
    url: null,
    language: 'it',
    errors: [],
    text: '',
  });
  return {
    documents: [document('d1', '/x/docs/a1.txt'), document('d2', '/x/docs/b2.txt')],
    entities,
    statements: [],
    relations: [],
  };
}

describe('node-level check', () => {
  it('tells one right node, a wrong type, a split and a miss apart, by the mentions in the article', () => {
    const report = scoreNodes(
      [GOLD],
      result([
        entity('e1', 'Mario Rossi', 'Person', [
          ['d1', 'Mario Rossi'],
          ['d1', 'ROSSI'],
        ]),
        entity('e2', 'Anna Bianchi', 'Person', [['d1', 'Anna Bianchi']]),
        entity('e3', 'Bianchi', 'Other', [['d1', 'Bianchi']]),
        entity('e4', 'Fiom', 'Person', [['d1', 'Fiom']]),
        entity('e5', 'Lodi', 'Place', [['d1', 'Lodi']]),
        // Named in another article only: it does not stand for the gold entity here.
        entity('e6', 'Carla Verdi', 'Person', [['d2', 'Carla Verdi']]),
      ]),
    );
    expect(report).toStrictEqual({
      entities: 5,
      counts: { found: 2, 'wrong type': 1, split: 1, missing: 1 },
      mergedWithAnother: 0,
      mergedNodes: [],
      byType: { Organization: { total: 1, found: 0 }, Person: { total: 3, found: 1 }, Place: { total: 1, found: 1 } },
      problems: [
        {
          doc: 'a1',
          entity: 'bianchi',
          type: 'Person',
          outcome: 'split',
          nodes: ['Anna Bianchi [Person]', 'Bianchi [Other]'],
        },
        { doc: 'a1', entity: 'fiom', type: 'Organization', outcome: 'wrong type', nodes: ['Fiom [Person]'] },
        { doc: 'a1', entity: 'verdi', type: 'Person', outcome: 'missing', nodes: [] },
      ],
    });
    expect(formatNodeReport(report, false).split('\n')).toStrictEqual([
      '  5 gold entities: one node of the right type 2 (40.0%), wrong type 1 (20.0%), split 1 (20.0%), missing 1 (20.0%)',
      '  by type: Organization 0/1, Person 1/3, Place 1/1; one node holding another gold entity too: 0',
      '  nodes standing for two or more gold entities, in one article or across articles: 0',
      '  wrong type, as: Person 1',
    ]);
  });

  it('counts a node that stands for two gold entities, and an article with no output as all missing', () => {
    const merged = scoreNodes(
      [GOLD],
      result([
        entity('e1', 'Rossi', 'Person', [
          ['d1', 'Mario Rossi'],
          ['d1', 'Anna Bianchi'],
        ]),
      ]),
    );
    expect([merged.counts.found, merged.mergedWithAnother, merged.mergedNodes]).toStrictEqual([
      2,
      2,
      ['Rossi [Person]: bianchi, rossi'],
    ]);
    const none = scoreNodes([GOLD], { ...result([]), documents: [] });
    expect(none.counts).toStrictEqual({ found: 0, 'wrong type': 0, split: 0, missing: 5 });
  });

  it('lists a node that stands for gold entities of two articles', () => {
    const second = parseAttributionGold(
      { doc: 'b2', entities: [{ id: 'gialli', type: 'Person', aliases: ['Rossi'] }], statements: [] },
      'b2.json',
    );
    const report = scoreNodes(
      [GOLD, second],
      result([
        entity('e1', 'Mario Rossi', 'Person', [
          ['d1', 'Mario Rossi'],
          ['d2', 'Rossi'],
        ]),
      ]),
    );
    expect(report.mergedNodes).toStrictEqual(['Mario Rossi [Person]: gialli, rossi']);
    expect(
      formatNodeReport(report, true)
        .split('\n')
        .filter((line) => line.includes('merged ')),
    ).toStrictEqual(['    merged     Mario Rossi [Person]: gialli, rossi']);
  });

  it('reads a node named as one gold entity as that one, not as another by a shortening of its name', () => {
    const family = parseAttributionGold(
      {
        doc: 'a1',
        entities: [
          { id: 'rossi', type: 'Person', aliases: ['Mario Rossi', 'Rossi'] },
          { id: 'rossi_senior', type: 'Person', aliases: ['Rossi senior'] },
        ],
        statements: [],
      },
      'a1.json',
    );
    const report = scoreNodes(
      [family],
      result([
        entity('e1', 'Mario Rossi', 'Person', [['d1', 'Rossi']]),
        entity('e2', 'Rossi senior', 'Person', [['d1', 'Rossi']]),
      ]),
    );
    expect([report.counts, report.mergedNodes]).toStrictEqual([
      { found: 2, 'wrong type': 0, split: 0, missing: 0 },
      [],
    ]);
  });

  it('reads a node by its name too, where the article mentions it by a shorter form', () => {
    const report = scoreNodes(
      [GOLD],
      result([
        entity('e1', 'Federazione impiegati operai metallurgici', 'Organization', [['d1', 'Federazione']]),
        entity('e2', 'Lodi', 'Place', [['d2', 'Lodi']]),
      ]),
    );
    expect(report.problems.filter((p) => p.entity === 'fiom' || p.entity === 'lodi')).toStrictEqual([
      { doc: 'a1', entity: 'lodi', type: 'Place', outcome: 'missing', nodes: [] },
    ]);
  });
});
