// Builds the Italian word-form lists the mention detector uses to know that a
// capitalized sentence-initial word is an ordinary word, not a name
// ("Penso", "Arrivano", "Entrambi", "Ridurlo"):
// - extract/lang/it/verb-finite.txt, verb-nonfinite.txt: verb forms from
//   Morph-it! (through the npm package italian-verbs-dict; CC BY-SA 2.0 / LGPL);
// - extract/lang/it/ud-common-words.txt: forms the UD Italian treebanks
//   MarkIT (CC BY 4.0) and ParlaMint (CC BY-SA 4.0) tag as a verb, adverb,
//   adjective, determiner, pronoun, numeral, conjunction or preposition and
//   never as a proper noun;
// - extract/lang/it/common-nouns.txt: noun and adjective forms from Morph-it!
//   (through italian-words-dict and italian-adjectives-dict) that are no name
//   the lexicons know (a given name, a surname, a gazetteer name, a city) and
//   that the UD treebanks never tag as a proper noun, since many surnames are
//   Italian words ("Rossi", "Fontana", "Colombo"; frequent-surnames.txt lists
//   those no other list knows); forms the lists above already hold are left out.
//
//   npx tsx scripts/buildWordForms.ts [path to the ud-it folder]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LANGUAGE, modelLines } from '../extract/engine/dataFile.ts';
import { normKey } from '../extract/engine/text.ts';
import { LEXICON, phraseWords } from '../extract/lang/lexicon.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lexiconDir = path.join(root, 'extract/lang/it');
const udDir = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'datasets', 'ud-it'));
const PER_LINE = 16;

/** Finite moods and the gerund: never an adjective, so never part of a name after an organization head. */
const FINITE = /^(ind|cond|sub|impr|ger)\b/;
/** Forms news prose hardly opens a sentence with (second persons outside the imperative, the subjunctive): left out to keep the list small. */
const RARE = /^(?:(?:ind|cond)\.\w+\.[SP]2|sub\.\w+\.\w+)$/;

type Conjugation = string | Conjugation[] | { [key: string]: Conjugation };

/** Written as lookup keys (lowercase, accents folded), so that loading needs no normalization. */
function lines(words: Iterable<string>): string {
  const sorted = [...new Set([...words].map(normKey))].sort();
  const out: string[] = [];
  for (let i = 0; i < sorted.length; i += PER_LINE) out.push(sorted.slice(i, i + PER_LINE).join(' '));
  return out.join('\n');
}

function write(file: string, header: string, words: Iterable<string>): void {
  writeFileSync(path.join(lexiconDir, file), `${header}\n${lines(words)}\n`);
}

function verbForms(): { finite: Set<string>; nonfinite: Set<string> } {
  const require = createRequire(import.meta.url);
  const verbsFile = path.join(path.dirname(require.resolve('italian-verbs-dict/package.json')), 'dist', 'verbs.json');
  const verbs = JSON.parse(readFileSync(verbsFile, 'utf8')) as Record<string, Conjugation>;
  const finite = new Set<string>();
  const nonfinite = new Set<string>();
  const walk = (node: Conjugation, at: string): void => {
    if (typeof node === 'string') {
      const form = node.toLowerCase();
      if (!/^\p{Ll}+$/u.test(form) || RARE.test(at)) return;
      (FINITE.test(at) ? finite : nonfinite).add(form);
      return;
    }
    if (Array.isArray(node)) {
      for (const child of node) walk(child, at);
      return;
    }
    for (const [key, child] of Object.entries(node)) walk(child, at ? `${at}.${key}` : key);
  };
  for (const [lemma, conjugation] of Object.entries(verbs)) {
    nonfinite.add(lemma.toLowerCase());
    walk(conjugation, '');
  }
  for (const form of finite) nonfinite.delete(form);
  return { finite, nonfinite };
}

const COMMON_UPOS = new Set(['VERB', 'AUX', 'ADV', 'ADJ', 'DET', 'PRON', 'NUM', 'SCONJ', 'CCONJ', 'ADP', 'INTJ']);

function udWords(): { common: Set<string>; proper: Set<string> } {
  const common = new Set<string>();
  const proper = new Set<string>();
  for (const file of readdirSync(udDir)
    .filter((f) => f.endsWith('.conllu'))
    .sort()) {
    for (const line of readFileSync(path.join(udDir, file), 'utf8').split('\n')) {
      const cols = line.split('\t');
      if (cols.length !== 10 || !/^\d+$/.test(cols[0] ?? '')) continue;
      const form = (cols[1] ?? '').toLowerCase();
      const upos = cols[3] ?? '';
      if (!/^\p{Ll}[\p{Ll}']*$/u.test(form) || form.length < 2) continue;
      if (upos === 'PROPN') proper.add(form);
      else if (COMMON_UPOS.has(upos)) common.add(form);
    }
  }
  for (const form of proper) common.delete(form);
  return { common, proper };
}

function packageJson<T>(name: string, file: string): T {
  const require = createRequire(import.meta.url);
  return JSON.parse(
    readFileSync(path.join(path.dirname(require.resolve(`${name}/package.json`)), 'dist', file), 'utf8'),
  ) as T;
}

/**
 * Every form a name the lexicons know could take: one-word names, cities, each word of a person's name, and the
 * frequent surnames that are words too (frequent-surnames.txt), which no gazetteer lists in full.
 */
function knownNameWords(): Set<string> {
  const names = new Set<string>([...LEXICON.firstNames, ...LEXICON.knownSurnames]);
  for (const line of modelLines(DEFAULT_LANGUAGE, 'frequent-surnames.txt'))
    for (const word of line.split(/\s+/)) if (word) names.add(normKey(word));
  for (const [key, entry] of LEXICON.gazetteer) {
    const words = phraseWords(key);
    if (words.length === 1 || entry.type === 'Person') for (const w of words) names.add(w);
  }
  for (const city of LEXICON.cities) if (phraseWords(city).length === 1) names.add(city);
  return names;
}

function nounAndAdjectiveForms(): Set<string> {
  const forms = new Set<string>();
  const add = (form: string | null | undefined): void => {
    if (form && /^\p{Ll}{2,}$/u.test(form)) forms.add(normKey(form));
  };
  const nouns = packageJson<Record<string, { S?: string | null; P?: string | null }>>(
    'italian-words-dict',
    'words.json',
  );
  for (const [lemma, { S, P }] of Object.entries(nouns)) {
    add(lemma);
    add(S);
    add(P);
  }
  const adjectives = packageJson<Record<string, Record<string, string | null>>>(
    'italian-adjectives-dict',
    'adjectives.json',
  );
  for (const [lemma, inflected] of Object.entries(adjectives)) {
    add(lemma);
    for (const form of Object.values(inflected)) add(form);
  }
  return forms;
}

const { finite, nonfinite } = verbForms();
const ud = udWords();
const ordinary = new Set([...finite, ...nonfinite, ...ud.common].map(normKey));
const names = knownNameWords();
const udProper = new Set([...ud.proper].map(normKey));
const nounForms = [...nounAndAdjectiveForms()].filter(
  (form) => !ordinary.has(form) && !names.has(form) && !udProper.has(form),
);
const MORPHIT =
  'Derived by scripts/buildWordForms.ts from Morph-it! (Marco Baroni, Eros Zanchetta, 2004-2009, https://docs.sslmit.unibo.it/doku.php?id=resources:morph-it) through the npm package italian-verbs-dict 3.4.0; dual-licensed CC BY-SA 2.0 / LGPL, see LICENSE-morph-it.txt. Regenerate, do not edit.';
write(
  'verb-finite.txt',
  `# Finite Italian verb forms and gerunds ("arrivano", "penso", "dicendo"). ${MORPHIT}`,
  finite,
);
write(
  'verb-nonfinite.txt',
  `# Italian infinitives and participles ("ridurre", "approvato") that are no finite form. ${MORPHIT}`,
  nonfinite,
);
write(
  'ud-common-words.txt',
  '# Italian word forms the UD treebanks tag as verb, auxiliary, adverb, adjective, determiner, pronoun, numeral, conjunction, preposition or interjection, and never as a proper noun. Derived by scripts/buildWordForms.ts from UD_Italian-MarkIT (CC BY 4.0) and UD_Italian-ParlaMint (CC BY-SA 4.0), Universal Dependencies, https://universaldependencies.org; see LICENSE-ud.txt. Regenerate, do not edit.',
  ud.common,
);
write(
  'common-nouns.txt',
  '# Italian noun and adjective forms ("ferie", "turni", "critiche") that are no verb form, no word of ud-common-words.txt, no name the lexicons know (given names, gazetteer names and their words, cities, frequent-surnames.txt) and never a proper noun in the UD treebanks: a sentence opening one is no evidence of a name. Derived by scripts/buildWordForms.ts from Morph-it! (Marco Baroni, Eros Zanchetta, 2004-2009, https://docs.sslmit.unibo.it/doku.php?id=resources:morph-it) through the npm packages italian-words-dict 3.4.0 and italian-adjectives-dict 3.4.0, dual-licensed CC BY-SA 2.0 / LGPL, see LICENSE-morph-it.txt; proper nouns from UD_Italian-MarkIT and UD_Italian-ParlaMint, see LICENSE-ud.txt. Regenerate, do not edit.',
  nounForms,
);
