// Long names of bodies and the names written beside them (MENTION_RULES, contract/rules.ts), each rule on sentences
// written for it.
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

describe('mention.person-before-body, unknown given names', () => {
  it('ends a name no list knows before a ministry in a list of portfolios', () => {
    expect(bounds("Ministero della Difesa : Ottavio Bracchi Ministero dell'Interno : Luca Ferri")).toStrictEqual([
      ['Ministero della Difesa', null],
      ['Ottavio Bracchi', 'mention.person-before-body'],
      ["Ministero dell'Interno", null],
      ['Luca Ferri', null],
    ]);
  });

  it('keeps the person and the ministry apart, each of its type', () => {
    expect(found("I ministri:\nZeno Quarantelli Ministero dell'Economia :\nArianna Toschelli")).toStrictEqual([
      ["Ministero dell'Economia", 'Organization'],
      ['Arianna Toschelli', 'Person'],
      ['Zeno Quarantelli', 'Person'],
    ]);
  });
});

describe('mention.adjective-before-head', () => {
  it('opens a body\'s name at a listed adjective before its head and goes on past "per"', () => {
    expect(bounds('Il presidente della Pontificia Accademia per la Vita ha parlato.')).toStrictEqual([
      ['Pontificia Accademia per la Vita', 'mention.adjective-before-head'],
    ]);
  });

  it('opens it at an adjective of courts before the head and goes on past "di"', () => {
    expect(found('Il ricorso della Suprema Corte della Valmora è respinto.')).toStrictEqual([
      ['Suprema Corte della Valmora', 'Organization'],
    ]);
  });

  it('takes no head written small into the name', () => {
    expect(bounds('Il Pontificio seminario ha chiuso.')).toStrictEqual([['Pontificio', null]]);
  });
});

describe('mention.ordinal-in-body', () => {
  it('goes on past "di", an ordinal written big and the name after it', () => {
    expect(bounds("Il rettore dell'Accademia del Quarto Potere di Valmora è arrivato.")).toStrictEqual([
      ['Accademia del Quarto Potere di Valmora', 'mention.ordinal-in-body'],
    ]);
  });

  it('types the whole name an organization', () => {
    expect(found('Ha parlato il presidente del Associazione del Quarto Potere.')).toStrictEqual([
      ['Associazione del Quarto Potere', 'Organization'],
    ]);
  });
});

describe('mention.alone-head-complement', () => {
  it('keeps "di" joined to an article and a name written big with the head, the seat apart', () => {
    expect(bounds('Il Tribunale del Lavoro di Bari ha deciso.')).toStrictEqual([
      ['Tribunale del Lavoro', 'mention.alone-head-complement'],
      ['Bari', null],
    ]);
  });

  it("stops before a given name, the officer's", () => {
    expect(bounds('Ieri il Tribunale del Lavoro Carla Neri ha parlato.')).toStrictEqual([
      ['Tribunale del Lavoro', 'mention.alone-head-complement'],
      ['Carla Neri', null],
    ]);
  });

  it('leaves a town after the bare "di" apart', () => {
    expect(bounds('La Prefettura di Bari ha deciso.')).toStrictEqual([
      ['Prefettura', null],
      ['Bari', null],
    ]);
  });
});

describe('mention.national-force', () => {
  it("takes a force written small and its nation's adjective as one body", () => {
    expect(found('Un elicottero della marina francese ha soccorso i pescatori.')).toStrictEqual([
      ['marina francese', 'Organization'],
    ]);
  });

  it('records the rule on the mention', () => {
    expect(bounds('Un caccia della marina elvetica è atterrato.')).toStrictEqual([
      ['marina elvetica', 'mention.national-force'],
    ]);
  });

  it('leaves the noun alone to the sentence', () => {
    expect(bounds('La barca è ormeggiata nella marina.')).toStrictEqual([]);
  });
});

describe('mention.qualified-body-head, more heads', () => {
  it('opens a body at "Amministrazione" written big before "di" and a name', () => {
    expect(bounds("Il presidente dell'Amministrazione dei Beni della Valmora ha firmato.")).toStrictEqual([
      ['Amministrazione dei Beni della Valmora', 'mention.qualified-body-head'],
    ]);
  });

  it('opens one at "Patriarcato" written big before its adjective', () => {
    expect(found('Il Patriarcato ortodosso di Valdrena ha protestato.')).toStrictEqual([
      ['Patriarcato ortodosso di Valdrena', 'Organization'],
    ]);
  });
});

describe('mention.level-body-name', () => {
  it('takes a complement after "di" up to the sentence\'s verb', () => {
    expect(bounds("L'istituto nazionale di statistica e demografia ha pubblicato i dati.")).toStrictEqual([
      ['istituto nazionale di statistica e demografia', 'mention.level-body-name'],
    ]);
  });

  it('takes a purpose after "per" up to a punctuation mark', () => {
    expect(found("Il direttore dell'agenzia regionale per la tutela forestale, Anna Berti, ha parlato.")).toStrictEqual(
      [
        ['agenzia regionale per la tutela forestale', 'Organization'],
        ['Anna Berti', 'Person'],
      ],
    );
  });

  it("takes a region's adjective after the level", () => {
    expect(bounds('Ha votato ieri il comitato regionale veneto.')).toStrictEqual([
      ['comitato regionale veneto', 'mention.level-body-name'],
    ]);
  });

  it('stops at a verb after "per"', () => {
    expect(bounds('Servirà il fondo federale per sostenere le imprese.')).toStrictEqual([]);
  });
});

describe('mention.party-by-creed', () => {
  it("takes a party's noun, its creed and its nation as one name", () => {
    expect(found('Il segretario del partito socialista albanese ha parlato.')).toStrictEqual([
      ['partito socialista albanese', 'Organization'],
    ]);
  });

  it('takes two creeds as one name', () => {
    expect(bounds('Ha vinto il partito popolare conservatore.')).toStrictEqual([
      ['partito popolare conservatore', 'mention.party-by-creed'],
    ]);
  });

  it('leaves a party named by its creed alone to the sentence', () => {
    expect(bounds('Ha vinto il partito comunista.')).toStrictEqual([]);
  });
});

describe('party creeds after a head written big', () => {
  it('takes a creed with no adjective ending after the head into the name', () => {
    expect(found('Ha vinto ancora il Partito liberal conservatore.')).toStrictEqual([
      ['Partito liberal conservatore', 'Organization'],
    ]);
  });
});
