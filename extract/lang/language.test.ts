import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../contract/extraction.ts';
import { findDates } from '../engine/dates.ts';
import { extract } from '../extractor.ts';
import { doc, said } from '../testDocs.ts';
import { availableLanguages, DEFAULT_LANGUAGE, languageFor, loadLanguage, UnknownLanguageError } from './language.ts';
import { LEXICON } from './lexicon.ts';

const english = (text: string): RawDocument => ({ ...doc(text), language: 'en' });

describe('loadLanguage', () => {
  it('finds the models in the folders under extract/lang/', () => {
    expect(availableLanguages()).toStrictEqual(['en', 'it']);
    expect(DEFAULT_LANGUAGE).toBe('it');
  });

  it('loads a model by name, once', () => {
    const en = loadLanguage('en');
    expect(en.code).toBe('en');
    expect(loadLanguage('en')).toBe(en);
    expect(loadLanguage('it').lexicon).toBe(LEXICON);
  });

  it("reads each model's own files only: no Italian cue in the English model, no English one in the Italian", () => {
    const it = loadLanguage('it');
    const en = loadLanguage('en');
    expect([it.lexicon.speechCues.get('detto'), en.lexicon.speechCues.get('detto')]).toStrictEqual(['say', undefined]);
    expect([it.lexicon.speechCues.get('said'), en.lexicon.speechCues.get('said')]).toStrictEqual([undefined, 'say']);
    expect([it.lexicon.months.get('dicembre'), en.lexicon.months.size]).toStrictEqual([12, 0]);
    expect([it.wordClasses.get('acts/negations'), en.wordClasses.get('acts/negations')]).toStrictEqual([
      ['non', 'mai'],
      ['not', "didn't", "doesn't", 'never'],
    ]);
  });

  it('keeps the words of another language the Italian model needs in its own borrowed/ files', () => {
    const it = loadLanguage('it');
    expect(it.lexicon.orgWords.has('university')).toBe(true);
    expect(it.lexicon.gazetteer.get('united kingdom')?.canonical).toBe('Regno Unito');
    expect(it.morphology.get('onsets')?.includes('th')).toBe(true);
  });

  it('refuses an unknown code, listing the models there are', () => {
    expect(() => loadLanguage('fr')).toThrow(new UnknownLanguageError('fr', ['en', 'it']));
    expect(() => loadLanguage('fr')).toThrow('no language model "fr" (available: en, it)');
  });

  it("picks a document's model by its detected language, the default one for a language with no model", () => {
    expect([languageFor('en').code, languageFor('EN').code, languageFor('it').code]).toStrictEqual(['en', 'en', 'it']);
    expect([languageFor('fr').code, languageFor(null).code, languageFor('').code]).toStrictEqual(['it', 'it', 'it']);
  });
});

describe('a document is extracted with the model of its language', () => {
  it("reads dates with the model's calendar and date phrases only", () => {
    const dates = (text: string, code: string) =>
      findDates(text, 0, text.length, '2024-03-15', loadLanguage(code).lexicon).map((d) => d.date);
    expect(dates('Il vertice di ieri, il 2 marzo.', 'it')).toStrictEqual(['2024-03-14', '2024-03-02']);
    expect(dates('Il vertice di ieri, il 2 marzo.', 'en')).toStrictEqual([]);
    expect(dates('The summit on 02/03/2024.', 'en')).toStrictEqual(['2024-03-02']);
  });

  it('reads an English reporting verb in an English document, not in an Italian one', () => {
    const text = 'John Smith said that the talks failed.';
    expect(said(extract([english(text)]))).toStrictEqual([['John Smith', 'indirect', 'the talks failed']]);
    expect(said(extract([doc(text)]))).toStrictEqual([]);
  });

  it('reads an Italian reporting verb in an Italian document, not in an English one', () => {
    const text = 'Mario Rossi ha detto che il piano è pronto.';
    expect(said(extract([doc(text)]))).toStrictEqual([['Mario Rossi', 'indirect', 'il piano è pronto']]);
    expect(said(extract([english(text)]))).toStrictEqual([]);
  });

  it('gives each document of a mixed batch its own model', () => {
    const r = extract([
      doc('Mario Rossi ha detto che il piano è pronto.'),
      english('John Smith said that the talks failed.'),
    ]);
    expect(said(r)).toStrictEqual([
      ['Mario Rossi', 'indirect', 'il piano è pronto'],
      ['John Smith', 'indirect', 'the talks failed'],
    ]);
  });
});
