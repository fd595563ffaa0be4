// The part-of-speech tagger's quality on the UD Italian test sets it was not trained on: accuracy,
// proper-noun precision and recall, and how often a capitalized opening word is rightly told a name or not.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { posModel } from '../engine/posTagger.ts';
import { readConllu, scoreTagger, type TagScore } from '../engine/posTrain.ts';

/** Held out from training (scripts/trainPosTagger.ts trains on the train files only). */
export const POS_TEST_FILES = ['it_markit-ud-dev.conllu', 'it_markit-ud-test.conllu', 'it_parlamint-ud-test.conllu'];

export interface PosReport {
  dir: string;
  language: string;
  files: (TagScore & { file: string })[];
}

/** Scores the shipped model of `language` on the test files under `dir`; null when the language has no model. */
export async function scorePos(dir: string, language: string, files = POS_TEST_FILES): Promise<PosReport | null> {
  const model = posModel(language);
  if (model === null) return null;
  const scored: PosReport['files'] = [];
  for (const file of files)
    scored.push({ file, ...scoreTagger(model, readConllu(await readFile(path.join(dir, file), 'utf8'))) });
  return { dir, language, files: scored };
}

function percent(hit: number, total: number): string {
  return total === 0 ? '   n/a' : `${((hit / total) * 100).toFixed(1).padStart(5)}%`;
}

export function formatPosReport(report: PosReport): string {
  const width = Math.max(...report.files.map((f) => f.file.length));
  const header = `  ${''.padEnd(width)}  ${'tokens'.padStart(6)}  accuracy  PROPN P  PROPN R  opening capitals named right`;
  return [
    header,
    ...report.files.map(
      (f) =>
        `  ${f.file.padEnd(width)}  ${String(f.tokens).padStart(6)}  ${percent(f.correct, f.tokens).padStart(8)}  ${percent(f.propn.hit, f.propn.predicted).padStart(7)}  ${percent(f.propn.hit, f.propn.gold).padStart(7)}  ${percent(f.initialCapitals.nameRight, f.initialCapitals.tokens)} (${f.initialCapitals.nameRight}/${f.initialCapitals.tokens})`,
    ),
  ].join('\n');
}
