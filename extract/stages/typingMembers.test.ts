// Groups named through the people who belong to them: parties, movements and armed groups after a noun for their
// members, supporters or fighters. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { doc } from '../testDocs.ts';

/** [entity name, type, the rule that typed it] of each entity, in the order of their first mentions. */
function typed(text: string): [string, string, string | undefined][] {
  return extract([doc(text)])
    .entities.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0))
    .map((e) => [e.name, e.type, e.trace?.[0]]);
}

describe('type.member-of-group', () => {
  it('types the name after a noun for fighters and "di" as their group', () => {
    expect(typed('I ribelli di Zanbar hanno attaccato la base.')).toStrictEqual([
      ['Zanbar', 'Organization', 'type.member-of-group'],
    ]);
  });

  it("types the name after a noun for a party's adherents as the party", () => {
    expect(typed('I populisti di Patria Nuova hanno perso voti.')).toStrictEqual([
      ['Patria Nuova', 'Organization', 'type.member-of-group'],
    ]);
  });

  it('reads past an adjective between the noun and "di"', () => {
    expect(typed('I miliziani sciiti di Harakat Verran controllano il valico.')).toStrictEqual([
      ['Harakat Verran', 'Organization', 'type.member-of-group'],
    ]);
  });

  it('reads "di" joined to its article', () => {
    expect(typed('I deputati del Nuovo Verran hanno votato la fiducia.')).toStrictEqual([
      ['Nuovo Verran', 'Organization', 'type.member-of-group'],
    ]);
  });

  it('leaves a town the lexicon knows a place', () => {
    expect(typed('I ribelli di Kandahar hanno lasciato la città.')).toStrictEqual([
      ['Kandahar', 'Place', 'type.known-town'],
    ]);
  });

  it('leaves a surname the lexicon knows a person', () => {
    expect(typed('I deputati di Stoltenberg hanno votato.')).toStrictEqual([
      ['Stoltenberg', 'Person', 'type.known-surname'],
    ]);
  });

  it('leaves a lone word the text also writes small', () => {
    expect(typed('Gli islamisti di Rinascita parlano di rinascita.')).toStrictEqual([
      ['Rinascita', 'Person', 'type.speaker-before-reporting-verb'],
    ]);
  });

  it('leaves the people of a town to the place rules', () => {
    expect(typed('Gli abitanti di Roccalta protestano.')).toStrictEqual([
      ['Roccalta', 'Place', 'type.place-after-place-noun'],
    ]);
  });
});

describe('type.party-nickname', () => {
  it("types a party's nickname as the party", () => {
    expect(typed('La Quercia ha votato contro la legge.')).toStrictEqual([
      ['Quercia', 'Organization', 'type.party-nickname'],
    ]);
  });

  it('types a nickname of two words as the party', () => {
    expect(typed('La Balena Bianca governava da sola.')).toStrictEqual([
      ['Balena Bianca', 'Organization', 'type.party-nickname'],
    ]);
  });
});

describe('type.party-head-opening', () => {
  it("types a name opened by a party's head and a foreign word as the party", () => {
    expect(typed('Il Fronte Zervan ha attaccato il convoglio.')).toStrictEqual([
      ['Fronte Zervan', 'Organization', 'type.party-head-opening'],
    ]);
  });

  it('leaves a head continued by "del" to the other rules', () => {
    expect(typed('Il Fronte del Porto è un vecchio film.')).toStrictEqual([
      ['Fronte del Porto', 'Person', 'type.capitalized-name'],
    ]);
  });
});

describe('a party named by its head alone', () => {
  it('stays alone before a bare "di" and a surname', () => {
    expect(typed('La Lega di Brambini vince le elezioni.')).toStrictEqual([
      ['Lega', 'Organization', 'type.gazetteer'],
      ['Brambini', 'Other', 'type.lone-unknown-word'],
    ]);
  });

  it('keeps a word of its known name', () => {
    expect(typed('La Lega Nord ha vinto le elezioni.')).toStrictEqual([
      ['Lega Nord', 'Organization', 'type.gazetteer'],
    ]);
  });
});

describe('type.party-by-its-members', () => {
  it('types the adherents of a political family written big after a plural article as their party', () => {
    expect(typed('Ieri i Laburisti hanno votato contro.')).toStrictEqual([
      ['Laburisti', 'Organization', 'type.party-by-its-members'],
    ]);
  });

  it('leaves the same word after no plural article to the other rules', () => {
    expect(typed('Sul muro era scritto Laburisti in rosso.')).toStrictEqual([
      ['Laburisti', 'Other', 'type.lone-unknown-word'],
    ]);
  });
});

describe('mention.number-opened-name', () => {
  it('joins a number written onto a word written big to the name', () => {
    expect(typed('Il router del 3Com funziona male.')).toStrictEqual([['3Com', 'Other', 'type.lone-unknown-word']]);
  });

  it('leaves a unit in capitals after a number out of any name', () => {
    expect(typed('Il telefono ha 16GB di memoria.').map(([name]) => name)).toStrictEqual(['GB']);
  });
});
