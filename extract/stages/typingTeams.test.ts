// Teams and clubs named after their country or town: how a mention reads in a sentence about a competition, while the
// node stays the place; the words of a club's name; an organization's name quoted after its cue noun. Sentences
// written for these tests.
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

describe('a team in a sentence about a competition', () => {
  it('reads a country after the agent\'s "dalla" as its team', () => {
    expect(readings('La finale del torneo è stata vinta dalla Norvegia.')).toStrictEqual([
      ['Norvegia', 'Organization', 'type.team-in-sports-sentence'],
    ]);
  });

  it('reads a town after a feminine article as its club', () => {
    expect(readings('In classifica la Genova resta terza dopo il pareggio.')).toStrictEqual([
      ['Genova', 'Organization', 'type.team-in-sports-sentence'],
    ]);
  });

  it('reads a country the medal goes to as its team', () => {
    expect(readings('Nella staffetta la medaglia di bronzo va alla Finlandia.')).toStrictEqual([
      ['Finlandia', 'Organization', 'type.team-in-sports-sentence'],
    ]);
  });

  it('keeps the place after "a" or "in", and with no article', () => {
    expect(readings('La partita si giocherà a Torino, non in Francia.')).toStrictEqual([
      ['Torino', 'Place', null],
      ['Francia', 'Place', null],
    ]);
  });

  it('keeps the place when the sentence is about no competition', () => {
    expect(readings('Il ministro è tornato dalla Norvegia ieri sera.')).toStrictEqual([['Norvegia', 'Place', null]]);
  });

  it('reads a town after the supporters and "di" as its club, in any sentence', () => {
    expect(readings('I tifosi della Genova hanno protestato sotto la sede.')).toStrictEqual([
      ['Genova', 'Organization', 'type.club-of-fans'],
    ]);
  });

  it('reads a country after a national side and "di" as its team, in any sentence', () => {
    expect(readings('Ieri le nazionali di Norvegia e Islanda si sono allenate insieme.')).toStrictEqual([
      ['Norvegia', 'Organization', 'type.team-of-player'],
      ['Islanda', 'Organization', 'type.country-in-acting-list'],
    ]);
  });

  it('reads countries listed together in a sentence about a competition as the sides', () => {
    expect(readings('Nel girone di ieri hanno battuto Norvegia e Islanda.')).toStrictEqual([
      ['Norvegia', 'Organization', 'type.countries-listed-in-sports-sentence'],
      ['Islanda', 'Organization', 'type.countries-listed-in-sports-sentence'],
    ]);
  });

  it('keeps countries listed after "di" in a sentence about a competition', () => {
    expect(readings('Il torneo di Norvegia e Islanda si gioca in estate.')).toStrictEqual([
      ['Norvegia', 'Place', null],
      ['Islanda', 'Place', null],
    ]);
  });

  it('keeps the country after "nazionale" used as an adjective', () => {
    expect(readings('Il piano minaccia la sicurezza nazionale della Norvegia.')).toStrictEqual([
      ['Norvegia', 'Place', null],
    ]);
  });

  it('reads a town after a club\'s shirt and "di" as its club', () => {
    expect(readings('Ha giocato dieci anni con la maglia della Genova.')).toStrictEqual([
      ['Genova', 'Organization', 'type.team-of-player'],
    ]);
  });

  it('keeps one node for the town, whose mentions read differently', () => {
    const { entities } = extract([doc('Il derby lo ha vinto la Genova. Il sindaco vive a Genova.')]);
    expect(entities.map((e) => [e.name, e.type, e.mentions.length])).toStrictEqual([['Genova', 'Place', 2]]);
  });
});

describe("a club's name", () => {
  /** [every surface form of the entity joined by "|", type, trace], in the result's order. */
  function typed(text: string): [string, string, string[] | undefined][] {
    return extract([doc(text)]).entities.map((e) => [e.mentions.map((m) => m.text).join('|'), e.type, e.trace]);
  }

  it('reads a town and "City" as its club', () => {
    expect(typed('Il Leicester City ha cambiato proprietario.')).toStrictEqual([
      ['Leicester City', 'Organization', ['type.town-and-club-word']],
    ]);
  });

  it('keeps a town whose own name ends in "City"', () => {
    expect(typed('I turisti sono arrivati a Kansas City.')).toStrictEqual([
      ['Kansas City', 'Place', ['type.head-noun']],
    ]);
  });

  it('reads a name opened by a club word as the club', () => {
    expect(typed('La Pro Vercelli ha presentato il nuovo allenatore.')).toStrictEqual([
      ['Pro Vercelli', 'Organization', ['type.club-opening-word']],
    ]);
  });
});

describe('an organization named in quotes', () => {
  it('reads a quoted name after an organization noun as the organization', () => {
    const [company] = extract([doc('Il direttore della società «Velmorix» non ha confermato.')]).entities;
    expect([company?.name, company?.type, company?.trace]).toStrictEqual([
      'Velmorix',
      'Organization',
      ['type.organization-cue-before-quote', 'mention.quoted-body-name'],
    ]);
  });
});
