import { describe, expect, it } from 'vitest';
import { isLowerLetter, isUpperLetter, nameKey, normKey } from './text.ts';

describe('normKey', () => {
  it('folds accents and case, one space for a whitespace run, none at the ends', () => {
    expect(normKey('  Perché   È\tcosì\n')).toBe('perche e cosi');
    expect(normKey('Città\u00a0del\u2009Vaticano')).toBe('citta del vaticano');
  });

  it('drops the space after an apostrophe and around a hyphen, whatever the apostrophe', () => {
    expect(normKey("dell' Ucraina")).toBe("dell'ucraina");
    expect(normKey('dell’ Ucraina')).toBe("dell'ucraina");
    expect(normKey('`Kind` - `Direct`')).toBe("'kind'-'direct'");
    expect(normKey('Emilia -  Romagna')).toBe('emilia-romagna');
    expect(normKey('a - - b')).toBe('a--b');
  });

  it('turns curly and angled quotes into straight ones', () => {
    expect(normKey('«Sì» “no”')).toBe('"si" "no"');
  });

  it('handles characters outside the folding table the same way in a short and a long string', () => {
    const tail = ' x'.repeat(50);
    expect(normKey('Łódź ß')).toBe('łodz ß');
    expect(normKey(`Łódź ß${tail}`)).toBe(`łodz ß${tail}`);
    expect(normKey(`Perché È${tail}`)).toBe(`perche e${tail}`);
    expect(normKey('Zelens’kyj 😀')).toBe("zelens'kyj 😀");
  });

  it('gives nameKey the folded form to transliterate', () => {
    expect(nameKey('Dmitrij Peskov')).toBe(nameKey('Dmitry Peskov'));
  });
});

describe('letter case', () => {
  it('answers ASCII and other letters alike', () => {
    expect([
      isUpperLetter('A'),
      isUpperLetter('a'),
      isUpperLetter('1'),
      isUpperLetter('È'),
      isUpperLetter('è'),
    ]).toStrictEqual([true, false, false, true, false]);
    expect([
      isLowerLetter('z'),
      isLowerLetter('Z'),
      isLowerLetter('-'),
      isLowerLetter('ß'),
      isLowerLetter(''),
    ]).toStrictEqual([true, false, false, true, false]);
  });
});
