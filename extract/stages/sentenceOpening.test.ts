import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { doc } from '../testDocs.ts';

/** [every surface form of the entity joined by "|", type, its trace], in the result's order. */
function typed(text: string): [string, string, string[] | undefined][] {
  return extract([doc(text)]).entities.map((e) => [e.mentions.map((m) => m.text).join('|'), e.type, e.trace]);
}

describe('mention.apposition-after-opening', () => {
  it('takes a word opening a sentence before an office in apposition as a name', () => {
    expect(typed('Ieri la sala era piena. Gentile, sindaco di Valdrena, ha parlato.')).toStrictEqual([
      ['Gentile', 'Person', ['type.role-phrase-names', 'mention.apposition-after-opening']],
      ['Valdrena', 'Place', ['type.place-after-place-noun']],
    ]);
  });

  it('takes a word opening a sentence before an age in apposition as a name', () => {
    expect(typed('Ieri la sala era piena. Gentile, 54 anni, è stato ascoltato.')).toStrictEqual([
      ['Gentile', 'Person', ['type.age-after-name', 'mention.apposition-after-opening']],
    ]);
  });

  it('takes a word opening a sentence before a former office in apposition as a name', () => {
    expect(typed('Ieri la sala era piena. Gentile, già ministro, ha parlato.')).toStrictEqual([
      ['Gentile', 'Person', ['type.role-phrase-names', 'mention.apposition-after-opening']],
    ]);
  });

  it('takes a word opening a sentence before a relative clause between commas as a name, untyped', () => {
    expect(typed('Ieri la sala era piena. Ferraro, che guida il gruppo, ha parlato.')).toStrictEqual([
      ['Ferraro', 'Other', ['type.lone-unknown-word', 'mention.apposition-after-opening']],
    ]);
  });

  it('leaves a word opening a sentence before an office that names someone else', () => {
    expect(typed('Ieri la sala era piena. Insomma, il sindaco di Valdrena, Lia Corvani, ha parlato.')).toStrictEqual([
      ['Lia Corvani', 'Person', ['type.role-phrase-names']],
      ['Valdrena', 'Place', ['type.place-after-place-noun']],
    ]);
  });

  it('leaves a participle opening a sentence before a noun for a person', () => {
    expect(typed('Ieri la sala era piena. Sposata, madre di tre bambini, vive a Valdrena.')).toStrictEqual([
      ['Valdrena', 'Place', ['type.after-place-preposition']],
    ]);
  });

  it('leaves a word opening a sentence before an office no second comma closes', () => {
    expect(typed('Ieri la sala era piena. Gentile, il sindaco ha detto che si farà.')).toStrictEqual([]);
  });
});

describe('mention.surname-of-document-name', () => {
  it('takes a function word opening a sentence before its verb as the surname of a full name', () => {
    expect(typed('Ieri è arrivata Ornella Lungo. Lungo si è fermata in piazza.')).toStrictEqual([
      [
        'Ornella Lungo|Lungo',
        'Person',
        ['type.first-name-opening', 'type.surname-of-full-name', 'mention.surname-of-document-name'],
      ],
    ]);
  });

  it('leaves a function word opening a sentence where the article writes it in no name', () => {
    expect(typed('Ieri è arrivata Ornella Corvani. Lungo si è fermata in piazza.')).toStrictEqual([
      ['Ornella Corvani', 'Person', ['type.first-name-opening']],
    ]);
  });

  it('leaves a function word opening a sentence before no verb', () => {
    expect(typed('Ieri è arrivata Ornella Lungo. Lungo la strada si è fermata.')).toStrictEqual([
      ['Ornella Lungo', 'Person', ['type.first-name-opening']],
    ]);
  });
});

describe('mention.verb-form-opening', () => {
  it('reads a given name that is a verb form, opening a sentence before an article, as the verb', () => {
    expect(typed('Ieri si è votato a Valdrena. Vince il favorito, ma di poco.')).toStrictEqual([
      ['Valdrena', 'Place', ['type.after-place-preposition']],
    ]);
  });

  it('reads a verb form written with the final accent a given name lacks as the verb', () => {
    expect(typed('È morto ieri a Valdrena. Guidò la squadra per anni.')).toStrictEqual([
      ['Valdrena', 'Place', ['type.after-place-preposition']],
    ]);
  });

  it('keeps a given name that is a verb form opening a sentence before its own verb', () => {
    expect(typed('Ieri si è votato. Guido ha detto di sì.')).toStrictEqual([
      ['Guido', 'Person', ['type.known-first-name']],
    ]);
  });
});

describe('mention.known-town-opening', () => {
  it('takes a known town opening a sentence as its name', () => {
    expect(typed('Il ponte è chiuso da ieri. Lodi si trova a nord del fiume.')).toStrictEqual([
      ['Lodi', 'Place', ['type.known-town', 'mention.known-town-opening']],
    ]);
  });

  it('leaves a known town named by a word the article writes small', () => {
    expect(typed('La nave è in porto. Nave si trova a nord del fiume.')).toStrictEqual([]);
  });
});
