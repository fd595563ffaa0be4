import { describe, expect, it } from 'vitest';
import { sampleExtraction } from '../testing.ts';
import { planBatches } from './plan.ts';

describe('planBatches', () => {
  it('skips stored articles and everything that belongs to them', () => {
    const { batches, skipped } = planBatches(sampleExtraction(), new Set(['art-1']));
    expect(skipped).toBe(1);
    expect(batches.length).toBe(1);
    const batch = batches[0];
    expect(batch?.articleIds).toStrictEqual(['art-2']);
    expect(batch?.statements.map((row) => row.id)).toStrictEqual(['st-3', 'st-4']);
    expect(batch?.entities.map((entity) => entity.id).sort()).toStrictEqual([
      'event:vertice-bruxelles',
      'org:commissione-europea',
      'person:giorgia-meloni',
      'place:bruxelles',
    ]);
    expect(batch?.said).toStrictEqual([
      { speakerId: 'person:giorgia-meloni', statementId: 'st-3', articleId: 'art-2', start: 104, end: 120 },
    ]);
    expect([...(batch?.relations.keys() ?? [])]).toStrictEqual(['PARTICIPATED_IN', 'HELD_IN']);
    expect(batch?.eventDetails).toStrictEqual([{ id: 'event:vertice-bruxelles', date: '2024-04-09' }]);
  });

  it('groups mentions per article and entity with sorted offsets', () => {
    const { batches } = planBatches(sampleExtraction(), new Set(), 1);
    expect(batches.map((batch) => batch.articleIds)).toStrictEqual([['art-1'], ['art-2']]);
    expect(batches[0]?.mentions.find((row) => row.entityId === 'person:mario-draghi')).toStrictEqual({
      articleId: 'art-1',
      entityId: 'person:mario-draghi',
      count: 4,
      starts: [0, 31, 127, 155],
      ends: [6, 43, 133, 161],
      texts: ['Draghi', 'Mario Draghi', 'Draghi', 'Draghi'],
      readings: null,
      readingRules: null,
    });
  });

  it('keeps beside each offset how the mention reads where it differs from its entity', () => {
    const result = sampleExtraction();
    const roma = result.entities.find((entity) => entity.id === 'place:roma')!;
    roma.mentions[1] = { ...roma.mentions[1]!, reading: { type: 'Organization', rule: 'type.country-acting-subject' } };
    const row = planBatches(result, new Set()).batches[0]?.mentions.find((r) => r.entityId === 'place:roma');
    expect([row?.starts, row?.readings, row?.readingRules]).toStrictEqual([
      [25, 75],
      ['', 'Organization'],
      ['', 'type.country-acting-subject'],
    ]);
  });

  it('counts a document repeated in one result once', () => {
    const result = sampleExtraction();
    result.documents.push({ ...(result.documents[0] as (typeof result.documents)[number]) });
    const { batches, skipped } = planBatches(result, new Set());
    expect([batches[0]?.articleIds, skipped]).toStrictEqual([['art-1', 'art-2'], 1]);
  });

  it('counts what each batch adds to the counters of the entities it touches', () => {
    const { batches } = planBatches(sampleExtraction(), new Set(['art-1']));
    expect(batches[0]?.counters.sort((a, b) => String(a.id).localeCompare(String(b.id)))).toStrictEqual([
      { id: 'event:vertice-bruxelles', mentions: 2, articles: 1, statementsBy: 0, statementsAbout: 0 },
      { id: 'org:commissione-europea', mentions: 1, articles: 1, statementsBy: 0, statementsAbout: 1 },
      { id: 'person:giorgia-meloni', mentions: 2, articles: 1, statementsBy: 1, statementsAbout: 0 },
      { id: 'place:bruxelles', mentions: 2, articles: 1, statementsBy: 0, statementsAbout: 1 },
    ]);
  });

  it('sends a statement, its links and a relation once when the result repeats them', () => {
    const result = sampleExtraction();
    const first = result.statements[0]!;
    result.statements.push({ ...first, quote: 'a repeat', about: [...first.about, ...first.about] });
    result.relations.push({ ...result.relations[0]!, evidence: 'a repeat' });
    const batch = planBatches(result, new Set(['art-2'])).batches[0]!;
    expect(batch.statements.filter((row) => row.id === first.id).map((row) => row.quote)).toStrictEqual([first.quote]);
    expect(batch.said.filter((row) => row.statementId === first.id).length).toBe(1);
    expect(batch.about.filter((row) => row.statementId === first.id).length).toBe(1);
    const relations = [...batch.relations.values()].flat().filter((row) => row.id === result.relations[0]!.id);
    expect(relations.map((row) => row.evidence)).toStrictEqual([result.relations[0]!.evidence]);
    const draghi = batch.counters.find((row) => row.id === 'person:mario-draghi');
    expect([draghi?.statementsBy, draghi?.statementsAbout]).toStrictEqual([1, 1]);
  });
});
