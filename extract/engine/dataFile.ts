// The format of a language model's data files (extract/lang/<lang>/…): one entry per line,
// blank lines and "#" lines skipped; a file of classes groups its entries under "[class]" lines.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the language models are: one folder per model, extract/lang/<code>/. */
export const LEXICON_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../lang');
/** The model a document gets when no model has its language's code. */
export const DEFAULT_LANGUAGE = 'it';
/**
 * A model's folder of words from another language that its own news uses (English company and
 * place names in Italian news): part of the model, read after the model's file of the same name.
 */
export const BORROWED_DIR = 'borrowed';

/** The codes of the language models: the folders under LEXICON_DIR, sorted. */
export function modelCodes(): string[] {
  return readdirSync(LEXICON_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The entries of a model's data file (a path under its folder), then those of the same file under its borrowed/ folder. */
export function modelLines(code: string, file: string): string[] {
  return [
    ...dataLines(path.join(LEXICON_DIR, code, file)),
    ...dataLines(path.join(LEXICON_DIR, code, BORROWED_DIR, file)),
  ];
}

/** The entries of a data file, trimmed, in file order; a file that is not there has none. */
export function dataLines(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/**
 * Adds the entries of a file of "[class]" sections to the lists `section(name)` gives, in file
 * order; an entry before the first "[class]" line is an error naming `where`.
 */
export function readSections(lines: readonly string[], where: string, section: (name: string) => string[]): void {
  let entries: string[] | null = null;
  for (const line of lines) {
    const header = /^\[([a-z-]+)\]$/.exec(line);
    if (header) entries = section(header[1] ?? '');
    else if (entries) entries.push(line);
    else throw new Error(`${where}: "${line}" before the first [class] line`);
  }
}
