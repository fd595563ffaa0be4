// The endings of a language's words (extract/lang/<lang>/morphology.txt): verb endings by
// conjugation, participles, gerunds, adverbs, as "[class]" sections of one entry per line, read
// once per model. Stage code tests a word's ending with endingPatternIn(its model's classes,
// class) and holds no ending itself. Loaded apart from lexicon.ts because the lexicon's own
// loading conjugates verbs with it.
import { modelLines, readSections } from '../engine/dataFile.ts';

const loaded = new Map<string, ReadonlyMap<string, readonly string[]>>();

/** The morphology classes of one model (its morphology.txt, then its borrowed one), by class name. */
export function morphologyOf(code: string): ReadonlyMap<string, readonly string[]> {
  let classes = loaded.get(code);
  if (classes === undefined) {
    const read = new Map<string, string[]>();
    readSections(modelLines(code, 'morphology.txt'), `${code}/morphology.txt`, (name) => {
      const entries = read.get(name) ?? [];
      read.set(name, entries);
      return entries;
    });
    classes = read;
    loaded.set(code, classes);
  }
  return classes;
}

/** A morphology class of "key | value" entries in a model's classes, as a map; a class the model lacks is an empty one. */
export function endingPairsIn(classes: ReadonlyMap<string, readonly string[]>, name: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of classes.get(name) ?? []) {
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

/** The entries of a morphology class in a model's classes, in file order; a class the model lacks has none. */
export function endingsIn(classes: ReadonlyMap<string, readonly string[]>, name: string): readonly string[] {
  return classes.get(name) ?? [];
}

/** Tests that a word ends in one of a class's endings, after at least `minStem` characters; a class the model lacks matches no word. */
export function endingPatternIn(classes: ReadonlyMap<string, readonly string[]>, name: string, minStem = 0): RegExp {
  const entries = classes.get(name) ?? [];
  if (entries.length === 0) return /(?!)/;
  return new RegExp(`${minStem > 0 ? `.{${minStem}}` : ''}(?:${alternation(entries)})$`);
}
