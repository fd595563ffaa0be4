// A small hand-written extraction result for the API tests: two Italian articles, five
// entities, two statements, three relations. Offsets are computed from the texts, so
// every statement and relation points at the words it claims.

import type { ExtractedEntity, ExtractionResult, Mention } from '../../contract/extraction.ts';

export const ARTICLE_1 = {
  id: 'art-1',
  text:
    'Vertice a Roma sul bilancio europeo\n\n' +
    'Il ministro Mario Rossi ha incontrato a Roma la presidente Anna Bianchi. ' +
    "«Serve più coraggio sull'Europa», ha detto Rossi. " +
    "Bianchi ha criticato l'Unione Europea.",
};

export const ARTICLE_2 = {
  id: 'art-2',
  text:
    'Azione Civica chiede riforme\n\n' +
    "Anna Bianchi, portavoce di Azione Civica, ha dichiarato: «L'Unione Europea deve cambiare». " +
    'Lo ha confermato Niccolò Ricci.',
};

function at(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`"${needle}" is not in the fixture text`);
  return { start, end: start + needle.length };
}

function mentions(document: { id: string; text: string }, ...surfaces: string[]): Mention[] {
  const found: Mention[] = [];
  for (const surface of surfaces) {
    let from = 0;
    for (;;) {
      const start = document.text.indexOf(surface, from);
      if (start < 0) break;
      found.push({ document: document.id, start, end: start + surface.length, text: surface });
      from = start + surface.length;
    }
  }
  return found;
}

function entity(
  id: string,
  name: string,
  type: ExtractedEntity['type'],
  aliases: string[],
  found: Mention[],
): ExtractedEntity {
  return { id, name, type, aliases, mentions: found };
}

export const IDS = {
  rossi: 'person:mario-rossi',
  bianchi: 'person:anna-bianchi',
  ricci: 'person:niccolo-ricci',
  ue: 'organization:unione-europea',
  azione: 'organization:azione-civica',
  roma: 'place:roma',
} as const;

export function smallGraph(): ExtractionResult {
  const a1 = ARTICLE_1;
  const a2 = ARTICLE_2;
  const quote1 = "Serve più coraggio sull'Europa";
  const quote2 = "L'Unione Europea deve cambiare";
  const sentence1 = "«Serve più coraggio sull'Europa», ha detto Rossi.";
  const sentence2 = "Anna Bianchi, portavoce di Azione Civica, ha dichiarato: «L'Unione Europea deve cambiare».";
  const met = 'Il ministro Mario Rossi ha incontrato a Roma la presidente Anna Bianchi.';
  const criticized = "Bianchi ha criticato l'Unione Europea.";
  return {
    documents: [
      {
        id: a1.id,
        source: 'vertice.txt',
        title: 'Vertice a Roma sul bilancio europeo',
        date: '2024-03-05',
        url: 'https://example.org/vertice',
        language: 'it',
        errors: [],
        text: a1.text,
      },
      {
        id: a2.id,
        source: 'azione.txt',
        title: 'Azione Civica chiede riforme',
        date: '2024-04-10',
        url: null,
        language: 'it',
        errors: [],
        text: a2.text,
      },
    ],
    entities: [
      entity(
        IDS.rossi,
        'Mario Rossi',
        'Person',
        ['Rossi'],
        [
          ...mentions(a1, 'Mario Rossi'),
          { document: a1.id, ...at(a1.text, 'Rossi', at(a1.text, 'ha detto').end), text: 'Rossi' },
        ],
      ),
      entity(
        IDS.bianchi,
        'Anna Bianchi',
        'Person',
        ['Bianchi'],
        [
          ...mentions(a1, 'Anna Bianchi'),
          { document: a1.id, ...at(a1.text, 'Bianchi', at(a1.text, 'Anna Bianchi').end), text: 'Bianchi' },
          ...mentions(a2, 'Anna Bianchi'),
        ],
      ),
      entity(IDS.ricci, 'Niccolò Ricci', 'Person', [], mentions(a2, 'Niccolò Ricci')),
      entity(
        IDS.ue,
        'Unione Europea',
        'Organization',
        ['UE'],
        [...mentions(a1, 'Unione Europea'), ...mentions(a2, 'Unione Europea')],
      ),
      entity(IDS.azione, 'Azione Civica', 'Organization', [], mentions(a2, 'Azione Civica')),
      entity(IDS.roma, 'Roma', 'Place', [], mentions(a1, 'Roma')),
    ],
    statements: [
      {
        id: 'stmt-1',
        document: a1.id,
        speaker: IDS.rossi,
        speakerText: 'Rossi',
        quote: quote1,
        kind: 'direct',
        cue: 'ha detto',
        about: [IDS.ue],
        sentence: sentence1,
        ...at(a1.text, quote1),
        confidence: 0.9,
        trace: ['statement.quote-then-cue', 'speaker.subject-after-cue'],
      },
      {
        id: 'stmt-2',
        document: a2.id,
        speaker: IDS.bianchi,
        speakerText: 'Anna Bianchi',
        quote: quote2,
        kind: 'direct',
        cue: 'ha dichiarato',
        about: [IDS.ue],
        sentence: sentence2,
        ...at(a2.text, quote2),
        confidence: 0.85,
        trace: ['statement.cue-then-colon-quote', 'speaker.subject-before-cue'],
      },
    ],
    relations: [
      {
        id: 'rel-met',
        source: IDS.rossi,
        target: IDS.bianchi,
        type: 'MET',
        role: null,
        document: a1.id,
        evidence: met,
        ...at(a1.text, met),
        date: '2024-03-05',
        trace: ['relation.contact-noun-with'],
      },
      {
        id: 'rel-crit',
        source: IDS.bianchi,
        target: IDS.ue,
        type: 'CRITICIZED',
        role: null,
        document: a1.id,
        evidence: criticized,
        ...at(a1.text, criticized),
        date: '2024-03-05',
        trace: ['relation.subject-verb-object'],
      },
      {
        id: 'rel-spokes',
        source: IDS.bianchi,
        target: IDS.azione,
        type: 'SPOKESPERSON_OF',
        role: 'portavoce',
        document: a2.id,
        evidence: 'Anna Bianchi, portavoce di Azione Civica',
        ...at(a2.text, 'Anna Bianchi, portavoce di Azione Civica'),
        date: null,
      },
    ],
  };
}
