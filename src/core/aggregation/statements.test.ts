import { describe, expect, it } from 'vitest';
import { statementView } from '../testing/factories.ts';
import { aggregateSpokeAbout, panelGroups, sortStatements, statementsInRange } from './statements.ts';

describe('aggregateSpokeAbout', () => {
  it('turns statements into weighted speaker → target groups', () => {
    const groups = aggregateSpokeAbout([
      statementView('s1', 'peskov', ['musk'], { date: '2024-03-05' }),
      statementView('s2', 'peskov', ['musk', 'nato'], { date: '2024-03-01' }),
      statementView('s3', 'peskov', ['peskov']),
      statementView('s4', null, ['musk']),
      statementView('s5', 'zelensky', ['nato'], {
        date: null,
        article: { id: 'a2', title: null, date: '2023', url: null, source: 'x', sourceName: null },
      }),
    ]);
    expect(groups).toStrictEqual([
      {
        speakerId: 'peskov',
        speakerName: 'PESKOV',
        targetId: 'musk',
        targetName: 'MUSK',
        weight: 2,
        statementIds: ['s1', 's2'],
        firstDate: '2024-03-01',
        lastDate: '2024-03-05',
      },
      {
        speakerId: 'peskov',
        speakerName: 'PESKOV',
        targetId: 'nato',
        targetName: 'NATO',
        weight: 1,
        statementIds: ['s2'],
        firstDate: '2024-03-01',
        lastDate: '2024-03-01',
      },
      {
        speakerId: 'zelensky',
        speakerName: 'ZELENSKY',
        targetId: 'nato',
        targetName: 'NATO',
        weight: 1,
        statementIds: ['s5'],
        firstDate: '2023',
        lastDate: '2023',
      },
    ]);
  });

  it('counts a statement once per target', () => {
    const s = statementView('s1', 'a', ['b', 'b']);
    expect(aggregateSpokeAbout([s, s]).map((g) => g.weight)).toStrictEqual([1]);
  });
});

describe('panelGroups', () => {
  const about = [
    statementView('s1', 'peskov', ['putin', 'musk']),
    statementView('s2', 'peskov', ['putin', 'trump']),
    statementView('s3', 'zelensky', ['putin']),
  ];

  it('on "Said about", one chip per speaker, counting the statements about the entity', () => {
    expect(panelGroups(about, 'putin', 'about').map((g) => [g.speakerName, g.weight])).toStrictEqual([
      ['PESKOV', 2],
      ['ZELENSKY', 1],
    ]);
  });

  it('on "Said", one chip per target of the entity', () => {
    expect(panelGroups(about.slice(0, 2), 'peskov', 'by').map((g) => [g.targetName, g.weight])).toStrictEqual([
      ['PUTIN', 2],
      ['MUSK', 1],
      ['TRUMP', 1],
    ]);
  });
});

describe('statement ordering and date range', () => {
  const list = [
    statementView('old', 'a', [], { date: '2023-01-01' }),
    statementView('late', 'a', [], { date: '2024-05-01', start: 50 }),
    statementView('early', 'a', [], { date: '2024-05-01', start: 10 }),
  ];
  it('sorts newest first, then by position', () => {
    expect(sortStatements(list).map((s) => s.id)).toStrictEqual(['early', 'late', 'old']);
  });
  it('keeps statements inside the range', () => {
    expect(statementsInRange(list, '2024', null).map((s) => s.id)).toStrictEqual(['late', 'early']);
    expect(statementsInRange(list, null, '2023-12').map((s) => s.id)).toStrictEqual(['old']);
  });
});
