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
    expect(found('I diritti sono andati a Sky plc ieri.')).toStrictEqual([['Sky plc', 'Organization']]);
  });

  it('records the rule on the mention', () => {
    expect(bounds('La Protezione Civile Spa rischia molto.')).toStrictEqual([
      ['Protezione Civile Spa', 'mention.company-form'],
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
    expect(found('Ha esordito con la nazionale Under 21 ieri.')).toStrictEqual([
      ['nazionale Under 21', 'Organization'],
    ]);
  });

  it('keeps an age category joined by a hyphen or written onto its letter', () => {
    expect(bounds('Gioca nella nazionale U-21 e nella nazionale U19 .')).toStrictEqual([
      ['nazionale U-21', 'mention.age-category'],
      ['nazionale U19', 'mention.age-category'],
    ]);
  });

  it("names a country's team of that age", () => {
    expect(found("Ha battuto l'Italia Under 21 ieri.")).toStrictEqual([['Italia Under 21', 'Organization']]);
  });
});

describe('places listed with their district', () => {
  it('keeps "DC" after Washington in the place', () => {
    expect(found('Il sindaco di Washington DC ha parlato.')).toStrictEqual([['Washington DC', 'Place']]);
  });
});

describe('mention.inner-surname-particle', () => {
  it('goes on past a foreign particle after a given name and a surname', () => {
    expect(found('Ha parlato Cristina Fernández de Kirchner ieri.')).toStrictEqual([
      ['Cristina Fernández de Kirchner', 'Person'],
    ]);
  });

  it('goes on past two particles', () => {
    expect(bounds('Lo ha detto Luigi Durand de la Penne ieri.')).toStrictEqual([
      ['Luigi Durand de la Penne', 'mention.inner-surname-particle'],
    ]);
  });

  it('goes on past "y" between two surnames', () => {
    expect(found('È intervenuto Santos Abril y Castelló ieri.')).toStrictEqual([['Santos Abril y Castelló', 'Person']]);
  });

  it('stops before a capitalized article, which opens a title', () => {
    expect(found('Scrive Mario Ferri de La Stampa oggi.')).toStrictEqual([
      ['La Stampa', 'Organization'],
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
    expect(found('Lo ha mandato in onda Channel 4 ieri.')).toStrictEqual([['Channel 4', 'Organization']]);
  });
});

describe('mention.state-body', () => {
  it('keeps "di Stato" after a known body in its name', () => {
    expect(bounds('Lo ha approvato la Duma di Stato ieri.')).toStrictEqual([['Duma di Stato', 'mention.state-body']]);
  });

  it('leaves "stato" written small, a verb form', () => {
    expect(found('La Duma di stato non ha parlato.')).toStrictEqual([['Duma', 'Organization']]);
  });
});

describe('mention.portfolio-in-body', () => {
  it("keeps a portfolio after a word written big in a ministry's name", () => {
    expect(bounds('Lo ha detto il Ministero degli Affari Esteri ieri.')).toStrictEqual([
      ['Ministero degli Affari Esteri', 'mention.portfolio-in-body'],
    ]);
  });
});

describe('mention.purpose-complement', () => {
  it('goes on past "della" and a name written big after the purpose', () => {
    expect(found('Lavora alla Congregazione per la Dottrina della Fede da anni.')).toStrictEqual([
      ['Congregazione per la Dottrina della Fede', 'Organization'],
    ]);
  });

  it('stops before a place', () => {
    expect(found("Lavora all'Agenzia per le Entrate di Torino da anni.")).toStrictEqual([
      ['Agenzia per le Entrate', 'Organization'],
      ['Torino', 'Place'],
    ]);
  });

  it('keeps a given name that ends the purpose', () => {
    expect(found("Lo dice l'Associazione per il Software Libero ieri.")).toStrictEqual([
      ['Associazione per il Software Libero', 'Organization'],
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
    expect(found('Un incendio è scoppiato a Gravina in Puglia ieri.')).toStrictEqual([['Gravina in Puglia', 'Place']]);
  });

  it('records the rule', () => {
    expect(bounds('Il sindaco di Forte dei Marmi ha parlato.')).toStrictEqual([
      ['Forte dei Marmi', 'mention.town-in-words'],
    ]);
  });
});

describe('mention.parent-body-apart', () => {
  it('leaves a known body after a second "di" as a name of its own', () => {
    expect(found('Un componente del Consiglio di amministrazione della Rai ha parlato.')).toStrictEqual([
      ['Consiglio di amministrazione', 'Organization'],
      ['Rai', 'Organization'],
    ]);
  });
});

describe('mention.body-place-apart', () => {
  it("leaves a town after a body's head and its adjective apart", () => {
    expect(found('Lo ha detto la Polizia Locale di Torino ieri.')).toStrictEqual([
      ['Polizia Locale', 'Organization'],
      ['Torino', 'Place'],
    ]);
  });

  it('records the rule', () => {
    expect(bounds("Lo ha detto l'Accademia Navale di Livorno ieri.")).toStrictEqual([
      ['Accademia Navale', 'mention.body-place-apart'],
      ['Livorno', null],
    ]);
  });

  it('keeps a town right after the head and "di"', () => {
    expect(found("Lo ha detto l'Università di Bologna ieri.")).toStrictEqual([
      ['Università di Bologna', 'Organization'],
    ]);
  });

  it('keeps a place that a name goes on from', () => {
    expect(found('Lo rivendica il Movimento Islamico del Turkestan Orientale da anni.')).toStrictEqual([
      ['Movimento Islamico del Turkestan Orientale', 'Organization'],
    ]);
  });
});

describe('mention.saint-in-name', () => {
  it('goes on past an elided saint inside a name', () => {
    expect(found("Il sindaco di Motta Sant'Anastasia ha parlato.")).toStrictEqual([["Motta Sant'Anastasia", 'Place']]);
  });

  it('takes a lowercase head, "di" and an elided saint as one place', () => {
    expect(bounds("Fu sepolta nel convento di Sant'Orsola ieri.")).toStrictEqual([
      ["convento di Sant'Orsola", 'mention.saint-in-name'],
    ]);
  });

  it('keeps a head that stays out of names before an elided saint', () => {
    expect(found("È ricoverato all'Ospedale Sant'Anna da ieri.")).toStrictEqual([
      ["Ospedale Sant'Anna", 'Organization'],
    ]);
  });
});

describe('mention.place-part', () => {
  it('takes "dell\'Est" after a known place as part of it', () => {
    expect(found("Vive nell'Europa dell'Est da anni.")).toStrictEqual([["Europa dell'Est", 'Place']]);
  });

  it('takes a hyphened adjective for a part after a known place', () => {
    expect(bounds('Vive nella Lombardia centro-orientale da anni.')).toStrictEqual([
      ['Lombardia centro-orientale', 'mention.place-part'],
    ]);
  });
});

describe('plural direction adjectives after a place', () => {
  it('keeps a plural direction adjective in the place', () => {
    expect(found('Vive nelle Filippine meridionali da anni.')).toStrictEqual([['Filippine meridionali', 'Place']]);
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
    expect(found('Ieri è stato arrestato Giuseppe "Pippo" Ferraresi a Roccalta.')).toStrictEqual([
      ['Giuseppe "Pippo" Ferraresi', 'Person'],
      ['Roccalta', 'Place'],
    ]);
  });

  it('leaves a quoted word with no surname after it', () => {
    expect(found('Ha detto Mario "basta" ieri.')).toStrictEqual([['Mario', 'Person']]);
  });
});

describe('mention.given-name-before-surname', () => {
  it('opens a person on a given name that also names a company, before a surname', () => {
    expect(bounds('Alla festa è arrivato Leonardo Pieracci ieri.')).toStrictEqual([
      ['Leonardo Pieracci', 'mention.given-name-before-surname'],
    ]);
  });

  it('keeps the company where no surname follows', () => {
    expect(found('Ha firmato con Leonardo per gli elicotteri.')).toStrictEqual([['Leonardo', 'Organization']]);
  });
});

describe('mention.office-before-body', () => {
  it("leaves an office written big out of the body's name", () => {
    expect(found('Lo ha detto il Consultore della Congregazione per il Clero ieri.')).toStrictEqual([
      ['Congregazione per il Clero', 'Organization'],
    ]);
  });

  it('still joins two unknown names over "del"', () => {
    expect(bounds('È arrivato a Roccalta del Sasso ieri.')).toStrictEqual([['Roccalta del Sasso', null]]);
  });
});

describe('mention.town-and-acronym', () => {
  it('takes a town and an unknown acronym after it as one organization', () => {
    expect(found('Il servizio è gestito da Roma TPL da anni.')).toStrictEqual([['Roma TPL', 'Organization']]);
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
    expect(found('Ha parlato ieri. Di Stefano, siciliano, ha taciuto.')).toStrictEqual([['Di Stefano', 'Person']]);
  });

  it('leaves a preposition and a town before a comma', () => {
    expect(bounds('Ha parlato ieri. Da Torino, invece, nessuno.')).toStrictEqual([['Torino', null]]);
  });
});

describe('mention.state-name', () => {
  it('takes "Stato", "di" and a known place as one state', () => {
    expect(found('Il governatore dello Stato di New York ha parlato.')).toStrictEqual([
      ['Stato di New York', 'Organization'],
    ]);
  });

  it('goes on with a big adjective and its complement', () => {
    expect(bounds('Lo ha deciso lo Stato Maggiore della Difesa ieri.')).toStrictEqual([
      ['Stato Maggiore della Difesa', 'mention.state-name'],
    ]);
  });

  it('keeps "Stato" alone before other words', () => {
    expect(bounds('Ha parlato il capo dello Stato ieri.')).toStrictEqual([['Stato', null]]);
  });
});

describe('theatre and palace heads written big', () => {
  it('keeps "Teatro" written big with "di" and its name', () => {
    expect(found('Si è esibito al Teatro degli Arcimboldi ieri.')).toStrictEqual([
      ['Teatro degli Arcimboldi', 'Place'],
    ]);
  });

  it('leaves "teatro" written small out of the town after it', () => {
    expect(found('Ha recitato ieri al teatro di Torino.')).toStrictEqual([['Torino', 'Place']]);
  });
});

describe('mention.house-number', () => {
  it("keeps the house number after a street's name", () => {
    expect(found('La sede è in via Rovello 2 a Torino.')).toStrictEqual([
      ['Torino', 'Place'],
      ['via Rovello 2', 'Place'],
    ]);
  });

  it('keeps it after a street written big', () => {
    expect(bounds("L'immobile di Corso Francia 27 è chiuso.")).toStrictEqual([
      ['Corso Francia 27', 'mention.house-number'],
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
    expect(bounds('Lo ha deciso il Consiglio Nazionale del PdL ieri.')).toStrictEqual([
      ['Consiglio Nazionale', 'mention.parent-body-apart'],
      ['PdL', null],
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
