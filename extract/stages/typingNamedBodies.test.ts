import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { doc } from '../testDocs.ts';

/** [every surface form of the entity joined by "|", type, the rules that typed it], in the result's order. */
function typed(text: string): [string, string, string[]][] {
  return extract([doc(text)]).entities.map((e) => [e.mentions.map((m) => m.text).join('|'), e.type, e.trace ?? []]);
}

describe('a name in quotes after a noun for a body', () => {
  it('takes the quoted words of a group, the second one an adjective', () => {
    expect(typed('Il gruppo «Brigate Nuove» ha rivendicato il furto.')).toStrictEqual([
      ['Brigate Nuove', 'Organization', ['type.organization-cue-before-quote', 'mention.quoted-body-name']],
    ]);
  });

  it('takes the quoted name after an adjective of the noun', () => {
    expect(typed('Il sindaco ha parlato all\'emittente locale "Televalle".')).toStrictEqual([
      ['Televalle', 'Organization', ['type.organization-cue-before-quote', 'mention.quoted-body-name']],
    ]);
  });

  it('takes the article that opens the quoted name', () => {
    expect(typed('Il bagnino lavorava al lido "La Conchiglia".')).toStrictEqual([
      ['La Conchiglia', 'Organization', ['type.organization-cue-before-quote', 'mention.quoted-body-name']],
    ]);
  });

  it('takes the company form inside the quotes', () => {
    expect(typed("La società pugliese «La Bonifica s.r.l.» ha vinto l'appalto.")).toStrictEqual([
      ['La Bonifica s.r.l.', 'Organization', ['type.organization-cue-before-quote', 'mention.quoted-body-name']],
    ]);
  });

  it('takes the quoted name after a naming participle after the noun', () => {
    expect(typed('I carabinieri hanno fermato la banda denominatasi "Settima Legione".')).toStrictEqual([
      ['carabinieri', 'Organization', ['type.head-noun']],
      ['Settima Legione', 'Organization', ['type.organization-cue-before-quote', 'mention.quoted-body-name']],
    ]);
  });

  it('takes a surname in quotes after a noun for a school written big', () => {
    expect(typed('Gli studenti dell\'Istituto "Bruni" hanno protestato.')).toStrictEqual([
      ['Bruni', 'Organization', ['type.organization-cue-before-quote', 'mention.quoted-body-name']],
    ]);
  });

  it('takes a quoted name that a known name only opens', () => {
    expect(typed('Il movimento "Unità della valle" ha vinto le elezioni.')).toStrictEqual([
      ['Unità della valle', 'Organization', ['type.organization-cue-before-quote', 'mention.quoted-body-name']],
    ]);
  });

  it('keeps a known name that fills the quotes', () => {
    expect(typed('Il quotidiano «Corriere della Sera» ha pubblicato la lettera.')).toStrictEqual([
      ['Corriere della Sera', 'Organization', ['type.gazetteer']],
    ]);
  });

  it('leaves a quote with a verb in it to the statements', () => {
    expect(typed('Il sindacato "Non è finita" ha scritto sul muro.')).toStrictEqual([
      ['sindacato', 'Organization', ['type.head-noun']],
    ]);
  });
});

describe('a name right after a noun for a business', () => {
  it('types the name after a plant', () => {
    expect(typed('Lo stabilimento Vetrix ha chiuso ieri.')).toStrictEqual([
      ['Vetrix', 'Organization', ['type.organization-cue-before']],
    ]);
  });

  it('types the name after a pipeline', () => {
    expect(typed('Il gasdotto Transmar è stato inaugurato.')).toStrictEqual([
      ['Transmar', 'Organization', ['type.organization-cue-before']],
    ]);
  });

  it('types the name after a store', () => {
    expect(typed('Le porte del magazzino Corvetti sono state sfondate.')).toStrictEqual([
      ['Corvetti', 'Organization', ['type.organization-cue-before']],
    ]);
  });
});

describe('a maker of cars or motorbikes', () => {
  it('types a maker whose name is nothing else', () => {
    expect(typed('La Subaru ha presentato un nuovo modello.')).toStrictEqual([
      ['Subaru', 'Organization', ['type.vehicle-maker']],
    ]);
  });

  it('types a maker that is also a surname after an indefinite article', () => {
    expect(typed('Il pilota ha vinto il rally su una Ford.')).toStrictEqual([
      ['Ford', 'Organization', ['type.vehicle-maker-in-context']],
    ]);
  });

  it('types a maker that is also a surname after a verb of driving', () => {
    expect(typed('Il ragazzo è stato fermato mentre guidava la Rover.')).toStrictEqual([
      ['Rover', 'Organization', ['type.vehicle-maker-in-context']],
    ]);
  });

  it('leaves the surname of a person a person', () => {
    expect(typed('Marco Ford ha vinto il premio.')).toStrictEqual([
      ['Marco Ford', 'Person', ['type.first-name-opening']],
    ]);
  });
});

describe('a name right after a noun for a shop or a centre', () => {
  it('types the name after a research centre', () => {
    expect(typed('La gara è organizzata dal centro Datalab.')).toStrictEqual([
      ['Datalab', 'Organization', ['type.organization-cue-before']],
    ]);
  });

  it('types the quoted name of a shop', () => {
    expect(typed('Il ladro aspettava davanti al negozio "Calzatix".')).toStrictEqual([
      ['Calzatix', 'Organization', ['type.organization-cue-before-quote', 'mention.quoted-body-name']],
    ]);
  });
});

describe('a common word written big opening a name after a noun for a body', () => {
  it('opens the name of a newspaper', () => {
    expect(typed('Ha scritto per anni sul giornale Paese Nuovo di Brescia.')).toStrictEqual([
      ['Paese Nuovo', 'Organization', ['type.organization-cue-before', 'mention.common-word-after-body-noun']],
      ['Brescia', 'Place', ['type.gazetteer']],
    ]);
  });
});

describe('the town after a name that a noun for a body opens', () => {
  it('leaves the town after "di" a place of its own', () => {
    expect(typed('La società Ferlandi di Cremona ha chiuso ieri.')).toStrictEqual([
      ['Ferlandi', 'Organization', ['type.organization-cue-before', 'mention.body-seat-apart']],
      ['Cremona', 'Place', ['type.known-town']],
    ]);
  });
});
