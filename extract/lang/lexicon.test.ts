import { describe, expect, it } from 'vitest';
import { relationClass, wordClass } from './lexicon.ts';

describe('wordClass', () => {
  it("reads the default model's class: its own entries, then its borrowed ones, and no other model's", () => {
    expect(wordClass('acts', 'negations')).toStrictEqual(['non', 'mai']);
    const stopInitials = wordClass('coreference', 'stop-initials');
    expect(stopInitials.slice(0, 2)).toStrictEqual(['di', 'del']);
    expect(stopInitials.slice(-4)).toStrictEqual(['of', 'the', 'and', 'for']);
  });

  it('hands out a copy: a caller cannot change the class for the others', () => {
    wordClass('acts', 'negations').push('xyz');
    expect(wordClass('acts', 'negations').includes('xyz')).toBe(false);
  });

  it('refuses a class the model does not list, naming the file it looked in', () => {
    expect(() => wordClass('acts', 'no-such-class')).toThrow(
      'no word class [no-such-class] in it/word-classes/acts.txt',
    );
    expect(() => wordClass('no-such-stage', 'negations')).toThrow(
      'no word class [negations] in it/word-classes/no-such-stage.txt',
    );
  });
});

describe('relationClass', () => {
  it('maps each word of a "word | RELATION_TYPE" class to its relation', () => {
    const contact = relationClass('relations', 'contact-nouns');
    expect(contact.get('telefonata')).toBe('CALLED');
    expect(contact.get('incontro')).toBe('MET');
    expect(contact.has('telefonata | CALLED')).toBe(false);
  });

  it('refuses a class whose entries name no relation', () => {
    expect(() => relationClass('acts', 'negations')).toThrow(
      'word-classes/acts.txt [negations]: "non" is not "word | relation type"',
    );
  });
});
