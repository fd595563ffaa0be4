import { describe, expect, it } from 'vitest';
import { ruleReason } from '../../../contract/rules.ts';
import { articleLabel, mentionTitle, segmentArticle, splitSentence } from './segments.ts';

describe('segmentArticle', () => {
  const text = 'Peskov ha detto: «Musk mente». Fine.';
  it('cuts runs at mention and statement bounds, mentions inside quotes included', () => {
    const runs = segmentArticle(
      text,
      [
        { entityId: 'peskov', name: 'Peskov', type: 'Person', start: 0, end: 6 },
        { entityId: 'musk', name: 'Musk', type: 'Person', start: 18, end: 22 },
      ],
      [{ id: 's1', start: 18, end: 28 }],
    );
    expect(runs.map((r) => [r.text, r.entityId, r.statementId])).toStrictEqual([
      ['Peskov', 'peskov', null],
      [' ha detto: «', null, null],
      ['Musk', 'musk', 's1'],
      [' mente', null, 's1'],
      ['». Fine.', null, null],
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  it("keeps a mention's reading on its run", () => {
    const reading = { type: 'Organization' as const, rule: 'type.country-acting-subject' };
    const runs = segmentArticle(
      'La Francia ha votato.',
      [{ entityId: 'place:francia', name: 'Francia', type: 'Place', start: 3, end: 10, reading }],
      [],
    );
    expect(runs.map((r) => [r.text, r.entityId, r.reading])).toStrictEqual([
      ['La ', null, null],
      ['Francia', 'place:francia', reading],
      [' ha votato.', null, null],
    ]);
  });

  it('drops spans outside the text', () => {
    const runs = segmentArticle('abc', [{ entityId: 'x', name: 'x', type: 'Other', start: 2, end: 9 }], []);
    expect(runs).toStrictEqual([{ start: 0, end: 3, text: 'abc', entityId: null, reading: null, statementId: null }]);
  });
});

describe('mentionTitle', () => {
  it('names the entity a mention opens, and how it reads here with the reason of its rule', () => {
    expect(mentionTitle('Mario Rossi', 'Person', null)).toBe('Open Mario Rossi (Person)');
    const rule = 'type.country-acting-subject';
    expect(mentionTitle('Francia', 'Place', { type: 'Organization', rule })).toBe(
      `Read here as Organization, not Place: ${ruleReason(rule)!}. Open Francia (Place)`,
    );
    expect(mentionTitle('Francia', 'Place', { type: 'Organization', rule: 'type.unknown-rule' })).toBe(
      'Read here as Organization, not Place: type.unknown-rule. Open Francia (Place)',
    );
  });
});

describe('splitSentence', () => {
  it('splits on offsets relative to the sentence', () => {
    expect(splitSentence('Disse: «tutto falso» ieri.', 100, 'tutto falso', 108, 119)).toStrictEqual([
      'Disse: «',
      'tutto falso',
      '» ieri.',
    ]);
  });

  it('falls back to the quote text when offsets do not fit', () => {
    expect(splitSentence('Disse: «tutto falso» ieri.', 0, 'tutto falso', 500, 511)).toStrictEqual([
      'Disse: «',
      'tutto falso',
      '» ieri.',
    ]);
    expect(splitSentence('Nothing here.', 0, 'absent', 500, 506)).toStrictEqual(['Nothing here.', '', '']);
  });
});

describe('articleLabel', () => {
  it('prefers the title, else the file name', () => {
    expect(articleLabel({ title: ' Il Cremlino nega ', source: '/x/a.txt' })).toBe('Il Cremlino nega');
    expect(articleLabel({ title: null, source: '/work/seeds/003_f71a.txt' })).toBe('003_f71a.txt');
    expect(articleLabel({ title: '', source: 'C:\\news\\b.md' })).toBe('b.md');
  });
});
