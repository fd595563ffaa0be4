// Publishers and journals named after a participle of publishing. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { doc } from '../testDocs.ts';

/** [every surface form of the entity joined by "|", type, the rules that typed it], in the result's order. */
function typed(text: string): [string, string, string[]][] {
  return extract([doc(text)]).entities.map((e) => [e.mentions.map((m) => m.text).join('|'), e.type, e.trace ?? []]);
}

describe('a publisher after a participle of publishing', () => {
  it('types the agent of "pubblicato da"', () => {
    expect(typed('Il romanzo, pubblicato da Ardesia, esce a marzo.')).toStrictEqual([
      ['Ardesia', 'Organization', ['type.publisher-after-published']],
    ]);
  });

  it('types the journal after "pubblicata su"', () => {
    expect(typed('Una ricerca pubblicata su Lumen descrive il fenomeno.')).toStrictEqual([
      ['Lumen', 'Organization', ['type.publisher-after-published']],
    ]);
  });

  it('keeps the author named with a given name', () => {
    expect(typed('Il saggio è stato pubblicato da Marco Verdelli nel 2019.')).toStrictEqual([
      ['Marco Verdelli', 'Person', ['type.first-name-opening']],
    ]);
  });

  it('leaves a name shaped as a surname with its prefix to the person who published', () => {
    expect(typed('Il filmato è stato pubblicato da MacBrayne ieri.')).toStrictEqual([
      ['MacBrayne', 'Other', ['type.lone-unknown-word']],
    ]);
  });
});
