// Trains the Italian part-of-speech tagger on the UD Italian treebanks whose licences let the model ship
// (MarkIT CC BY 4.0, ParlaMint CC BY-SA 4.0; never the CC BY-NC ones) and writes it to
// extract/lang/it/pos-model.txt, under CC BY-SA 4.0 (see extract/lang/it/LICENSE-ud.txt).
// Deterministic: the same treebanks give the same file.
//
//   npm run train:pos [-- path to the ud-it folder]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseModel, POS_MODEL_FILE, serializeModel } from '../extract/engine/posTagger.ts';
import {
  openingCopies,
  readConllu,
  scoreTagger,
  trainTagger,
  type TaggedSentence,
} from '../extract/engine/posTrain.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const udDir = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'datasets', 'ud-it'));
const TRAIN = ['it_markit-ud-train.conllu', 'it_parlamint-ud-train.conllu'];
const MEASURE = ['it_markit-ud-dev.conllu', 'it_markit-ud-test.conllu', 'it_parlamint-ud-test.conllu'];
const ITERATIONS = 10;
const SEED = 20251207;
/** Averaged weights under this magnitude change hardly any decision and would triple the file. */
const MIN_WEIGHT = 0.05;

function read(file: string): TaggedSentence[] {
  return readConllu(readFileSync(path.join(udDir, file), 'utf8'));
}

const treebank = TRAIN.flatMap(read);
const train = [...treebank, ...treebank.flatMap(openingCopies)];
const started = performance.now();
const model = trainTagger(train, { iterations: ITERATIONS, seed: SEED });
const header = [
  `Italian part-of-speech tagger (UPOS, averaged perceptron, features of extract/engine/posTagger.ts), trained by scripts/trainPosTagger.ts (npm run train:pos) on ${TRAIN.join(' + ')} (${treebank.length} sentences, and their clauses as openings: posTrain.ts openingCopies), ${ITERATIONS} passes, seed ${SEED}, weights under ${MIN_WEIGHT} left out. Regenerate, do not edit.`,
  'Derived from UD_Italian-MarkIT (CC BY 4.0) and UD_Italian-ParlaMint (CC BY-SA 4.0), Universal Dependencies, https://universaldependencies.org; distributed under CC BY-SA 4.0, see LICENSE-ud.txt.',
  'Contractions are one surface token with the tag of their first word (della ADP, ridurlo VERB).',
];
const text = serializeModel(model, header, MIN_WEIGHT);
const out = path.join(root, 'extract/lang/it', POS_MODEL_FILE);
writeFileSync(out, text);
process.stdout.write(
  `trained on ${treebank.length} sentences (${train.length} with the opening copies) in ${Math.round(performance.now() - started)} ms; ${path.relative(root, out)}: ${(text.length / 1024).toFixed(0)} KiB\n`,
);

const shipped = parseModel(text);
for (const file of MEASURE) {
  const score = scoreTagger(shipped, read(file));
  process.stdout.write(
    `${file}: accuracy ${((score.correct / score.tokens) * 100).toFixed(2)}% of ${score.tokens} tokens; PROPN P ${((score.propn.hit / score.propn.predicted) * 100).toFixed(1)}% R ${((score.propn.hit / score.propn.gold) * 100).toFixed(1)}%\n`,
  );
}
