// The format of a language model's data files (extract/lang/<lang>/…): one entry per line,
// blank lines and "#" lines skipped; a file of classes groups its entries under "[class]" lines.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the language models are: extract/lang/<lang>/. */
export const LEXICON_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../lang');
/** The language models under LEXICON_DIR: Italian, then English. */
export const LANGUAGES = ['it', 'en'] as const;

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
