// Conjugation reads the endings of the model it is given. Verbs written for these tests.
import { describe, expect, it } from 'vitest';
import { conjugate } from './conjugate.ts';
import { loadLanguage } from './language.ts';

describe('conjugation per model', () => {
  const italian = loadLanguage('it').morphology;
  const en = loadLanguage('en').morphology;

  it("conjugates an Italian verb with the Italian model's endings", () => {
    expect(conjugate('negare', [], italian)).toContain('nega');
  });

  it('makes no form with a model that has no conjugations', () => {
    expect(conjugate('negare', [], en)).toStrictEqual([]);
  });

  it('keeps the listed forms with a model that has no conjugations', () => {
    expect(conjugate('deny', ['denied', 'denies'], en)).toStrictEqual(['denied', 'denies']);
  });
});
