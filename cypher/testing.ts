// Tiny hand-written extraction results for the store tests: two Italian articles with
// people, an organization, a place and an event, statements (one without a named speaker),
// relations and an event with participants. Offsets are computed from the texts.

import type {
  ExtractedDocument,
  ExtractedEntity,
  ExtractedStatement,
  ExtractionResult,
  Mention,
} from '../contract/extraction.ts';

function at(text: string, part: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`'${part}' not in text`);
  return { start, end: start + part.length };
}

export const ARTICLE_1_TEXT =
  'Draghi incontra Meloni a Roma\n\n' +
  'Mario Draghi ha incontrato Giorgia Meloni a Roma. «La Commissione europea deve agire», ha detto Draghi. ' +
  'Meloni ha criticato Draghi. «Serve prudenza», ha aggiunto.';

export const ARTICLE_2_TEXT =
  'Vertice di Bruxelles\n\n' +
  'Al Vertice di Bruxelles la premier Meloni ha parlato con la Commissione europea. ' +
  '«Non è il momento», ha dichiarato Giorgia Meloni. Si dice che la città sia blindata.';

function document(id: string, title: string, date: string, text: string): ExtractedDocument {
  return { id, source: `${id}.txt`, title, date, url: `https://example.org/${id}`, language: 'it', errors: [], text };
}

function mentions(documentId: string, text: string, ...parts: string[]): Mention[] {
  const found: Mention[] = [];
  for (const part of parts) {
    let from = 0;
    for (;;) {
      const index = text.indexOf(part, from);
      if (index < 0) break;
      const before = text[index - 1];
      const overlapping = found.some(
        (mention) => mention.document === documentId && index < mention.end && index + part.length > mention.start,
      );
      if (!overlapping && (before === undefined || !/\p{L}/u.test(before)))
        found.push({ document: documentId, start: index, end: index + part.length, text: part });
      from = index + part.length;
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function sentenceAround(text: string, start: number, end: number): string {
  const begin = Math.max(text.lastIndexOf('. ', start) + 2, text.lastIndexOf('\n', start) + 1);
  const stop = text.indexOf('.', end);
  return text.slice(begin, stop < 0 ? text.length : stop + 1);
}

/** The sample result: 2 articles, 6 entities, 4 statements, 2 relations, 1 event. */
export function sampleExtraction(): ExtractionResult {
  const a1 = document('art-1', 'Draghi incontra Meloni a Roma', '2024-03-05', ARTICLE_1_TEXT);
  const a2 = document('art-2', 'Vertice di Bruxelles', '2024-04-10', ARTICLE_2_TEXT);
  const t1 = a1.text;
  const t2 = a2.text;
  const entities: ExtractedEntity[] = [
    {
      id: 'person:mario-draghi',
      name: 'Mario Draghi',
      type: 'Person',
      aliases: ['Draghi'],
      mentions: mentions('art-1', t1, 'Mario Draghi', 'Draghi'),
    },
    {
      id: 'person:giorgia-meloni',
      name: 'Giorgia Meloni',
      type: 'Person',
      aliases: ['Meloni'],
      mentions: [
        ...mentions('art-1', t1, 'Giorgia Meloni', 'Meloni'),
        ...mentions('art-2', t2, 'Giorgia Meloni', 'Meloni'),
      ],
    },
    {
      id: 'org:commissione-europea',
      name: 'Commissione europea',
      type: 'Organization',
      aliases: [],
      mentions: [...mentions('art-1', t1, 'Commissione europea'), ...mentions('art-2', t2, 'Commissione europea')],
    },
    { id: 'place:roma', name: 'Roma', type: 'Place', aliases: [], mentions: mentions('art-1', t1, 'Roma') },
    {
      id: 'place:bruxelles',
      name: 'Bruxelles',
      type: 'Place',
      aliases: [],
      mentions: mentions('art-2', t2, 'Bruxelles'),
    },
    {
      id: 'event:vertice-bruxelles',
      name: 'Vertice di Bruxelles',
      type: 'Event',
      aliases: [],
      mentions: mentions('art-2', t2, 'Vertice di Bruxelles'),
    },
  ];
  const quote = (
    id: string,
    doc: ExtractedDocument,
    text: string,
    speaker: string | null,
    speakerText: string | null,
    about: string[],
    cue: string,
    from = 0,
  ): ExtractedStatement => {
    const { start, end } = at(doc.text, text, from);
    return {
      id,
      document: doc.id,
      speaker,
      speakerText,
      quote: text,
      kind: 'direct',
      cue,
      about,
      sentence: sentenceAround(doc.text, start, end),
      start,
      end,
      confidence: 0.9,
    };
  };
  const statements: ExtractedStatement[] = [
    {
      ...quote(
        'st-1',
        a1,
        'La Commissione europea deve agire',
        'person:mario-draghi',
        'Draghi',
        ['org:commissione-europea'],
        'ha detto',
      ),
      // The one statement with a speech act; the others are stored without one, as an older extraction.
      act: 'request',
    },
    quote('st-2', a1, 'Serve prudenza', 'person:giorgia-meloni', null, ['person:mario-draghi'], 'ha aggiunto'),
    quote(
      'st-3',
      a2,
      'Non è il momento',
      'person:giorgia-meloni',
      'Giorgia Meloni',
      ['org:commissione-europea'],
      'ha dichiarato',
    ),
    {
      id: 'st-4',
      document: 'art-2',
      speaker: null,
      speakerText: null,
      quote: 'la città sia blindata',
      kind: 'indirect',
      cue: 'si dice',
      about: ['place:bruxelles'],
      sentence: 'Si dice che la città sia blindata.',
      ...at(t2, 'la città sia blindata'),
      confidence: 0.5,
    },
  ];
  const criticized = at(t1, 'Meloni ha criticato Draghi');
  const met = at(t1, 'Mario Draghi ha incontrato Giorgia Meloni');
  return {
    documents: [a1, a2],
    entities,
    statements,
    relations: [
      {
        id: 'rel-1',
        source: 'person:giorgia-meloni',
        target: 'person:mario-draghi',
        type: 'CRITICIZED',
        role: null,
        document: 'art-1',
        evidence: 'Meloni ha criticato Draghi',
        ...criticized,
        date: null,
      },
      {
        id: 'rel-2',
        source: 'person:mario-draghi',
        target: 'person:giorgia-meloni',
        type: 'MET',
        role: null,
        document: 'art-1',
        evidence: 'Mario Draghi ha incontrato Giorgia Meloni',
        ...met,
        date: '2024-03-04',
      },
    ],
    events: [
      {
        entity: 'event:vertice-bruxelles',
        document: 'art-2',
        participants: ['person:giorgia-meloni'],
        date: '2024-04-09',
        place: 'place:bruxelles',
        evidence: 'Al Vertice di Bruxelles la premier Meloni ha parlato con la Commissione europea.',
        ...at(t2, 'Al Vertice di Bruxelles la premier Meloni ha parlato con la Commissione europea.'),
      },
    ],
  };
}
