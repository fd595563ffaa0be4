import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { doc } from '../testDocs.ts';

/** [every surface form of the entity joined by "|", type, the rule that typed it], in the result's order. */
function typed(text: string): [string, string, string | undefined][] {
  return extract([doc(text)]).entities.map((e) => [e.mentions.map((m) => m.text).join('|'), e.type, e.trace?.[0]]);
}

describe('places named after a word for a site', () => {
  it('reads the name after "caverne di" as a place', () => {
    expect(typed('Il cranio è stato trovato nelle caverne di Brusaddo.')).toStrictEqual([
      ['Brusaddo', 'Place', 'type.place-after-facility-noun'],
    ]);
  });

  it('reads the name after "bunker di" as a place', () => {
    expect(typed('Si sarebbe rifugiato nel bunker di Tarsa Ovrel.')).toStrictEqual([
      ['Tarsa Ovrel', 'Place', 'type.place-after-facility-noun'],
    ]);
  });
});

describe('texts named after a word for a text', () => {
  it('reads the name after "trattato" as a work', () => {
    expect(typed('Ieri è stato firmato il trattato VELMA II a sorpresa.')).toStrictEqual([
      ['VELMA II', 'Work', 'type.work-noun-before'],
    ]);
  });
});

describe('lists', () => {
  it('gives a lone name the organization type of a list whose members each repeat their article', () => {
    expect(typed('Parlarono dei vertici della Fondazione Brenvik e dello Zerbal ieri.')).toStrictEqual([
      ['Fondazione Brenvik', 'Organization', 'type.head-noun'],
      ['Zerbal', 'Organization', 'type.articled-list-shares-type'],
    ]);
  });
});

describe('songs', () => {
  it('reads a name right after "cantato" as the song', () => {
    expect(typed('Alla festa avrebbe cantato Valmora davanti a tutti.')).toStrictEqual([
      ['Valmora', 'Work', 'type.song-after-singing-verb'],
    ]);
  });

  it('keeps a known given name after "cantato" a person', () => {
    expect(typed('Alla festa ha cantato Marco davanti a tutti.')).toStrictEqual([
      ['Marco', 'Person', 'type.known-first-name'],
    ]);
  });
});

describe('names given by a naming participle', () => {
  it('types the last name a naming participle lists as the noun before it says', () => {
    expect(typed('Le organizzazioni criminali denominate Corva nera e Brenvik hanno colpito ancora.')).toStrictEqual([
      ['Brenvik', 'Organization', 'type.named-as'],
      ['Corva', 'Organization', 'type.organization-cue-before'],
    ]);
  });
});
