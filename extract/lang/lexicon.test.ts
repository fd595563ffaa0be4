import { describe, expect, it } from 'vitest';
import { relationClass, wordClass } from './lexicon.ts';

describe('wordClass', () => {
  it("joins a class's entries of every language, Italian first", () => {
    const negations = wordClass('acts', 'negations');
    expect(negations.includes('non')).toBe(true);
    expect(negations.includes('not')).toBe(true);
    expect(negations.indexOf('non')).toBeLessThan(negations.indexOf('not'));
  });

  it('hands out a copy: a caller cannot change the class for the others', () => {
    wordClass('acts', 'negations').push('xyz');
    expect(wordClass('acts', 'negations').includes('xyz')).toBe(false);
  });

  it('refuses a class no language lists, naming the file it looked in', () => {
    expect(() => wordClass('acts', 'no-such-class')).toThrow(
      'no word class [no-such-class] in word-classes/acts.txt of any language (it, en)',
    );
    expect(() => wordClass('no-such-stage', 'negations')).toThrow(
      'no word class [negations] in word-classes/no-such-stage.txt of any language (it, en)',
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
