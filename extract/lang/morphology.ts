// The endings of a language's words (extract/lang/<lang>/morphology.txt): verb endings by
// conjugation, participles, gerunds, adverbs, as "[class]" sections of one entry per line, read
// once at load. Stage code tests a word's ending with endingPattern(class) and holds no ending
// itself. Loaded apart from lexicon.ts because the lexicon's own loading conjugates verbs with it.
import path from 'node:path';
import { dataLines, LANGUAGES, LEXICON_DIR, readSections } from '../engine/dataFile.ts';

function loadMorphology(): Map<string, string[]> {
  const classes = new Map<string, string[]>();
  for (const lang of LANGUAGES) {
    readSections(dataLines(path.join(LEXICON_DIR, lang, 'morphology.txt')), `${lang}/morphology.txt`, (name) => {
      const entries = classes.get(name) ?? [];
      classes.set(name, entries);
      return entries;
    });
  }
  return classes;
}

const MORPHOLOGY = loadMorphology();

/** The entries of a morphology class in every language, in file order; a class no language lists is an error. */
export function endings(name: string): string[] {
  const entries = MORPHOLOGY.get(name);
  if (entries === undefined)
    throw new Error(`no class [${name}] in morphology.txt of any language (${LANGUAGES.join(', ')})`);
  return [...entries];
}

/** The one entry of a morphology class (a flag, a suffix). */
export function onlyEnding(name: string): string {
  const entries = endings(name);
  if (entries.length !== 1) throw new Error(`morphology class [${name}] holds ${entries.length} entries, not one`);
  return entries[0] as string;
}

/** A morphology class of "key | value" entries, as a map. */
export function endingPairs(name: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of endings(name)) {
    const bar = entry.lastIndexOf('|');
    if (bar < 0) throw new Error(`morphology.txt [${name}]: "${entry}" is not "key | value"`);
    map.set(entry.slice(0, bar).trim(), entry.slice(bar + 1).trim());
  }
  return map;
}

/** A regular-expression alternation of the entries, each matched literally. */
export function alternation(entries: readonly string[]): string {
  return entries.map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** Tests that a word ends in one of a class's endings, after at least `minStem` characters. */
export function endingPattern(name: string, minStem = 0): RegExp {
  return new RegExp(`${minStem > 0 ? `.{${minStem}}` : ''}(?:${alternation(endings(name))})$`);
}
