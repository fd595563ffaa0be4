import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { doc } from '../testDocs.ts';

/** [every surface form of the entity joined by "|", type, the rules that typed it], in the result's order. */
function typed(text: string): [string, string, string[]][] {
  return extract([doc(text)]).entities.map((e) => [e.mentions.map((m) => m.text).join('|'), e.type, e.trace ?? []]);
}

describe('websites named by their address', () => {
  it('types a capitalized address as one name, the site', () => {
    expect(typed('Il video è stato pubblicato sul sito Vidlux.com ieri sera.')).toStrictEqual([
      ['Vidlux.com', 'Organization', ['type.domain-name']],
    ]);
  });

  it('types an address written small, with its "www", as the site', () => {
    expect(typed('I dati sono consultabili su www.valmora.gov da oggi.')).toStrictEqual([
      ['www.valmora.gov', 'Organization', ['type.domain-name']],
    ]);
  });

  it('keeps the words a hyphen joins inside the address', () => {
    expect(typed('La notizia è stata ripresa da Scuola-Libri.it nel pomeriggio.')).toStrictEqual([
      ['Scuola-Libri.it', 'Organization', ['type.domain-name']],
    ]);
  });

  it('opens no address at a word glued to the one before, as in an e-mail address', () => {
    expect(typed('Le domande vanno inviate a info@valmora.it entro venerdì.')).toStrictEqual([]);
  });

  it('leaves names joined by a dot with no domain ending to the other rules', () => {
    expect(typed('Il sindaco di Valbrusa.Ieri ha parlato.')).toStrictEqual([
      ['Valbrusa', 'Place', ['type.place-after-place-noun']],
    ]);
  });
});

describe('bodies named by a lowercase noun', () => {
  it('types "la diocesi" written small as the body', () => {
    expect(typed('Il vescovo ha scritto che la diocesi venderà il palazzo.')).toStrictEqual([
      ['diocesi', 'Organization', ['type.head-noun']],
    ]);
  });

  it('types "l\'arcidiocesi" written small as the body', () => {
    expect(typed("La nomina spetta all'arcidiocesi da secoli.")).toStrictEqual([
      ['arcidiocesi', 'Organization', ['type.head-noun']],
    ]);
  });
});

describe('a territory written small after "il", "dal" or "dalla" as its administration', () => {
  function readings(text: string): [string, string, string | null][] {
    return extract([doc(text)])
      .entities.flatMap((e) => e.mentions.map((m) => ({ e, m })))
      .sort((a, b) => a.m.start - b.m.start)
      .map(({ e, m }) => [m.text, m.reading?.type ?? e.type, m.reading?.rule ?? null]);
  }

  it('reads "dal comune di X" as the council', () => {
    expect(readings('La lettera è stata spedita dal comune di Roccalta ieri.')).toStrictEqual([
      ['comune di Roccalta', 'Organization', 'type.council-after-article'],
    ]);
  });

  it('reads "il comune di X" as the council where no verb follows it', () => {
    expect(readings('Hanno protestato i residenti e il comune di Roccalta.')).toStrictEqual([
      ['comune di Roccalta', 'Organization', 'type.council-after-article'],
    ]);
  });

  it('reads "dalla regione X" as the administration', () => {
    expect(readings('I fondi sono stati stanziati dalla regione Valdoria in estate.')).toStrictEqual([
      ['regione Valdoria', 'Organization', 'type.council-after-article'],
    ]);
  });

  it('leaves "nel comune di X" the town', () => {
    expect(readings('La frana è caduta nel comune di Roccalta.')).toStrictEqual([
      ['comune di Roccalta', 'Place', null],
    ]);
  });
});

describe('a place named right after an organization noun', () => {
  function readings(text: string): [string, string, string | null][] {
    return extract([doc(text)])
      .entities.flatMap((e) => e.mentions.map((m) => ({ e, m })))
      .sort((a, b) => a.m.start - b.m.start)
      .map(({ e, m }) => [m.text, m.reading?.type ?? e.type, m.reading?.rule ?? null]);
  }

  it('reads a name opened by a town after "l\'azienda" as the company', () => {
    expect(readings("Il servizio è affidato all'azienda Torino Ambiente da due anni.")).toStrictEqual([
      ['Torino Ambiente', 'Organization', 'type.town-after-organization-cue'],
    ]);
  });

  it('reads a town after a team noun and its adjective as the team', () => {
    expect(readings('Il corridore è passato alla squadra russa Mosca in estate.')).toStrictEqual([
      ['Mosca', 'Organization', 'type.town-after-organization-cue'],
    ]);
  });

  it('leaves a town after an organization noun and "di" to the other rules', () => {
    expect(readings("L'azienda di Torino ha chiuso.")).toStrictEqual([['Torino', 'Place', null]]);
  });
});

describe('a noun in brackets right after a name', () => {
  it('types the name as the noun says, as an apposition after a comma does', () => {
    expect(
      extract([doc('Lo ha annunciato Velvair (compagnia aerea low cost) ieri.')]).entities.map((e) => [e.name, e.type]),
    ).toStrictEqual([['Velvair', 'Organization']]);
  });
});
