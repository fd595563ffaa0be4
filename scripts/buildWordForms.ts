// Builds the Italian word-form lists the mention detector uses to know that a
// capitalized sentence-initial word is an ordinary word, not a name
// ("Penso", "Arrivano", "Entrambi", "Ridurlo"):
// - extract/lang/it/verb-finite.txt, verb-nonfinite.txt: verb forms from
//   Morph-it! (through the npm package italian-verbs-dict; CC BY-SA 2.0 / LGPL);
// - extract/lang/it/ud-common-words.txt: forms the UD Italian treebanks
//   MarkIT (CC BY 4.0) and ParlaMint (CC BY-SA 4.0) tag as a verb, adverb,
//   adjective, determiner, pronoun, numeral, conjunction or preposition and
//   never as a proper noun.
//
//   npx tsx scripts/buildWordForms.ts [path to the ud-it folder]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normKey } from '../extract/engine/text.ts';

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

function udCommonWords(): Set<string> {
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
  return common;
}

const { finite, nonfinite } = verbForms();
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
  udCommonWords(),
);
