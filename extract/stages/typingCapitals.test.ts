// Capitals, states and regions standing for their governments, and countries acting past an adverb closed by a comma:
// how the mention reads where the government acts, the node staying the place. Sentences written for these tests.
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

describe('type.capital-acting-subject', () => {
  it('reads a capital opening the sentence before a finite verb as its government', () => {
    expect(readings('Oslo ha respinto la proposta.')).toStrictEqual([
      ['Oslo', 'Organization', 'type.capital-acting-subject'],
    ]);
  });

  it('reads a capital after a comma before a finite verb as its government', () => {
    expect(readings('Dopo un mese, Lisbona ha ritirato il veto.')).toStrictEqual([
      ['Lisbona', 'Organization', 'type.capital-acting-subject'],
    ]);
  });

  it('leaves a capital after a preposition of place the city', () => {
    expect(readings('A Helsinki ha nevicato tutta la notte.')).toStrictEqual([['Helsinki', 'Place', null]]);
  });

  it('leaves a capital before a copula the city', () => {
    expect(readings('Oslo è stata colpita da una tempesta.')).toStrictEqual([['Oslo', 'Place', null]]);
  });
});

describe('type.capital-according-to', () => {
  it('reads a capital after "secondo" as its government', () => {
    expect(readings('Secondo Helsinki, il trattato va rivisto.')).toStrictEqual([
      ['Helsinki', 'Organization', 'type.capital-according-to'],
    ]);
  });
});

describe('type.country-subject-past-aside', () => {
  it('reads a country before its verb past an adverb closed by a comma alone as acting', () => {
    expect(readings('La Norvegia comunque, non ha firmato il trattato.')).toStrictEqual([
      ['Norvegia', 'Organization', 'type.country-subject-past-aside'],
    ]);
  });

  it('leaves a country after a preposition of place before an adverb and a comma the place', () => {
    expect(readings('In Norvegia comunque, si vive bene.')).toStrictEqual([['Norvegia', 'Place', null]]);
  });
});

describe('type.region-acting-subject', () => {
  it('reads a state after its article before a finite verb as its government', () => {
    expect(readings('Il Texas ha approvato la nuova legge.')).toStrictEqual([
      ['Texas', 'Organization', 'type.region-acting-subject'],
    ]);
  });

  it('leaves a region after a preposition of place the place', () => {
    expect(readings('In Toscana ha piovuto tutto il giorno.')).toStrictEqual([['Toscana', 'Place', null]]);
  });
});
