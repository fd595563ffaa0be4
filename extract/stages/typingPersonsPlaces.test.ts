import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { doc } from '../testDocs.ts';

/** [every surface form of the entity joined by "|", type, the rules that typed it], in the result's order. */
function typed(text: string): [string, string, string[]][] {
  return extract([doc(text)]).entities.map((e) => [e.mentions.map((m) => m.text).join('|'), e.type, e.trace ?? []]);
}

describe('players in a box score', () => {
  it('types the names given their points as players', () => {
    expect(typed('Tabellino: Ferlandi 12, Sarvotti 8, Quarzetti 15, Bordone 4.')).toStrictEqual([
      ['Bordone', 'Person', ['type.player-in-box-score']],
      ['Ferlandi', 'Person', ['type.player-in-box-score']],
      ['Quarzetti', 'Person', ['type.player-in-box-score']],
      ['Sarvotti', 'Person', ['type.player-in-box-score']],
    ]);
  });

  it('types the players who came on, named after their minute in brackets, and those listed without one', () => {
    expect(
      typed('Formazione: Marco Tessoli, Ardesi (61 Corvano), Marzanti (70 Belvisi), Quadrelli (55 Lorenzin).'),
    ).toStrictEqual([
      ['Ardesi', 'Person', ['type.player-in-box-score']],
      ['Belvisi', 'Person', ['type.player-in-box-score']],
      ['Corvano', 'Person', ['type.player-in-box-score']],
      ['Lorenzin', 'Person', ['type.player-in-box-score']],
      ['Marco Tessoli', 'Person', ['type.first-name-opening']],
      ['Marzanti', 'Person', ['type.player-in-box-score']],
      ['Quadrelli', 'Person', ['type.player-in-box-score']],
    ]);
  });

  it('leaves a list with fewer than three entries to the other rules', () => {
    expect(typed('Sono arrivati Ferlandi 12, Sarvotti e Bordone.')).toStrictEqual([
      ['Bordone', 'Other', ['type.lone-unknown-word']],
      ['Ferlandi', 'Other', ['type.lone-unknown-word']],
      ['Sarvotti', 'Other', ['type.lone-unknown-word']],
    ]);
  });
});

describe('a lone name after a noun of a person\'s life or deeds and "di"', () => {
  it('types the name after the years of a rule as the ruler', () => {
    expect(typed('Il paese non ha dimenticato gli anni della dittatura di Carvesi.')).toStrictEqual([
      ['Carvesi', 'Person', ['type.noun-of-person']],
    ]);
  });

  it('types the name after a portrait as the one portrayed', () => {
    expect(typed('Il museo ha acquistato un ritratto di Belvisi.')).toStrictEqual([
      ['Belvisi', 'Person', ['type.noun-of-person']],
    ]);
  });
});

describe('a lone name where one went', () => {
  it('types the name after a verb of going and "al" as the place', () => {
    expect(typed('Nel pomeriggio il presidente si è recato al Valdorino con la moglie.')).toStrictEqual([
      ['Valdorino', 'Place', ['type.place-gone-to']],
    ]);
  });

  it('types the name after a visit and "al" as the place', () => {
    expect(typed('La delegazione ha concluso la giornata con la visita al Belvaro.')).toStrictEqual([
      ['visita al Belvaro', 'Event', ['event.meeting-noun']],
      ['Belvaro', 'Place', ['type.place-gone-to']],
    ]);
  });

  it('leaves a name after "al" and no word of going to the other rules', () => {
    expect(typed('Il premio è stato consegnato al Belvaro.')).toStrictEqual([
      ['Belvaro', 'Other', ['type.lone-unknown-word']],
    ]);
  });
});

describe('a name holding digits', () => {
  it('leaves a model named with digits untyped, no person', () => {
    expect(typed('I reparti useranno i nuovi Falco GR7 per le missioni.')).toStrictEqual([
      ['Falco GR7', 'Other', ['type.name-with-digits']],
    ]);
  });
});

describe('a lone name given something after "a"', () => {
  it('types the one given a thing as a person, not a place', () => {
    expect(typed('Il campione non vuole dare a Sarvotti la rivincita.')).toStrictEqual([
      ['Sarvotti', 'Person', ['type.person-after-dative']],
    ]);
  });

  it('types the one offered a thing as a person, not a place', () => {
    expect(typed('La difesa ha finito per offrire a Corvano la palla del sorpasso.')).toStrictEqual([
      ['Corvano', 'Person', ['type.person-after-dative']],
    ]);
  });
});

describe("a saint's title before a noun of a title or a rite", () => {
  it("leaves the rite named with a saint's title untyped, no place", () => {
    expect(typed('Il vescovo ha celebrato la Santa Messa nel cortile della fabbrica.')).toStrictEqual([
      ['Santa Messa', 'Other', ['type.holy-title-or-rite']],
    ]);
  });

  it("keeps a saint's name a place's", () => {
    expect(typed('La processione è arrivata a Santa Lucia in serata.')).toStrictEqual([
      ['Santa Lucia', 'Place', ['type.gazetteer']],
    ]);
  });
});

describe('figures of religion the lexicon knows', () => {
  it('types the prophet of a faith as a person', () => {
    expect(typed('Secondo la tradizione anche Maometto avrebbe visitato la città.')).toStrictEqual([
      ['Maometto', 'Person', ['type.gazetteer']],
    ]);
  });
});

describe('a country named by its short form', () => {
  it('types Macedonia alone as the country', () => {
    expect(typed('I turisti sono arrivati in Macedonia in autobus.')).toStrictEqual([
      ['Macedonia', 'Place', ['type.gazetteer']],
    ]);
  });
});

describe('a name followed by an age', () => {
  it('types a lone name with an age between commas as a person', () => {
    expect(typed('È stata ritrovata Sarvotti, 56 anni, originaria della zona.')).toStrictEqual([
      ['Sarvotti', 'Person', ['type.age-after-name']],
    ]);
  });

  it('leaves a span of time after a town to the town', () => {
    expect(typed('Siamo tornati a Valbrusa, 10 anni dopo la frana.')).toStrictEqual([
      ['Valbrusa', 'Place', ['type.after-place-preposition']],
    ]);
  });
});

describe('lone names listed together', () => {
  it('types three lone names nothing typed, listed together, as people', () => {
    expect(typed('In attacco giocheranno Corvano, Belvisi e Lodrini.')).toStrictEqual([
      ['Belvisi', 'Person', ['type.lone-names-listed']],
      ['Corvano', 'Person', ['type.lone-names-listed']],
      ['Lodrini', 'Person', ['type.lone-names-listed']],
    ]);
  });

  it('leaves two lone names listed together to the other rules', () => {
    expect(typed('In attacco giocheranno Corvano e Lodrini.')).toStrictEqual([
      ['Corvano', 'Other', ['type.lone-unknown-word']],
      ['Lodrini', 'Other', ['type.lone-unknown-word']],
    ]);
  });
});

describe('a lone name after the short form of a title', () => {
  it('types the name after "cardinal" as a person', () => {
    expect(typed('Il piano piaceva molto al cardinal Sarvotti, dicono.')).toStrictEqual([
      ['Sarvotti', 'Person', ['type.role-phrase-names']],
    ]);
  });
});

describe('traditional areas, mountains, rivers and landmarks the lexicon knows', () => {
  it('types a traditional area alone as a place', () => {
    expect(typed('Una scossa di terremoto è stata avvertita nel Casentino questa notte.')).toStrictEqual([
      ['Casentino', 'Place', ['type.gazetteer']],
    ]);
  });

  it('types a river alone as a place', () => {
    expect(typed('I soldati combatterono a lungo lungo il Tagliamento.')).toStrictEqual([
      ['Tagliamento', 'Place', ['type.gazetteer']],
    ]);
  });

  it('types a landmark alone as a place', () => {
    expect(typed('Nella notte è crollato un tratto di muro al Pincio.')).toStrictEqual([
      ['Pincio', 'Place', ['type.gazetteer']],
    ]);
  });
});
