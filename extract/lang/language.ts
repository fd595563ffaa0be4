// A language model, loaded by name: the lexicon, the word classes and the morphology read from
// its folder extract/lang/<code>/ (its borrowed/ folder included) and from no other. The
// pipeline gives each document the model of its detected language, the default one when no
// model has that code. Models are read once and kept: asking again costs a map lookup.
import { DEFAULT_LANGUAGE, modelCodes } from '../engine/dataFile.ts';
import { lexiconOf, type Lexicon } from './lexicon.ts';
import { morphologyOf } from './morphology.ts';

export { DEFAULT_LANGUAGE } from '../engine/dataFile.ts';

export interface Language {
  /** ISO 639-1 code, the name of the model's folder. */
  readonly code: string;
  readonly lexicon: Lexicon;
  /** The closed word classes the stages test, keyed "<stage>/<class>". */
  readonly wordClasses: ReadonlyMap<string, readonly string[]>;
  /** The morphology classes (endings, conjugation tables), by class name. */
  readonly morphology: ReadonlyMap<string, readonly string[]>;
}

/** Thrown for a code no model folder has; its message lists the models there are. */
export class UnknownLanguageError extends Error {
  constructor(
    readonly requested: string,
    readonly available: readonly string[],
  ) {
    super(`no language model "${requested}" (available: ${available.join(', ')})`);
    this.name = 'UnknownLanguageError';
  }
}

let codes: readonly string[] | null = null;
const loaded = new Map<string, Language>();

/** The codes of the models under extract/lang/, sorted. */
export function availableLanguages(): readonly string[] {
  codes ??= modelCodes();
  return codes;
}

/** The model named `code`; an unknown code is an UnknownLanguageError. */
export function loadLanguage(code: string): Language {
  const cached = loaded.get(code);
  if (cached !== undefined) return cached;
  if (!availableLanguages().includes(code)) throw new UnknownLanguageError(code, availableLanguages());
  const lexicon = lexiconOf(code);
  const language: Language = { code, lexicon, wordClasses: lexicon.wordClasses, morphology: morphologyOf(code) };
  loaded.set(code, language);
  return language;
}

/** The model for a document's detected language: its own when there is one, else the default model. */
export function languageFor(detected: string | null | undefined): Language {
  const code = detected?.trim().toLowerCase() ?? '';
  return loadLanguage(availableLanguages().includes(code) ? code : DEFAULT_LANGUAGE);
}
