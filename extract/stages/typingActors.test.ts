// Countries acting and bodies of the state named by one word: how a country's mention reads where its state acts, the
// node staying the place, and the institutions written big and alone. Sentences written for these tests.
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

/** [entity name, type, the rule that typed it] of each entity, in the order of their first mentions. */
function typed(text: string): [string, string, string | undefined][] {
  return extract([doc(text)])
    .entities.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0))
    .map((e) => [e.name, e.type, e.trace?.[0]]);
}

describe('type.country-subject-past-aside', () => {
  it('reads a country before its verb past an adverb set off by commas as acting', () => {
    expect(readings('La Norvegia, tuttavia, respinge la proposta.')).toStrictEqual([
      ['Norvegia', 'Organization', 'type.country-subject-past-aside'],
    ]);
  });

  it('reads a country before its verb past an object pronoun as acting', () => {
    expect(readings('Si teme che la Norvegia lo abbia deciso da sola.')).toStrictEqual([
      ['Norvegia', 'Organization', 'type.country-subject-past-aside'],
    ]);
  });

  it('reads a country before its verb past an opening quote as acting', () => {
    expect(readings('Il ministro ha detto che la Norvegia «pagherà il prezzo».')).toStrictEqual([
      ['Norvegia', 'Organization', 'type.country-subject-past-aside'],
    ]);
  });

  it('keeps the place when a copula follows the aside', () => {
    expect(readings('La Norvegia, tuttavia, è un paese freddo.')).toStrictEqual([['Norvegia', 'Place', null]]);
  });

  it('keeps the place when the comma opens no known adverb', () => {
    expect(readings('In Norvegia, Svezia e Finlandia nevica.')).toStrictEqual([
      ['Norvegia', 'Place', null],
      ['Svezia', 'Place', null],
      ['Finlandia', 'Place', null],
    ]);
  });
});

describe('a country after a preposition and its article', () => {
  it('reads no subject in a country governed by a preposition written apart', () => {
    expect(readings('È tempo per la Norvegia di cambiare rotta.')).toStrictEqual([['Norvegia', 'Place', null]]);
  });
});

describe('type.country-in-relation', () => {
  it('reads a country after "con" and a noun of a relation between states as a party', () => {
    expect(readings('Sono migliorate le relazioni diplomatiche con la Norvegia.')).toStrictEqual([
      ['Norvegia', 'Organization', 'type.country-in-relation'],
    ]);
  });

  it('reads both countries after "tra" as parties, the second through the list', () => {
    expect(readings("I rapporti economici tra l'Islanda e la Norvegia sono buoni.")).toStrictEqual([
      ['Islanda', 'Organization', 'type.country-in-relation'],
      ['Norvegia', 'Organization', 'type.country-in-acting-list'],
    ]);
  });

  it('keeps the place after a border', () => {
    expect(readings('Il confine con la Norvegia è stato chiuso.')).toStrictEqual([['Norvegia', 'Place', null]]);
  });
});

describe('type.country-voting', () => {
  it('reads countries after a vote and "da" as the states that voted', () => {
    expect(readings('La mozione è stata approvata da Norvegia e Islanda.')).toStrictEqual([
      ['Norvegia', 'Organization', 'type.country-voting'],
      ['Islanda', 'Organization', 'type.country-in-acting-list'],
    ]);
  });

  it('reads a country in capitals after a vote word as a state', () => {
    expect(readings('Al voto si sono astenuti USA e Norvegia.')).toStrictEqual([
      ['USA', 'Organization', 'type.country-voting'],
      ['Norvegia', 'Organization', 'type.country-in-acting-list'],
    ]);
  });

  it('keeps the place after "da" with no vote before', () => {
    expect(readings('Il treno è arrivato da Norvegia e Svezia.')).toStrictEqual([
      ['Norvegia', 'Place', null],
      ['Svezia', 'Place', null],
    ]);
  });
});

describe('type.country-taking-act', () => {
  it('reads a country after a noun of a decision and "di" as the state taking it', () => {
    expect(readings('Ha sorpreso tutti la decisione della Norvegia.')).toStrictEqual([
      ['Norvegia', 'Organization', 'type.country-taking-act'],
    ]);
  });

  it('reads a country after a noun of words said and "di" as the state speaking', () => {
    expect(readings('È arrivata in serata la replica della Norvegia.')).toStrictEqual([
      ['Norvegia', 'Organization', 'type.country-taking-act'],
    ]);
  });

  it('keeps the place after a noun of land and "di"', () => {
    expect(readings('Ha visitato le coste della Norvegia.')).toStrictEqual([['Norvegia', 'Place', null]]);
  });
});

describe('type.country-speaking-agent', () => {
  it('reads a country after a reporting verb and "da" as the speaker', () => {
    expect(readings('Il nuovo piano è stato annunciato dalla Norvegia.')).toStrictEqual([
      ['Norvegia', 'Organization', 'type.country-speaking-agent'],
    ]);
  });
});

describe('type.country-list-subject', () => {
  it('reads a list of countries after a word opening a clause and before a verb as acting', () => {
    expect(readings('Il piano nacque quando Norvegia e Islanda hanno firmato la carta.')).toStrictEqual([
      ['Norvegia', 'Organization', 'type.country-list-subject'],
      ['Islanda', 'Organization', 'type.country-list-subject'],
    ]);
  });

  it('reads the countries of a list with a known body in it, past an adverb, as acting', () => {
    expect(readings('Norvegia, Unione Europea e Islanda hanno respinto il test.')).toStrictEqual([
      ['Norvegia', 'Organization', 'type.country-list-subject'],
      ['Unione Europea', 'Organization', null],
      ['Islanda', 'Organization', 'type.country-list-subject'],
    ]);
  });

  it('keeps the places of a list after a preposition', () => {
    expect(readings('I governi di Norvegia e Islanda hanno espresso disappunto.')).toStrictEqual([
      ['Norvegia', 'Place', null],
      ['Islanda', 'Place', null],
    ]);
  });
});

describe('type.institution-noun-written-big', () => {
  it('types an institution written big and alone as the body', () => {
    expect(typed('Le indagini sulla Camorra proseguono da mesi.')).toStrictEqual([
      ['Camorra', 'Organization', 'type.institution-noun-written-big'],
    ]);
  });

  it('types a body of the state named by one common noun written big', () => {
    expect(typed('Il giudice Paolo Ferrandi ha lasciato la Consulta a maggio.')).toStrictEqual([
      ['Paolo Ferrandi', 'Person', 'type.person-noun-before'],
      ['Consulta', 'Organization', 'type.institution-noun-written-big'],
    ]);
  });

  it('types an institution of several words written big as the body', () => {
    expect(typed('Alla parata hanno sfilato le Forze Armate.')).toStrictEqual([
      ['Forze Armate', 'Organization', 'type.institution-noun-written-big'],
    ]);
  });

  it('reads no body in the word opening a sentence', () => {
    expect(
      typed('Consulta il sito del comune di Valbrusa.').filter(([, type]) => type === 'Organization'),
    ).toStrictEqual([]);
  });
});
