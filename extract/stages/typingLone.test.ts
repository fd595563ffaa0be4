import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../engine/pipeline.ts';
import { extract } from '../extractor.ts';
import { loadLanguage } from '../lang/language.ts';
import { doc } from '../testDocs.ts';

/** [every surface form of the entity joined by "|", type, the rule that typed it], in the result's order. */
function typed(text: string): [string, string, string | undefined][] {
  return extract([doc(text)]).entities.map((e) => [e.mentions.map((m) => m.text).join('|'), e.type, e.trace?.[0]]);
}

describe('names that read as things', () => {
  it('reads a name after an indefinite article as a make or a model, no person', () => {
    expect(typed('Ieri sera un Brenvik Tarsa è uscito di strada.')).toStrictEqual([
      ['Brenvik Tarsa', 'Other', 'type.product-after-indefinite-article'],
    ]);
  });

  it('marks a make read after an indefinite article as typed by what it is, for coreference to keep', () => {
    const analysis = analyzeDocument(
      doc('Ieri sera un Brenvik Tarsa ha superato Lia Marvesi.'),
      loadLanguage('it').lexicon,
    );
    expect(analysis.mentions.map((m) => [m.text, m.typedByKind])).toStrictEqual([
      ['Brenvik Tarsa', true],
      ['Lia Marvesi', false],
    ]);
    expect(analysis.ents.entities.map((e) => [e.name, e.typedBy])).toStrictEqual([
      ['Brenvik Tarsa', 'kind'],
      ['Lia Marvesi', 'evidence'],
    ]);
  });

  it('reads a first name after an indefinite article as no person', () => {
    expect(typed('La giuria gli ha assegnato un Oscar ieri sera.')).toStrictEqual([
      ['Oscar', 'Other', 'type.product-after-indefinite-article'],
    ]);
  });

  it('reads a name wholly inside quotation marks as the title of a work', () => {
    expect(typed('Ha scritto il romanzo « Notte Valmora » in due anni.')).toStrictEqual([
      ['Notte Valmora', 'Work', 'type.quoted-title'],
    ]);
  });

  it('reads a name after a noun for a work as its title', () => {
    expect(typed('Ha cantato il brano Notte Valmora ieri sera.')).toStrictEqual([
      ['Notte Valmora', 'Work', 'type.work-noun-before'],
    ]);
  });

  it('reads a name after a noun for a work and its adjective as its title', () => {
    expect(typed('Stasera va in onda la serie animata Brenvik Tarsa su un canale privato.')).toStrictEqual([
      ['Brenvik Tarsa', 'Work', 'type.work-noun-before'],
    ]);
  });

  it('reads a quoted name after a noun for a body as that body', () => {
    expect(typed('Lo ha comunicato la società « Brenvik Tarsa » ieri.')).toStrictEqual([
      ['Brenvik Tarsa', 'Organization', 'type.organization-cue-before-quote'],
    ]);
  });

  it('keeps a known first name inside quotation marks a person', () => {
    expect(typed('Si firmava " Marco " nelle lettere.')).toStrictEqual([['Marco', 'Person', 'type.known-first-name']]);
  });
});

describe('surnames in an article', () => {
  it('types a surname shared by two persons of the article a person, joined to neither', () => {
    const entities = extract([
      doc('Anna Ferrucchi e Piero Ferrucchi sono arrivati ieri. Il ruolo di Ferrucchi resta da chiarire.'),
    ]).entities;
    expect(entities.map((e) => [e.mentions.map((m) => m.text).join('|'), e.type, e.trace])).toStrictEqual([
      ['Anna Ferrucchi', 'Person', ['type.first-name-opening']],
      ['Ferrucchi', 'Person', ['type.capitalized-name', 'type.surname-of-several-persons']],
      ['Piero Ferrucchi', 'Person', ['type.first-name-opening']],
    ]);
  });
});

describe('surnames that are towns', () => {
  it('joins a known town alone to the one full name of the article it ends', () => {
    expect(typed('Anna Verona ha vinto la gara di ieri. Poi Verona ha ringraziato il pubblico.')).toStrictEqual([
      ['Anna Verona|Verona', 'Person', 'type.first-name-opening'],
    ]);
  });

  it('types a known town alone that ends two full names of the article a person', () => {
    expect(typed('Anna Verona e Piero Verona hanno vinto. Poi Verona ha ringraziato il pubblico.')).toStrictEqual([
      ['Anna Verona', 'Person', 'type.first-name-opening'],
      ['Piero Verona', 'Person', 'type.first-name-opening'],
      ['Verona', 'Person', 'type.surname-of-several-persons'],
    ]);
  });

  it('keeps the town after a full name that holds it past a lowercase connector', () => {
    expect(typed('Andrea di Verona ha vinto. Poi è tornato a Verona.')).toStrictEqual([
      ['Andrea di Verona', 'Person', 'type.first-name-opening'],
      ['Verona', 'Place', 'type.gazetteer'],
    ]);
  });
});

describe('nouns for a person before a lone name', () => {
  it('types a lone name after a noun for a trade a person', () => {
    expect(typed('Il vignettista Garzoli ha disegnato la copertina.')).toStrictEqual([
      ['Garzoli', 'Person', 'type.person-noun-before'],
    ]);
  });

  it('types a lone name after a title written short a person', () => {
    expect(typed('Lo ha detto il Prof. Ardenti ieri.')).toStrictEqual([
      ['Prof', 'Other', 'type.lone-unknown-word'],
      ['Ardenti', 'Person', 'type.abbreviated-title-before'],
    ]);
  });

  it('types a lone name after a noun of a death and "di" a person', () => {
    expect(typed('Ieri si sono svolti i funerali di Colmetto in paese.')).toStrictEqual([
      ['Colmetto', 'Person', 'type.noun-of-person'],
    ]);
  });

  it('types a lone name after a noun of a goal and "di" a person', () => {
    expect(typed('La partita si è decisa al novantesimo con il gol di Colmetto.')).toStrictEqual([
      ['Colmetto', 'Person', 'type.noun-of-person'],
    ]);
  });

  it('types a lone name a noun for a girl or a man follows in apposition a person', () => {
    expect(typed('Ieri Zerlinda , una ragazza molto timida , è tornata a casa.')).toStrictEqual([
      ['Zerlinda', 'Person', 'type.apposition-after'],
    ]);
  });

  it('types a lone name right after "secondo" a person', () => {
    expect(typed('La legge va cambiata, ma secondo Colmetto no.')).toStrictEqual([
      ['Colmetto', 'Person', 'type.source-after-according'],
    ]);
  });

  it('types the names after a plural noun for people persons, the list lending its type to the second', () => {
    expect(typed('In porta giocano i portieri Vardini e Colmetto.')).toStrictEqual([
      ['Colmetto', 'Person', 'type.list-shares-type'],
      ['Vardini', 'Person', 'type.person-noun-before'],
    ]);
  });
});

describe('a name in brackets after a person', () => {
  it('types a name in brackets right after a full name the body the person is with', () => {
    expect(typed('Ha votato contro anche Anna Neri ( Brenvik ) ieri.')).toStrictEqual([
      ['Brenvik', 'Organization', 'type.body-in-brackets-after-person'],
      ['Anna Neri', 'Person', 'type.first-name-opening'],
    ]);
  });

  it('keeps a known place in brackets after a full name a place', () => {
    expect(typed('Ha vinto Anna Neri ( Bulgaria ) ieri.')).toStrictEqual([
      ['Anna Neri', 'Person', 'type.first-name-opening'],
      ['Bulgaria', 'Place', 'type.gazetteer'],
    ]);
  });
});

describe('a body named after a noun for its member', () => {
  it('types the name after a noun for a person and "dei" a band or a body', () => {
    expect(typed('Lo ha detto il cantante dei Ventiquattro ieri sera.')).toStrictEqual([
      ['Ventiquattro', 'Organization', 'type.group-of-person-noun'],
    ]);
  });
});
