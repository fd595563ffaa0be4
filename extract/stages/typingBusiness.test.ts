import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { doc } from '../testDocs.ts';

/** [every surface form of the entity joined by "|", type, the rules that typed it], in the result's order. */
function typed(text: string): [string, string, string[]][] {
  return extract([doc(text)]).entities.map((e) => [e.mentions.map((m) => m.text).join('|'), e.type, e.trace ?? []]);
}

describe('a body named after its people and dealings', () => {
  it('types the name after the customers of a company', () => {
    expect(typed('I clienti di Vostrel protestano da settimane.')).toStrictEqual([
      ['Vostrel', 'Organization', ['type.member-noun-before']],
    ]);
  });

  it('types the name after the shares of a company', () => {
    expect(typed('Le azioni di Brenix sono salite ieri.')).toStrictEqual([
      ['Brenix', 'Organization', ['type.member-noun-before']],
    ]);
  });

  it('types the name after a subsidiary of a group', () => {
    expect(typed('La Norvap è una sussidiaria della Kaltrex.')).toStrictEqual([
      ['Kaltrex', 'Organization', ['type.member-noun-before']],
      ['Norvap', 'Other', ['type.lone-unknown-word']],
    ]);
  });

  it('types the name after the members of a group', () => {
    expect(typed('I clienti di Vostrel hanno lasciato la banca.')).toStrictEqual([
      ['Vostrel', 'Organization', ['type.member-noun-before']],
    ]);
  });

  it('types the broadcaster after its microphones', () => {
    expect(typed('Ai microfoni di Brenix Notizie ha raccontato la sua storia.')).toStrictEqual([
      ['Brenix Notizie', 'Organization', ['type.member-noun-before']],
    ]);
  });

  it('types the name after the branches of a bank', () => {
    expect(typed('Gli sportelli di Credivalle resteranno chiusi.')).toStrictEqual([
      ['Credivalle', 'Organization', ['type.member-noun-before']],
    ]);
  });
});

describe('an office and the word that says which one, then "di"', () => {
  it('types the company of a managing director', () => {
    expect(typed("L'amministratore delegato di Vostrel ha parlato ieri.")).toStrictEqual([
      ['Vostrel', 'Organization', ['type.office-with-modifier']],
    ]);
  });

  it('types the body of a director with an adjective after the office', () => {
    expect(typed('Il direttore artistico della Brenix si è dimesso.')).toStrictEqual([
      ['Brenix', 'Organization', ['type.office-with-modifier']],
    ]);
  });

  it('leaves a place after a noun of the dealings and an adjective', () => {
    expect(typed('La sede estiva di Valdorno è chiusa.')).toStrictEqual([
      ['Valdorno', 'Other', ['type.lone-unknown-word']],
    ]);
  });

  it('types a longer name after the office and its modifier', () => {
    expect(typed('Il segretario generale del Circolo di Valdorno ha parlato.')).toStrictEqual([
      ['Circolo di Valdorno', 'Organization', ['type.office-with-modifier']],
    ]);
  });
});

describe('a team named after its sponsor', () => {
  it('types the team of a cyclist, named with "della"', () => {
    expect(typed('Il ciclista della Vostrel ha vinto la tappa.')).toStrictEqual([
      ['Vostrel', 'Organization', ['type.team-of-rider']],
    ]);
  });

  it('types the team after the jersey and a feminine article', () => {
    expect(typed('Correrà con la maglia della Brenix il prossimo anno.')).toStrictEqual([
      ['Brenix', 'Organization', ['type.team-of-rider']],
    ]);
  });

  it('leaves the town a rider comes from, named with a bare "di"', () => {
    expect(typed('Il ciclista di Valdorno ha vinto la tappa.')).toStrictEqual([
      ['Valdorno', 'Other', ['type.lone-unknown-word']],
    ]);
  });
});

describe('examples of a kind of organization', () => {
  it('types the name after "come" and a plural noun of companies', () => {
    expect(typed('Altre aziende come la Vostrel hanno chiuso.')).toStrictEqual([
      ['Vostrel', 'Organization', ['type.example-of-kind']],
    ]);
  });

  it('types the name after "tra cui" and a comma', () => {
    expect(typed('Diverse banche, tra cui Brenix, hanno aderito.')).toStrictEqual([
      ['Brenix', 'Organization', ['type.example-of-kind']],
    ]);
  });

  it('leaves a name after "come" and a noun of people', () => {
    expect(typed('Ha lavorato per anni con colleghi come Vostrel.')).toStrictEqual([
      ['Vostrel', 'Other', ['type.lone-unknown-word']],
    ]);
  });
});

describe('a ship, a plane or a bus named with its company', () => {
  it('types the name after a ship and an indefinite article', () => {
    expect(typed('I pirati hanno assaltato una nave Vostrel al largo.')).toStrictEqual([
      ['Vostrel', 'Organization', ['type.fleet-owner']],
    ]);
  });

  it('types the name after a plane and an article joined to "di"', () => {
    expect(typed("Un aereo della Brenix è atterrato d'emergenza.")).toStrictEqual([
      ['Brenix', 'Organization', ['type.fleet-owner']],
    ]);
  });

  it('types the name before a flight number', () => {
    expect(typed('Il volo Vostrel 2231 è partito in ritardo.')).toStrictEqual([
      ['Vostrel', 'Organization', ['type.fleet-owner']],
    ]);
  });

  it('leaves the name of a ship after a definite article', () => {
    expect(typed('La nave Brenix è affondata nel porto.')).toStrictEqual([
      ['Brenix', 'Other', ['type.lone-unknown-word']],
    ]);
  });
});

describe("a share's price", () => {
  it('types the name before a verb of a price and a percentage', () => {
    expect(typed('A fine giornata Vostrel guadagna il 3,2 % sul listino.')).toStrictEqual([
      ['Vostrel', 'Organization', ['type.share-price-move']],
    ]);
  });

  it('types the name before an auxiliary, a participle and a percentage', () => {
    expect(typed('Ieri Brenix ha perso il 4 % in apertura.')).toStrictEqual([
      ['Brenix', 'Organization', ['type.share-price-move']],
    ]);
  });
});

describe('a seat or a founding after the name', () => {
  it('types the name before "con sede"', () => {
    expect(typed('La Vostrel, con sede a Valdorno, ha chiuso il bilancio.')).toStrictEqual([
      ['Vostrel', 'Organization', ['type.seat-after-name']],
      ['Valdorno', 'Place', ['type.after-place-preposition']],
    ]);
  });

  it('types the name before "fondata nel"', () => {
    expect(typed('La Brenix, fondata nel 1990, conta oggi cento dipendenti.')).toStrictEqual([
      ['Brenix', 'Organization', ['type.seat-after-name']],
    ]);
  });

  it('types the name after the registered office and "di"', () => {
    expect(typed('La sede legale di Vostrel è stata trasferita.')).toStrictEqual([
      ['Vostrel', 'Organization', ['type.office-with-modifier']],
    ]);
  });
});

describe('the parties of a merger', () => {
  it('types the second party after "tra" and "e"', () => {
    expect(typed('La fusione tra Banca Valdorno e Brenix Dalvo è stata approvata.')).toStrictEqual([
      ['Banca Valdorno', 'Organization', ['type.head-noun']],
      ['Brenix Dalvo', 'Organization', ['type.merger-party']],
    ]);
  });

  it('types the party after "fusione con"', () => {
    expect(typed('Dopo la fusione con Vostrel Orvane il gruppo ha cambiato nome.')).toStrictEqual([
      ['Vostrel Orvane', 'Organization', ['type.merger-party']],
    ]);
  });

  it('types both parties after the noun and across a dash', () => {
    expect(typed("L'autorità approva la fusione Kaltrex - Brenix in giornata.")).toStrictEqual([
      ['Brenix', 'Organization', ['type.merger-party']],
      ['Kaltrex', 'Organization', ['type.merger-party']],
    ]);
  });
});

describe('an outlet reporting the news', () => {
  it('types the agent of "riportato da"', () => {
    expect(typed('Come riportato da Vostrel, la frana ha chiuso la strada.')).toStrictEqual([
      ['Vostrel', 'Organization', ['type.outlet-after-report']],
    ]);
  });
});
