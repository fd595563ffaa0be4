import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { doc } from '../testDocs.ts';

/** [every surface form of the entity joined by "|", type, the rules that typed it], in the result's order. */
function typed(text: string): [string, string, string[]][] {
  return extract([doc(text)]).entities.map((e) => [e.mentions.map((m) => m.text).join('|'), e.type, e.trace ?? []]);
}

describe('type.conjoined-with-body', () => {
  it('types a lone name joined by "e" to an organization as one more, a town listed before the pair aside', () => {
    expect(typed('La protesta è partita da Torino, Brivalto e la Cgil.')).toStrictEqual([
      ['Brivalto', 'Organization', ['type.conjoined-with-body']],
      ['Cgil', 'Organization', ['type.gazetteer']],
      ['Torino', 'Place', ['type.gazetteer']],
    ]);
  });

  it('reads "o" between an organization and a name nothing typed as a choice between two organizations', () => {
    expect(typed('Il tavolo lo guideranno la Cisl o Brivalto.')).toStrictEqual([
      ['Brivalto', 'Organization', ['type.conjoined-with-body']],
      ['Cisl', 'Organization', ['type.gazetteer']],
    ]);
  });

  it('types a name of two words nothing typed, joined to an organization, as an organization', () => {
    expect(typed('Hanno firmato la Cisl e Tervane Orvo.')).toStrictEqual([
      ['Cisl', 'Organization', ['type.gazetteer']],
      ['Tervane Orvo', 'Organization', ['type.conjoined-with-body']],
    ]);
  });

  it('lends nothing to a name in a list that holds a person: it may be another surname', () => {
    expect(typed('Hanno parlato Anna Ferri, Brivalto e la Cgil.')).toStrictEqual([
      ['Cgil', 'Organization', ['type.gazetteer']],
      ['Anna Ferri', 'Person', ['type.first-name-opening']],
      ['Brivalto', 'Person', ['type.list-shares-type']],
    ]);
  });

  it('leaves a person opened by a given name joined to an organization a person', () => {
    expect(typed('Hanno firmato la Cgil e Mario Brivio.')).toStrictEqual([
      ['Cgil', 'Organization', ['type.gazetteer']],
      ['Mario Brivio', 'Person', ['type.first-name-opening']],
    ]);
  });

  it('leaves a known town joined to an organization a place', () => {
    expect(typed('Hanno firmato la Cgil e Bergamo.')).toStrictEqual([
      ['Cgil', 'Organization', ['type.gazetteer']],
      ['Bergamo', 'Place', ['type.gazetteer']],
    ]);
  });
});
