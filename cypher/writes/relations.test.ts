import { describe, expect, it } from 'vitest';
import type { ExtractedDocument, ExtractedEntity, ExtractedEvent } from '../../contract/extraction.ts';
import { relationRows } from './relations.ts';
import { BatchTally } from './tally.ts';

const article: ExtractedDocument = {
  id: 'art-1',
  source: 'a.txt',
  title: null,
  date: '2024-05-02',
  url: null,
  language: 'it',
  errors: [],
  text: 'Il vertice di Torino con Bianchi e Verdi.',
};

const summit: ExtractedEvent = {
  entity: 'event:summit',
  document: 'art-1',
  participants: ['person:bianchi', 'person:verdi'],
  date: null,
  place: 'place:torino',
  evidence: 'Il vertice di Torino con Bianchi e Verdi.',
  start: 0,
  end: 41,
};

describe('relationRows', () => {
  it("turns an event into its participants' and place's relations, dated by the article", () => {
    const tally = new BatchTally(new Map<string, ExtractedEntity>(), []);
    const rows = relationRows([], [summit], new Map([[article.id, article]]), tally);
    const evidence = {
      articleId: 'art-1',
      start: 0,
      end: 41,
      evidence: 'Il vertice di Torino con Bianchi e Verdi.',
      role: null,
      date: '2024-05-02',
    };
    expect([...rows.relations]).toStrictEqual([
      [
        'PARTICIPATED_IN',
        [
          {
            id: 'event:PARTICIPATED_IN:person:bianchi->event:summit@art-1:0',
            source: 'person:bianchi',
            target: 'event:summit',
            ...evidence,
            trace: ['relation.event-participant'],
          },
          {
            id: 'event:PARTICIPATED_IN:person:verdi->event:summit@art-1:0',
            source: 'person:verdi',
            target: 'event:summit',
            ...evidence,
            trace: ['relation.event-participant'],
          },
        ],
      ],
      [
        'HELD_IN',
        [
          {
            id: 'event:HELD_IN:event:summit->place:torino@art-1:0',
            source: 'event:summit',
            target: 'place:torino',
            ...evidence,
            trace: ['relation.event-place'],
          },
        ],
      ],
    ]);
    expect(rows.eventDetails).toStrictEqual([]);
    expect(tally.counterRows().map((row) => row.id)).toStrictEqual([
      'event:summit',
      'person:bianchi',
      'person:verdi',
      'place:torino',
    ]);
  });

  it('leaves out an event relation the extracted relations already hold, and events of other articles', () => {
    const tally = new BatchTally(new Map<string, ExtractedEntity>(), []);
    const rows = relationRows(
      [
        {
          id: 'rel-1',
          source: 'event:summit',
          target: 'place:torino',
          type: 'HELD_IN',
          role: null,
          document: 'art-1',
          evidence: 'vertice di Torino',
          start: 3,
          end: 20,
          date: null,
        },
      ],
      [
        { ...summit, participants: [], date: '2024-05-01' },
        { ...summit, document: 'art-2' },
      ],
      new Map([[article.id, article]]),
      tally,
    );
    expect([...rows.relations.keys()]).toStrictEqual(['HELD_IN']);
    expect(rows.relations.get('HELD_IN')?.map((row) => row.id)).toStrictEqual(['rel-1']);
    expect(rows.eventDetails).toStrictEqual([{ id: 'event:summit', date: '2024-05-01' }]);
  });
});
