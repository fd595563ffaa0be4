// Clubs and teams named in results and fixtures: how a place's mention reads next to a score, while the node stays the
// place. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { doc } from '../testDocs.ts';

/** [mention text, the type it reads as there, the rule when it reads otherwise than its entity] in text order. */
function readings(text: string): [string, string, string | null][] {
  return extract([doc(text)])
    .entities.flatMap((e) => e.mentions.map((m) => ({ e, m })))
    .sort((a, b) => a.m.start - b.m.start)
    .map(({ e, m }) => [m.text, m.reading?.type ?? e.type, m.reading?.rule ?? null]);
}

describe('a side next to a score', () => {
  it('reads a place after a score as a side', () => {
    expect(readings('Ieri sera la squadra ha battuto 3-1 Swindon in trasferta.')).toStrictEqual([
      ['Swindon', 'Organization', 'type.side-beside-score'],
    ]);
  });

  it('reads both places of a fixture before its score as sides', () => {
    expect(readings('Nella sfida Preston - Doncaster 1-0 decide un rigore.')).toStrictEqual([
      ['Preston', 'Organization', 'type.side-beside-score'],
      ['Doncaster', 'Organization', 'type.side-beside-score'],
    ]);
  });

  it('keeps the place before a span of years', () => {
    expect(readings('Ha vissuto a Wigan 2011-2012 con la famiglia.')).toStrictEqual([['Wigan', 'Place', null]]);
  });

  it('reads a place before a verb and a score as a side', () => {
    expect(readings('Sabato Wigan batte 2-0 gli ospiti in campionato.')).toStrictEqual([
      ['Wigan', 'Organization', 'type.side-before-verb-and-score'],
    ]);
  });

  it('keeps a place before a verb and a score outside a competition', () => {
    expect(readings('Sabato a Wigan sono 2-3 i gradi sotto zero.')).toStrictEqual([['Wigan', 'Place', null]]);
  });
});
