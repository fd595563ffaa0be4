import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { doc, related } from '../testDocs.ts';

function rel(text: string, date: string | null = null): string[] {
  return related(extract([doc(text, date)]));
}

describe('roles from titles and appositions', () => {
  it('reads a spokesperson before the name', () => {
    expect(rel('Il portavoce del Cremlino Dmitry Peskov ha parlato.')).toStrictEqual([
      'Dmitry Peskov SPOKESPERSON_OF Cremlino',
    ]);
  });

  it('reads a minister and takes the country from context', () => {
    expect(rel('A Mosca il ministro degli Esteri Sergei Lavrov ha letto la dichiarazione russa.')).toStrictEqual([
      'Sergei Lavrov MINISTER_OF Russia',
    ]);
  });

  it('reads a director of an agency, object of an attack', () => {
    expect(rel("Donald Trump ha attaccato il direttore dell'FBI Christopher Wray.")).toStrictEqual([
      'Christopher Wray DIRECTOR_OF FBI',
      'Donald Trump ATTACKED Christopher Wray',
    ]);
  });

  it('reads a president from a nationality adjective', () => {
    expect(rel('Il presidente russo Vladimir Putin ha parlato.')).toStrictEqual(['Vladimir Putin LEADS Russia']);
  });

  it('reads an apposition after the name with two owned companies', () => {
    expect(rel('Ha parlato con Elon Musk, il miliardario dietro SpaceX e la piattaforma social X.')).toStrictEqual([
      'Elon Musk OWNS SpaceX',
      'Elon Musk OWNS X',
    ]);
  });

  it('reads an adviser of a described person', () => {
    expect(
      rel("Vladimir Putin è a Mosca. L'assistente del presidente russo Yuri Ushakov ha descritto i colloqui."),
    ).toStrictEqual(['Yuri Ushakov ADVISER_OF Vladimir Putin']);
  });

  it('gives the role of a resolved description', () => {
    expect(rel('Dmitry Peskov ha parlato. Il portavoce del Cremlino ha poi chiarito.')).toStrictEqual([
      'Dmitry Peskov SPOKESPERSON_OF Cremlino',
    ]);
  });

  it('reads membership, founding and embassies', () => {
    expect(rel('Il deputato del Partito Democratico Mario Rossi ha votato contro.')).toStrictEqual([
      'Mario Rossi MEMBER_OF Partito Democratico',
    ]);
    expect(rel('Il fondatore di Amazon Jeff Bezos ha annunciato un piano.')).toStrictEqual([
      'Jeff Bezos FOUNDED Amazon',
    ]);
    expect(rel("L'ambasciatore russo Anatoly Antonov è stato convocato.")).toStrictEqual([
      'Anatoly Antonov AMBASSADOR_OF Russia',
    ]);
  });

  it('keeps the role as written', () => {
    const r = extract([doc('Il ministro degli Esteri russo Sergei Lavrov ha parlato.')]);
    expect(r.relations.map((x) => x.role)).toStrictEqual(['ministro degli Esteri russo']);
  });
});

describe('ties read from adjacency', () => {
  it('reads ownership from "X di Y"', () => {
    expect(rel('Starlink di Elon Musk ha donato terminali.')).toStrictEqual(['Elon Musk OWNS Starlink']);
  });

  it('reads a place after a person', () => {
    expect(rel("Ha parlato con Javier Milei dell'Argentina.")).toStrictEqual(['Javier Milei LEADS Argentina']);
  });

  it('reads an organization located in a place and part of another', () => {
    expect(rel('La Ferrari di Maranello ha presentato una nuova auto.')).toStrictEqual([
      'Ferrari LOCATED_IN Maranello',
    ]);
    expect(rel("Il Consiglio europeo dell'Unione Europea ha deciso.")).toStrictEqual([
      'Consiglio europeo PART_OF Unione Europea',
    ]);
  });
});

describe('interactions', () => {
  it.each([
    ['Macron ha incontrato Scholz a Berlino.', 'Macron MET Scholz'],
    ['Mattarella ha nominato Draghi.', 'Mattarella APPOINTED Draghi'],
    ['Trump ha licenziato Comey.', 'Trump FIRED Comey'],
    ['Meta ha denunciato la Commissione europea.', 'Meta SUED Commissione europea'],
    ['Kim ha minacciato la Corea del Sud.', 'Kim THREATENED Corea del Sud'],
    ["L'Unione Europea ha sanzionato la Russia.", 'Unione Europea SANCTIONED Russia'],
    ['Zelensky ha ringraziato Biden per gli aiuti.', 'Volodymyr Zelensky PRAISED Biden'],
    ['Macron ha criticato duramente la Commissione europea.', 'Macron CRITICIZED Commissione europea'],
    ['Kiev ha negoziato con Mosca lo scambio di prigionieri.', 'Kiev NEGOTIATED_WITH Mosca'],
    ['Il Cremlino ha smentito il Wall Street Journal.', 'Cremlino DENIED Wall Street Journal'],
    [
      'Il rapporto del Wall Street Journal ha accusato Elon Musk di essersi piegato.',
      'Wall Street Journal ACCUSED Elon Musk',
    ],
    ['Vladimir Putin ha chiesto a Elon Musk di non attivare il servizio.', 'Vladimir Putin SPOKE_WITH Elon Musk'],
    ["La Lega ha stretto un'alleanza con Forza Italia.", 'Lega ALLIED_WITH Forza Italia'],
    ['Vladimir Putin e Elon Musk si sono parlati.', 'Vladimir Putin SPOKE_WITH Elon Musk'],
    ['I contatti Musk-Putin sono stati frequenti.', 'Musk SPOKE_WITH Putin'],
  ])('%s', (text, expected) => {
    expect(rel(text)).toStrictEqual([expected]);
  });

  it('reads support for a campaign as support for its candidate', () => {
    expect(rel('Elon Musk ha sostenuto la campagna elettorale di Donald Trump.')).toStrictEqual([
      'Elon Musk SUPPORTED Donald Trump',
      'Donald Trump PARTICIPATED_IN campagna elettorale di Trump',
    ]);
  });

  it('reads a phone call between two leaders', () => {
    expect(rel('La telefonata tra Vladimir Putin e Joe Biden è durata un’ora.')).toStrictEqual([
      'Vladimir Putin CALLED Joe Biden',
      'Vladimir Putin PARTICIPATED_IN telefonata Putin-Biden',
      'Joe Biden PARTICIPATED_IN telefonata Putin-Biden',
    ]);
  });

  it('takes a town after "a" for where one spoke, not for a party one spoke with', () => {
    expect(rel('Il sindaco Marco Ferretti ha parlato ieri a Savona.')).toStrictEqual([]);
  });

  it('keeps a country after "a" as a party one spoke with', () => {
    expect(rel('Vladimir Putin ha chiesto alla Francia di non intervenire.')).toStrictEqual([
      'Vladimir Putin SPOKE_WITH Francia',
    ]);
  });

  it('gives no relation for a denied contact', () => {
    expect(rel('Non c’è stato alcun contatto tra Vladimir Putin e Elon Musk.')).toStrictEqual([]);
  });

  it('dates an interaction from the sentence', () => {
    const r = extract([doc('Venerdì Donald Trump ha attaccato Christopher Wray.', '2024-10-25')]);
    expect(r.relations.map((x) => [x.type, x.date])).toStrictEqual([['ATTACKED', '2024-10-25']]);
  });

  it('keeps evidence and offsets', () => {
    const text = 'Ieri è piovuto. Donald Trump ha attaccato Christopher Wray.';
    const r = extract([doc(text)]);
    const x = r.relations[0];
    expect(x?.evidence).toBe('Donald Trump ha attaccato Christopher Wray.');
    expect(x && text.slice(x.start, x.end)).toBe('Donald Trump ha attaccato Christopher Wray');
  });
});

describe('the relations stage per model', () => {
  // Sentences written for this test: "meeting" and "between" are English words, "incontro" and "tra" Italian ones.
  const relIn = (text: string, language: string) =>
    related(extract([{ ...doc(text), language }])).filter((r) => r.includes(' MET '));

  it("reads an English document's contact nouns with the English model", () => {
    expect(relIn('The meeting between John Smith and Mary Jones lasted an hour.', 'en')).toStrictEqual([
      'John Smith MET Mary Jones',
    ]);
  });

  it('does not read the Italian words in an English document', () => {
    expect(relIn("L'incontro tra John Smith e Mary Jones lasted an hour.", 'en')).toStrictEqual([]);
    expect(relIn("L'incontro tra John Smith e Mary Jones è durato un'ora.", 'it')).toStrictEqual([
      'John Smith MET Mary Jones',
    ]);
  });
});
