// Where an organization's name opens and ends when it runs into its parent, a coordinated complement, an officer or a
// qualifier (MENTION_RULES, contract/rules.ts), each rule on sentences written for it.
import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { doc } from '../testDocs.ts';
import { segment } from '../engine/segment.ts';
import { detectMentions } from './mentions.ts';

/** [every surface form of the entity joined by "|", type], in the result's order. */
function found(text: string): [string, string][] {
  return extract([doc(text)]).entities.map((e) => [e.mentions.map((m) => m.text).join('|'), e.type]);
}

/** [mention text, bounds rule] for each candidate of the mentions stage, on an Italian text. */
function bounds(text: string): [string, string | null][] {
  return detectMentions(segment(text), undefined, null, 'it').map((m) => [m.text, m.bound]);
}

describe('mention.parent-acronym-apart', () => {
  it('parts a known body from the acronym of its parent after "dell\'"', () => {
    expect(bounds("Ieri al Consiglio di Sicurezza dell'ONU hanno votato.")).toStrictEqual([
      ['Consiglio di Sicurezza', 'mention.parent-acronym-apart'],
      ['ONU', 'mention.parent-acronym-apart'],
    ]);
  });

  it('parts them where the acronym is written as a word', () => {
    expect(found("Il voto nel Consiglio di Sicurezza dell'Onu è atteso.")).toStrictEqual([
      ['Consiglio di Sicurezza', 'Organization'],
      ['Onu', 'Organization'],
    ]);
  });
});

describe('mention.parent-head-apart', () => {
  it('opens the parent at a head after a second "di"', () => {
    expect(bounds("Il Dipartimento di Chimica dell'Università di Pavia ha aperto.")).toStrictEqual([
      ['Dipartimento di Chimica', 'mention.parent-head-apart'],
      ['Università di Pavia', null],
    ]);
  });

  it('keeps one name where the head after "di" is the first connector past a word', () => {
    expect(bounds('Il Comitato Provinciale del Consiglio Alpino ha votato.')).toStrictEqual([
      ['Comitato Provinciale del Consiglio Alpino', null],
    ]);
  });
});

describe('mention.parent-head-apart, states', () => {
  it('keeps a state named by a body\'s head after a second "di" in the name', () => {
    expect(bounds('Lo ha detto il Ministero degli Interni della Repubblica Ceca ieri.')).toStrictEqual([
      ['Ministero degli Interni della Repubblica Ceca', null],
    ]);
  });
});

describe('mention.parent-body-apart', () => {
  it('opens the parent at a known body of several words after "di" past a word after the head', () => {
    expect(bounds('Lo ha deciso il Comando Regionale della Guardia di Finanza.')).toStrictEqual([
      ['Comando Regionale', 'mention.parent-body-apart'],
      ['Guardia di Finanza', null],
    ]);
  });
});

describe('mention.qualified-head-title', () => {
  it('opens the name at the head where "di" and a name follow the known title', () => {
    expect(bounds('Il trattato con la Repubblica di Valmora è firmato.')).toStrictEqual([
      ['Repubblica di Valmora', 'mention.qualified-head-title'],
    ]);
  });

  it('opens it at the head where an adjective follows', () => {
    expect(bounds('Il governo ha invaso la Repubblica autonoma ieri.')).toStrictEqual([
      ['governo', null],
      ['Repubblica', 'mention.qualified-head-title'],
    ]);
  });

  it('leaves the known title whole where nothing qualifies its head', () => {
    expect(bounds('Secondo la Repubblica, il piano è pronto.')).toStrictEqual([['la Repubblica', null]]);
  });
});

describe('mention.organization-continued', () => {
  it('goes on past a known body named by its head alone with a word no lexicon knows', () => {
    expect(found('Ieri la Lega Vlandra ha aperto la sede.')).toStrictEqual([['Lega Vlandra', 'Organization']]);
  });

  it("stops before a known person's surname", () => {
    expect(bounds('La Lega Shoigu ha votato.')).toStrictEqual([
      ['Lega', null],
      ['Shoigu', null],
    ]);
  });
});

describe('mention.organization-complement', () => {
  it('goes on past "di" and a name no lexicon knows after a known body named by its head', () => {
    expect(bounds('La Lega delle Valli Unite ha votato.')).toStrictEqual([
      ['Lega delle Valli Unite', 'mention.organization-complement'],
    ]);
  });

  it('leaves a town after "di" out of it', () => {
    expect(bounds('La Lega di Milano ha votato.')).toStrictEqual([
      ['Lega', null],
      ['Milano', null],
    ]);
  });
});

describe('mention.organization-complement, towns', () => {
  it('leaves a town after a bare "di" out of it', () => {
    expect(bounds('Lo hanno arrestato i Carabinieri di Roccalta ieri.')).toStrictEqual([
      ['Carabinieri', null],
      ['Roccalta', null],
    ]);
  });
});

describe('mention.known-name-small-head', () => {
  it('takes a known body whose head is written small', () => {
    expect(bounds("Un militare dell'arma dei Carabinieri ha parlato.")).toStrictEqual([
      ['arma dei Carabinieri', 'mention.known-name-small-head'],
    ]);
  });

  it('makes its short form written big the same entity', () => {
    expect(found("Un militare dell'arma dei Carabinieri ha parlato. Poi ha accusato l'Arma.")).toStrictEqual([
      ['arma dei Carabinieri|Arma', 'Organization'],
    ]);
  });
});

describe('mention.officer-surname-after-body', () => {
  it("parts a known person's surname from the body after an office", () => {
    expect(found('Il presidente della Commissione Mishustin ha parlato.')).toStrictEqual([
      ['Commissione', 'Organization'],
      ['Mishustin', 'Person'],
    ]);
  });

  it('leaves the body alone without a surname after it', () => {
    expect(bounds('Lo ha detto il presidente della Commissione ieri.')).toStrictEqual([['Commissione', null]]);
  });
});

describe('mention.officer-after-body', () => {
  it('parts the officer from a body no head names', () => {
    expect(found('Lo ha detto il direttore della Vlandrex Tiburzio Quarzoni ieri.')).toStrictEqual([
      ['Vlandrex', 'Organization'],
      ['Tiburzio Quarzoni', 'Person'],
    ]);
  });
});

describe('mention.coordinated-complement', () => {
  it('goes on past "e" and a second complement written small', () => {
    expect(bounds('Lo ha detto il Ministero del turismo e delle attività produttive ieri.')).toStrictEqual([
      ['Ministero del turismo e delle attività produttive', 'mention.coordinated-complement'],
    ]);
  });
});

describe('mention.coordinated-complement, again', () => {
  it('goes on past a second "e" after the adjective of a complement', () => {
    expect(
      bounds('Lo ha detto il Ministero del turismo e delle attività produttive e del commercio ieri.'),
    ).toStrictEqual([
      ['Ministero del turismo e delle attività produttive e del commercio', 'mention.coordinated-complement'],
    ]);
  });
});

describe('mention.coordinated-articled-name', () => {
  it('goes on past "e", a bare article and a name after "di"', () => {
    expect(bounds('Il Partito della Libertà e la Speranza ha vinto.')).toStrictEqual([
      ['Partito della Libertà e la Speranza', 'mention.coordinated-articled-name'],
    ]);
  });

  it('goes on past them after "per"', () => {
    expect(bounds("Il Dipartimento per la Ricerca e l'Innovazione ha chiuso.")).toStrictEqual([
      ["Dipartimento per la Ricerca e l'Innovazione", 'mention.coordinated-articled-name'],
    ]);
  });

  it('leaves a head after the article to a second body', () => {
    expect(bounds('Il Ministero della Salute e la Regione hanno firmato.')).toStrictEqual([
      ['Ministero della Salute', null],
      ['Regione', null],
    ]);
  });
});

describe('mention.small-head-before-name', () => {
  it("takes a body's head written small right before its name", () => {
    expect(found("Studia all'università Vlandra da due anni.")).toStrictEqual([['università Vlandra', 'Organization']]);
  });

  it('leaves a person after the head out of it', () => {
    expect(bounds("Studia all'università Carla Ferri da due anni.")).toStrictEqual([['Carla Ferri', null]]);
  });
});

describe('mention.qualified-body-head', () => {
  it('heads a body with an adjective after it', () => {
    expect(found('Il Corpo forestale ha sequestrato il bosco.')).toStrictEqual([['Corpo forestale', 'Organization']]);
  });

  it('heads a body with "di" and a complement after it', () => {
    expect(bounds('Il Collegio dei revisori ha firmato.')).toStrictEqual([
      ['Collegio dei revisori', 'mention.qualified-body-head'],
    ]);
  });

  it('heads nothing alone', () => {
    expect(bounds('Lo ha visto il Corpo steso a terra.')).toStrictEqual([['Corpo', null]]);
  });
});

describe('mention.numbered-cabinet', () => {
  it('keeps a numbered body of a leader as one name', () => {
    expect(found('Il governo Rossi II ha giurato ieri.')).toStrictEqual([['governo Rossi II', 'Organization']]);
  });

  it('parts the body and the leader without a numeral', () => {
    expect(bounds('Il governo Rossi ha giurato ieri.')).toStrictEqual([
      ['governo', null],
      ['Rossi', null],
    ]);
  });
});

describe('mention.prefixed-adjective', () => {
  it('takes an adjective made with "anti" after a body\'s head', () => {
    expect(bounds('La Commissione antifrode ha deciso.')).toStrictEqual([
      ['Commissione antifrode', 'mention.prefixed-adjective'],
    ]);
  });
});

describe('mention.big-adjective-in-body', () => {
  it("goes on past an adjective written big after a body's head", () => {
    expect(bounds('Lo ha deciso il Comando Generale ieri.')).toStrictEqual([
      ['Comando Generale', 'mention.big-adjective-in-body'],
    ]);
  });
});

describe('mention.prosecutor-seat-apart', () => {
  it('leaves the seat of a prosecutor to a name of its own', () => {
    expect(bounds('Il pubblico ministero di Valmora ha chiesto la condanna.')).toStrictEqual([['Valmora', null]]);
  });
});

describe('mention.to-name-in-body', () => {
  it('goes on past "al" and a name written big inside a body\'s name', () => {
    expect(bounds("Lo ha detto l'Associazione Veterani al Merito Civile ieri.")).toStrictEqual([
      ['Associazione Veterani al Merito Civile', 'mention.to-name-in-body'],
    ]);
  });

  it('leaves a head after "alla" to a second body', () => {
    expect(bounds('Il Ministero ha scritto alla Regione ieri.')).toStrictEqual([
      ['Ministero', null],
      ['Regione', null],
    ]);
  });
});
