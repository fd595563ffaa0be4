import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { doc } from '../testDocs.ts';

/** [every surface form of the entity joined by "|", type, the rule that typed it], in the result's order. */
function typed(text: string): [string, string, string | undefined][] {
  return extract([doc(text)]).entities.map((e) => [e.mentions.map((m) => m.text).join('|'), e.type, e.trace?.[0]]);
}

describe('type.apposition-after on a name of common words', () => {
  it('reads a noun for a person in apposition after a name of words the article writes small', () => {
    expect(typed('La nebbia era fitta ieri. Ha parlato Nebbia Fitta, vedova del sindaco, in piazza.')).toStrictEqual([
      ['Nebbia Fitta', 'Person', 'type.apposition-after'],
    ]);
  });

  it('reads a noun for a body in apposition after a name of words the article writes small', () => {
    expect(typed('La nebbia era fitta ieri. Ha chiuso Nebbia Fitta, società di trasporti, in perdita.')).toStrictEqual([
      ['Nebbia Fitta', 'Organization', 'type.apposition-after'],
    ]);
  });

  it('leaves a name of words the article writes small with no apposition no person', () => {
    expect(typed('La nebbia era fitta ieri. Ha parlato Nebbia Fitta in piazza.')).toStrictEqual([
      ['Nebbia Fitta', 'Other', 'type.common-words-name'],
    ]);
  });
});
