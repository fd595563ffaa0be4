// Where a name opens and ends: the bounds rules of mention detection (MENTION_RULES, contract/rules.ts), each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { doc } from '../testDocs.ts';
import { segment } from '../engine/segment.ts';
import { detectMentions } from './mentions.ts';

/** [every surface form of the entity joined by "|", type], in the result's order. */
function found(text: string): [string, string][] {
  return extract([doc(text)]).entities.map((e) => [e.mentions.map((m) => m.text).join('|'), e.type]);
}

/** [mention text, bounds rule] for each candidate of the mentions stage. */
function bounds(text: string): [string, string | null][] {
  return detectMentions(segment(text)).map((m) => [m.text, m.bound]);
}

describe('mention.company-form', () => {
  it('keeps a company form written small after an unknown name', () => {
    expect(found('Le riprese sono della Ediltek srl da anni.')).toStrictEqual([['Ediltek srl', 'Organization']]);
  });

  it('keeps a company form after a name the lexicon knows', () => {
    expect(found('Il prestito è stato concesso da Barclays plc ieri.')).toStrictEqual([
      ['Barclays plc', 'Organization'],
    ]);
  });

  it('records the rule on the mention', () => {
    expect(bounds('La Valmora Servizi Spa rischia molto.')).toStrictEqual([
      ['Valmora Servizi Spa', 'mention.company-form'],
    ]);
  });

  it('does not close a name on a club suffix', () => {
    expect(bounds('Il Valdrena Calcio ha vinto.')).toStrictEqual([['Valdrena Calcio', null]]);
  });
});

describe('mention.person-before-body', () => {
  it('ends a full name before an organization head and "di"', () => {
    expect(found('Lo ha detto Carla Fontana Ministero della Salute.')).toStrictEqual([
      ['Ministero della Salute', 'Organization'],
      ['Carla Fontana', 'Person'],
    ]);
  });

  it('records the rule on the person it ends', () => {
    expect(bounds('Parla Luca Ferri Ministero della Difesa.')).toStrictEqual([
      ['Luca Ferri', 'mention.person-before-body'],
      ['Ministero della Difesa', null],
    ]);
  });
});

describe('mention.brand-punctuation', () => {
  it('takes the final mark a known brand is listed with', () => {
    expect(bounds('Lo ha annunciato Yahoo! ieri.')).toStrictEqual([['Yahoo!', 'mention.brand-punctuation']]);
  });

  it('takes it written apart, as a tokenized text has it', () => {
    expect(found('Ne parlano Google , Yahoo ! e altri.')).toStrictEqual([
      ['Google', 'Organization'],
      ['Yahoo !', 'Organization'],
    ]);
  });

  it('leaves a mark no listed form has', () => {
    expect(bounds('Ha vinto Google!')).toStrictEqual([['Google', null]]);
  });
});

describe('mention.spaced-elision', () => {
  it("opens a place's name on a saint's title written apart from the name", () => {
    expect(bounds("Due feriti a Sant' Ilario ieri.")).toStrictEqual([["Sant' Ilario", 'mention.spaced-elision']]);
  });

  it('types the place as when the title is written onto the name', () => {
    expect(found("Il corteo è partito da Sant' Agata ieri.")).toStrictEqual([["Sant' Agata", 'Place']]);
  });
});

describe('mention.age-category', () => {
  it('keeps an age category written apart after a national team', () => {
    expect(found('Ha esordito con la nazionale Under 19 ieri.')).toStrictEqual([
      ['nazionale Under 19', 'Organization'],
    ]);
  });

  it('keeps an age category joined by a hyphen or written onto its letter', () => {
    expect(bounds('Gioca nella nazionale U-17 e nella nazionale U19 .')).toStrictEqual([
      ['nazionale U-17', 'mention.age-category'],
      ['nazionale U19', 'mention.age-category'],
    ]);
  });

  it("names a country's team of that age", () => {
    expect(found("Ha battuto l'Italia Under 19 ieri.")).toStrictEqual([['Italia Under 19', 'Organization']]);
  });
});

describe('places listed with their district', () => {
  it('keeps "DC" after Washington in the place', () => {
    expect(found('Il sindaco di Washington DC ha parlato.')).toStrictEqual([['Washington DC', 'Place']]);
  });
});

describe('mention.inner-surname-particle', () => {
  it('goes on past a foreign particle after a given name and a surname', () => {
    expect(found('Ha parlato Lucía Benítez de Olmedo ieri.')).toStrictEqual([['Lucía Benítez de Olmedo', 'Person']]);
  });

  it('goes on past two particles', () => {
    expect(bounds('Lo ha detto Luigi Ferran de la Torre ieri.')).toStrictEqual([
      ['Luigi Ferran de la Torre', 'mention.inner-surname-particle'],
    ]);
  });

  it('goes on past "y" between two surnames', () => {
    expect(found('È intervenuto Tomás Arrieta y Velasco ieri.')).toStrictEqual([['Tomás Arrieta y Velasco', 'Person']]);
  });

  it('stops before a capitalized article, which opens a title', () => {
    expect(found('Scrive Mario Ferri de La Gazzetta di Valmora oggi.')).toStrictEqual([
      ['La Gazzetta di Valmora', 'Organization'],
      ['Mario Ferri', 'Person'],
    ]);
  });
});

describe('mention.broadcaster-suffix', () => {
  it('closes a station\'s name on "TV" written after it', () => {
    expect(found('Lo trasmette Valdrena TV da ieri.')).toStrictEqual([['Valdrena TV', 'Organization']]);
  });

  it('records the rule', () => {
    expect(bounds('Lo trasmette Valdrena TV da ieri.')).toStrictEqual([['Valdrena TV', 'mention.broadcaster-suffix']]);
  });
});

describe('type.broadcaster-name with a number', () => {
  it('takes a word for a broadcaster and the number after it as the station', () => {
    expect(found('Lo ha mandato in onda Kanal 7 ieri.')).toStrictEqual([['Kanal 7', 'Organization']]);
  });
});

describe('mention.state-body', () => {
  it('keeps "di Stato" after a known body in its name', () => {
    expect(bounds('Lo ha approvato il Congresso di Stato ieri.')).toStrictEqual([
      ['Congresso di Stato', 'mention.state-body'],
    ]);
  });

  it('leaves "stato" written small, a verb form', () => {
    expect(found('Il Congresso di stato non ha parlato.')).toStrictEqual([['Congresso', 'Organization']]);
  });
});

describe('mention.portfolio-in-body', () => {
  it("keeps a portfolio after a word written big in a ministry's name", () => {
    expect(bounds('Ne parla da ieri il Ministero degli Affari Interni.')).toStrictEqual([
      ['Ministero degli Affari Interni', 'mention.portfolio-in-body'],
    ]);
  });
});

describe('mention.purpose-complement', () => {
  it('goes on past "della" and a name written big after the purpose', () => {
    expect(found('Ha aderito alla Fondazione per la Tutela della Brughiera nel 2019.')).toStrictEqual([
      ['Fondazione per la Tutela della Brughiera', 'Organization'],
    ]);
  });

  it('stops before a place', () => {
    expect(found("Lavora all'Agenzia per le Entrate di Torino da anni.")).toStrictEqual([
      ['Agenzia per le Entrate', 'Organization'],
      ['Torino', 'Place'],
    ]);
  });

  it('keeps a given name that ends the purpose', () => {
    expect(found("Ne scrive da mesi l'Associazione per il Volo Libero.")).toStrictEqual([
      ['Associazione per il Volo Libero', 'Organization'],
    ]);
  });
});

describe('mention.direction-before-place', () => {
  it('takes a direction written small before a country as one place', () => {
    expect(found('Piove forte nel nord Italia da ieri.')).toStrictEqual([['nord Italia', 'Place']]);
  });

  it('takes a direction written big before a continent', () => {
    expect(bounds("L'azienda cresce in Sud America da anni.")).toStrictEqual([
      ['Sud America', 'mention.direction-before-place'],
    ]);
  });

  it('takes two directions joined by a hyphen', () => {
    expect(found('Nevica nel centro-nord Italia da ieri.')).toStrictEqual([['centro-nord Italia', 'Place']]);
  });

  it('leaves a direction before a word no gazetteer lists', () => {
    expect(bounds('Il centro Valdrena è chiuso.')).toStrictEqual([['Valdrena', null]]);
  });
});

describe('mention.town-in-words', () => {
  it('matches a town named with a preposition inside as one place', () => {
    expect(found('Un incendio è scoppiato a Bagnolo in Piano ieri.')).toStrictEqual([['Bagnolo in Piano', 'Place']]);
  });

  it('records the rule', () => {
    expect(bounds('Il sindaco di Castagnole delle Lanze ha parlato.')).toStrictEqual([
      ['Castagnole delle Lanze', 'mention.town-in-words'],
    ]);
  });
});

describe('mention.parent-body-apart', () => {
  it('leaves a known body after a second "di" as a name of its own', () => {
    expect(found('Ha chiuso i conti il Comitato di vigilanza della Consob.')).toStrictEqual([
      ['Comitato di vigilanza', 'Organization'],
      ['Consob', 'Organization'],
    ]);
  });
});

describe('mention.body-place-apart', () => {
  it("leaves a town after a body's head and its adjective apart", () => {
    expect(found('Lo ha detto la Polizia Provinciale di Torino ieri.')).toStrictEqual([
      ['Polizia Provinciale', 'Organization'],
      ['Torino', 'Place'],
    ]);
  });

  it('records the rule', () => {
    expect(bounds("Lo ha detto l'Accademia Agraria di Livorno ieri.")).toStrictEqual([
      ['Accademia Agraria', 'mention.body-place-apart'],
      ['Livorno', null],
    ]);
  });

  it('keeps a town right after the head and "di"', () => {
    expect(found("Lo ha detto l'Università di Parma ieri.")).toStrictEqual([['Università di Parma', 'Organization']]);
  });

  it('keeps a place that a name goes on from', () => {
    expect(found('Ha presentato il ricorso il Comitato Civico del Piemonte Orientale.')).toStrictEqual([
      ['Comitato Civico del Piemonte Orientale', 'Organization'],
    ]);
  });
});

describe('mention.saint-in-name', () => {
  it('goes on past an elided saint inside a name', () => {
    expect(found("Il sindaco di Motta Sant'Anastasia ha parlato.")).toStrictEqual([["Motta Sant'Anastasia", 'Place']]);
  });

  it('takes a lowercase head, "di" and an elided saint as one place', () => {
    expect(bounds("I restauri nel convento di Sant'Eufemia finiscono oggi.")).toStrictEqual([
      ["convento di Sant'Eufemia", 'mention.saint-in-name'],
    ]);
  });

  it('keeps a head that stays out of names before an elided saint', () => {
    expect(found("È ricoverato all'Ospedale Sant'Elia da ieri.")).toStrictEqual([["Ospedale Sant'Elia", 'Place']]);
  });
});

describe('mention.place-part', () => {
  it('takes "dell\'Est" after a known place as part of it', () => {
    expect(found("Vive nell'Europa dell'Est da anni.")).toStrictEqual([["Europa dell'Est", 'Place']]);
  });

  it('takes a hyphened adjective for a part after a known place', () => {
    expect(bounds('Vive nella Toscana centro-meridionale da anni.')).toStrictEqual([
      ['Toscana centro-meridionale', 'mention.place-part'],
    ]);
  });
});

describe('plural direction adjectives after a place', () => {
  it('keeps a plural direction adjective in the place', () => {
    expect(found('Vive nelle Marche meridionali da anni.')).toStrictEqual([['Marche meridionali', 'Place']]);
  });
});

describe('mention.joiner-after-full-name', () => {
  it('ends two unknown words of a name before "del" and a body', () => {
    expect(found('Ieri Sveva Torlani del Partito Democratico ha votato.')).toStrictEqual([
      ['Partito Democratico', 'Organization'],
      ['Sveva Torlani', 'Person'],
    ]);
  });

  it('records the rule', () => {
    expect(bounds('Ieri Sveva Torlani del Partito Democratico ha votato.')).toStrictEqual([
      ['Sveva Torlani', 'mention.joiner-after-full-name'],
      ['Partito Democratico', null],
    ]);
  });

  it('still joins one unknown name to another over "de"', () => {
    expect(bounds('Il pellegrino è arrivato a Roccalta del Sasso ieri.')).toStrictEqual([['Roccalta del Sasso', null]]);
  });
});

describe('mention.quoted-nickname', () => {
  it('keeps a nickname in quotes between a given name and the surname', () => {
    expect(found('Ieri è stato arrestato Marta "Titti" Quarzini a Roccalta.')).toStrictEqual([
      ['Marta "Titti" Quarzini', 'Person'],
      ['Roccalta', 'Place'],
    ]);
  });

  it('leaves a quoted word with no surname after it', () => {
    expect(found('Ha detto Mario "basta" ieri.')).toStrictEqual([['Mario', 'Person']]);
  });
});

describe('mention.given-name-before-surname', () => {
  it('opens a person on a given name that also names a company, before a surname', () => {
    expect(bounds('Alla festa è arrivato Leonardo Quarzini ieri.')).toStrictEqual([
      ['Leonardo Quarzini', 'mention.given-name-before-surname'],
    ]);
  });

  it('keeps the company where no surname follows', () => {
    expect(found('Ha firmato con Leonardo per gli elicotteri.')).toStrictEqual([['Leonardo', 'Organization']]);
  });
});

describe('mention.office-before-body', () => {
  it("leaves an office written big out of the body's name", () => {
    expect(found('Lo ha detto il Consultore della Fondazione Valdrena ieri.')).toStrictEqual([
      ['Fondazione Valdrena', 'Organization'],
    ]);
  });

  it('still joins two unknown names over "del"', () => {
    expect(bounds('È arrivato a Roccalta del Sasso ieri.')).toStrictEqual([['Roccalta del Sasso', null]]);
  });
});

describe('mention.town-and-acronym', () => {
  it('takes a town and an unknown acronym after it as one organization', () => {
    expect(found('Il servizio è gestito da Bergamo TPL da anni.')).toStrictEqual([['Bergamo TPL', 'Organization']]);
  });

  it('leaves a known acronym after a town apart', () => {
    expect(found('A Roma PD e Lega hanno votato.')).toStrictEqual([
      ['Lega', 'Organization'],
      ['PD', 'Organization'],
      ['Roma', 'Place'],
    ]);
  });
});

describe('mention.particle-surname-apposition', () => {
  it('takes a particle and a name opening a sentence before a comma as a surname', () => {
    expect(found('Ha parlato ieri. Di Marzano, pugliese, ha taciuto.')).toStrictEqual([['Di Marzano', 'Person']]);
  });

  it('leaves a preposition and a town before a comma', () => {
    expect(bounds('Ha parlato ieri. Da Torino, invece, nessuno.')).toStrictEqual([['Torino', null]]);
  });
});

describe('mention.state-name', () => {
  it('takes "Stato", "di" and a known place as one state', () => {
    expect(found('Le scuole dello Stato di California riaprono oggi.')).toStrictEqual([
      ['Stato di California', 'Organization'],
    ]);
  });

  it('goes on with a big adjective and its complement', () => {
    expect(bounds('Lo ha smentito lo Stato Federale della Valmora ieri.')).toStrictEqual([
      ['Stato Federale della Valmora', 'mention.state-name'],
    ]);
  });

  it('keeps "Stato" alone before other words', () => {
    expect(bounds('Ha parlato il capo dello Stato ieri.')).toStrictEqual([['Stato', null]]);
  });
});

describe('theatre and palace heads written big', () => {
  it('keeps "Teatro" written big with "di" and its name', () => {
    expect(found('Ha suonato al Teatro dei Quarzini domenica.')).toStrictEqual([['Teatro dei Quarzini', 'Place']]);
  });

  it('leaves "teatro" written small out of the town after it', () => {
    expect(found('Ha recitato ieri al teatro di Torino.')).toStrictEqual([['Torino', 'Place']]);
  });
});

describe('mention.house-number', () => {
  it("keeps the house number after a street's name", () => {
    expect(found('Il negozio ha aperto in via Gardesana 14 a Torino.')).toStrictEqual([
      ['Torino', 'Place'],
      ['via Gardesana 14', 'Place'],
    ]);
  });

  it('keeps it after a street written big', () => {
    expect(bounds('Il cantiere di Corso Quarzini 31 è fermo.')).toStrictEqual([
      ['Corso Quarzini 31', 'mention.house-number'],
    ]);
  });

  it('leaves a score out', () => {
    expect(bounds('Hanno giocato in via Verdi 3-1 ieri.')).toStrictEqual([['via Verdi', null]]);
  });
});

describe('mention.ampersand-name', () => {
  it('takes names joined by "&" as one company when one has two words', () => {
    expect(found('Il gioco è di Valdrena Games & Orti Studio da anni.')).toStrictEqual([
      ['Valdrena Games & Orti Studio', 'Organization'],
    ]);
  });

  it('records the rule and types the company', () => {
    expect(
      detectMentions(segment('Lo pubblica Valdrena Games & Orti ieri.')).map((m) => [m.text, m.bound, m.rule]),
    ).toStrictEqual([['Valdrena Games & Orti', 'mention.ampersand-name', 'type.partners-name']]);
  });

  it('leaves two single words joined by "&"', () => {
    expect(bounds('Guardano Tom & Jerry ieri.')).toStrictEqual([
      ['Tom', null],
      ['Jerry', null],
    ]);
  });
});

describe('mention.parent-body-apart past a word after the head', () => {
  it("leaves a known party after a body's head and its adjective apart", () => {
    expect(bounds('Lo ha votato il Comitato Provinciale del PD ieri.')).toStrictEqual([
      ['Comitato Provinciale', 'mention.parent-body-apart'],
      ['PD', null],
    ]);
  });
});

describe('mention.team-colour', () => {
  it('keeps the colour a national team is named by', () => {
    expect(bounds('Ha giocato con la Nazionale azzurra per anni.')).toStrictEqual([
      ['Nazionale azzurra', 'mention.team-colour'],
    ]);
  });
});

describe('a given name that also spells a small word', () => {
  it('opens a name before a surname, mid-sentence and opening one', () => {
    expect(found('Il porto, ha spiegato Sara Bellini, è pronto.')).toStrictEqual([['Sara Bellini', 'Person']]);
    expect(found('Salvo Riva ha votato contro il bilancio.')).toStrictEqual([['Salvo Riva', 'Person']]);
    expect(found('Il premier Li Qiang ha parlato ai cronisti.')).toStrictEqual([['Li Qiang', 'Person']]);
  });

  it('opens none before a month or a lowercase word', () => {
    expect(found('Il Primo Maggio il porto resta chiuso.')).toStrictEqual([]);
    expect(found('Mia madre è nata nel porto.')).toStrictEqual([]);
  });
});

describe('newspapers named after their town', () => {
  it('types the head and its town as one organization', () => {
    expect(found('La Gazzetta di Brenvik ha pubblicato la notizia.')).toStrictEqual([
      ['Gazzetta di Brenvik', 'Organization'],
    ]);
  });

  it('opens a name of its own where the gazetteer knows the head alone as another paper', () => {
    expect(found('Il Corriere di Valdrena ha pubblicato la notizia.')).toStrictEqual([
      ['Corriere di Valdrena', 'Organization'],
    ]);
  });

  it('types a company named with "Servizi"', () => {
    expect(found('La Brenvik Servizi ha risposto ai clienti.')).toStrictEqual([['Brenvik Servizi', 'Organization']]);
  });
});

describe('type.emergency-number', () => {
  it('names the service by its number after a singular article', () => {
    expect(found('I sanitari del 118 sono arrivati subito. Poi ha chiamato il 112.')).toStrictEqual([
      ['112', 'Organization'],
      ['118', 'Organization'],
    ]);
  });

  it('leaves the number of a count alone', () => {
    expect(found('Nel porto ci sono 118 barche e 112 gommoni.')).toStrictEqual([]);
  });
});
