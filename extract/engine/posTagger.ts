// Part-of-speech tagger: a greedy left-to-right averaged perceptron (Collins 2002; the feature set of
// Honnibal's "A good part-of-speech tagger in about 200 lines of Python"). Language-neutral: the features
// are built from the word itself, its affixes, its shape and its neighbours, never from a list of words;
// every word the tagger knows lives in a language's model file (extract/lang/<lang>/pos-model.txt),
// written by posTrain.ts. The model is read on first use, so a process that tags nothing pays nothing.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LEXICON_DIR } from './dataFile.ts';

/** The file of a language's model, beside its other data. */
export const POS_MODEL_FILE = 'pos-model.txt';

export interface PosModel {
  /** The tag set, in the order of every weight vector. */
  tags: readonly string[];
  /** Feature → one weight per tag. */
  weights: ReadonlyMap<string, Float32Array>;
}

/** One token as the tagger sees it: its surface text, and whether it opens a sentence, a quote or a clause after a colon. */
export interface PosToken {
  text: string;
  initial: boolean;
}

const START = ['-start-', '-start2-'] as const;
const END = ['-end-', '-end2-'] as const;
const NO_TAG = '-none-';

/** Lowercase, with typographic apostrophes as plain ones: the form a word is known by. */
export function lowerForm(text: string): string {
  return text.toLowerCase().replaceAll('’', "'");
}

/** The word's letters as classes, runs collapsed: "Penso" → "Xx", "USA" → "X", "dell'" → "x'", "2024" → "d". */
export function wordShape(text: string): string {
  let shape = '';
  let last = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    let c: string;
    // ASCII first: case mapping allocates, and a tagger asks for shapes on every token.
    if (code >= 48 && code <= 57) c = 'd';
    else if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code < 128) c = ch;
    else {
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      c = lower !== upper ? (ch === upper ? 'X' : 'x') : ch === '’' ? "'" : ch;
    }
    if (c !== last) shape += c;
    last = c;
    if (shape.length >= 6) break;
  }
  return shape;
}

/** The word feature of a word the model has not learned: what it knows of rare words in general. */
export const UNKNOWN_WORD = '-unk-';

/** What a sentence's features need of each token, computed once per sentence. */
export interface TokenView {
  lower: string;
  /** The lowercase form when the model knows the word, else UNKNOWN_WORD. */
  word: string;
  shape: string;
  suffix3: string;
  initial: boolean;
}

/**
 * `known`: whether the model has learned a word. In training, words seen once are unknown, so that the
 * model learns from affixes and shape how to tag the words it will meet for the first time (most names).
 */
export function tokenViews(tokens: readonly PosToken[], known: (lower: string) => boolean): TokenView[] {
  return tokens.map((t) => {
    const lower = lowerForm(t.text);
    const word = known(lower) ? lower : UNKNOWN_WORD;
    return { lower, word, shape: wordShape(t.text), suffix3: lower.slice(-3), initial: t.initial };
  });
}

/** The words a model has learned: those with a word feature. */
export function knownTo(model: PosModel): (lower: string) => boolean {
  return (lower) => model.weights.has(`w ${lower}`);
}

/** The features of token `i`, given the two tags before it. */
export function featuresAt(views: readonly TokenView[], i: number, prev: string, prev2: string): string[] {
  const t = views[i] as TokenView;
  const w = t.word;
  const before = views[i - 1];
  const before2 = views[i - 2];
  const after = views[i + 1];
  const after2 = views[i + 2];
  const features = [
    'b',
    `w ${w}`,
    `sh ${t.shape}`,
    `in ${t.initial ? 1 : 0} ${t.shape}`,
    `t1 ${prev}`,
    `t2 ${prev2}`,
    `t12 ${prev} ${prev2}`,
    `t1w ${prev} ${w}`,
    `w-1 ${before?.word ?? START[0]}`,
    `w-2 ${before2?.word ?? (before ? START[0] : START[1])}`,
    `w+1 ${after?.word ?? END[0]}`,
    `w+2 ${after2?.word ?? (after ? END[0] : END[1])}`,
    `s-1 ${before?.suffix3 ?? START[0]}`,
    `s+1 ${after?.suffix3 ?? END[0]}`,
    `sh+1 ${after?.shape ?? END[0]}`,
    `sh-1 ${before?.shape ?? START[0]}`,
  ];
  const l = t.lower;
  for (let n = 1; n <= 4 && n < l.length; n++) features.push(`s${n} ${l.slice(-n)}`);
  for (let n = 1; n <= 3 && n < l.length; n++) features.push(`p${n} ${l.slice(0, n)}`);
  return features;
}

/** Index of the best-scoring tag (the first on a tie, so the result depends only on the model). */
function best(model: PosModel, features: readonly string[], scores: Float64Array): number {
  scores.fill(0);
  for (const f of features) {
    const w = model.weights.get(f);
    if (w === undefined) continue;
    for (let k = 0; k < w.length; k++) scores[k] = (scores[k] as number) + (w[k] as number);
  }
  let top = 0;
  for (let k = 1; k < scores.length; k++) if ((scores[k] as number) > (scores[top] as number)) top = k;
  return top;
}

/**
 * Tags of tokens [0, upTo) of one sentence, as indices into model.tags. Greedy: each tag depends only on
 * the tags before it, so tagging a prefix gives the same tags as tagging the whole sentence.
 * `lastScores`, when given, receives the score of every tag for the last token tagged. `done`: the tags
 * of a prefix already tagged (with at least two tokens after it in `tokens`), which tagging goes on from.
 */
export function tagIndices(
  model: PosModel,
  tokens: readonly PosToken[],
  upTo = tokens.length,
  lastScores: Float64Array | null = null,
  done: readonly number[] = [],
): number[] {
  const views = tokenViews(tokens, knownTo(model));
  const scores = new Float64Array(model.tags.length);
  const out = done.slice(0, upTo);
  const tagOf = (k: number | undefined, none: string): string => (k === undefined ? none : (model.tags[k] ?? NO_TAG));
  let prev = tagOf(out[out.length - 1], START[0]);
  let prev2 = tagOf(out[out.length - 2], out.length > 0 ? START[0] : START[1]);
  for (let i = out.length; i < Math.min(upTo, tokens.length); i++) {
    const k = best(model, featuresAt(views, i, prev, prev2), scores);
    out.push(k);
    prev2 = prev;
    prev = model.tags[k] ?? NO_TAG;
  }
  lastScores?.set(scores);
  return out;
}

/** The score of every tag for token `i`, given the tags (indices) of the tokens before it. */
export function scoresAt(
  model: PosModel,
  tokens: readonly PosToken[],
  i: number,
  before: readonly number[],
): Float64Array {
  const views = tokenViews(tokens.slice(0, i + 3), knownTo(model));
  const prev = i > 0 ? (model.tags[before[i - 1] as number] ?? NO_TAG) : START[0];
  const prev2 = i > 1 ? (model.tags[before[i - 2] as number] ?? NO_TAG) : i > 0 ? START[0] : START[1];
  const scores = new Float64Array(model.tags.length);
  best(model, featuresAt(views, i, prev, prev2), scores);
  return scores;
}

export function tagSentence(model: PosModel, tokens: readonly PosToken[]): string[] {
  return tagIndices(model, tokens).map((k) => model.tags[k] ?? NO_TAG);
}

/** Opens the line of the tag set, as "[class]" opens a section of the other data files. */
const TAGS_MARK = '[tags] ';

/** Weights are written as integers in hundredths. */
const WEIGHT_SCALE = 100;

const DIGIT_0 = 48;
const MINUS = 45;
const COLON = 58;

/** The "tagIndex:weight" pairs of a line from `from`, read digit by digit: the model is read at every start. */
function readWeights(line: string, from: number, size: number): Float32Array {
  const vector = new Float32Array(size);
  let index = 0;
  let value = 0;
  let negative = false;
  let inValue = false;
  for (let c = from; c <= line.length; c++) {
    const code = c < line.length ? line.charCodeAt(c) : 32;
    if (code === COLON) inValue = true;
    else if (code === MINUS) negative = true;
    else if (code >= DIGIT_0 && code <= DIGIT_0 + 9) {
      if (inValue) value = value * 10 + (code - DIGIT_0);
      else index = index * 10 + (code - DIGIT_0);
    } else {
      if (inValue && index < size) vector[index] = (negative ? -value : value) / WEIGHT_SCALE;
      index = 0;
      value = 0;
      negative = false;
      inValue = false;
    }
  }
  return vector;
}

/**
 * The model file: a header line ("# …", where it comes from), any further "#" lines, a line "[tags] T1 T2 …",
 * then one line per feature: the feature, a tab, and "tagIndex:weight" pairs separated by spaces.
 */
export function parseModel(text: string): PosModel {
  let tags: string[] | null = null;
  const weights = new Map<string, Float32Array>();
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end);
    at = end + 1;
    if (line === '' || line.startsWith('#')) continue;
    if (tags === null) {
      if (!line.startsWith(TAGS_MARK)) throw new Error('part-of-speech model: the first data line must list the tags');
      tags = line.slice(TAGS_MARK.length).split(' ');
      continue;
    }
    const tab = line.indexOf('\t');
    if (tab < 0) throw new Error(`part-of-speech model: no tab in "${line.slice(0, 40)}"`);
    weights.set(line.slice(0, tab), readWeights(line, tab + 1, tags.length));
  }
  if (tags === null) throw new Error('part-of-speech model: no tags line');
  return { tags, weights };
}

/** Writes a model, leaving out every weight under `minWeight` in magnitude and every feature left with none. */
export function serializeModel(model: PosModel, header: readonly string[], minWeight: number): string {
  const lines = [...header.map((h) => `# ${h}`), `${TAGS_MARK}${model.tags.join(' ')}`];
  for (const [feature, vector] of [...model.weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (feature.includes('\t') || feature.includes('\n')) continue;
    const pairs: string[] = [];
    vector.forEach((w, k) => {
      const scaled = Math.round(w * WEIGHT_SCALE);
      if (Math.abs(w) >= minWeight && scaled !== 0) pairs.push(`${k}:${scaled}`);
    });
    if (pairs.length > 0) lines.push(`${feature}\t${pairs.join(' ')}`);
  }
  return `${lines.join('\n')}\n`;
}

const MODELS = new Map<string, PosModel | null>();

/** The model of a language, read once; null when the language has none. */
export function posModel(lang: string): PosModel | null {
  let model = MODELS.get(lang);
  if (model === undefined) {
    const file = path.join(LEXICON_DIR, lang, POS_MODEL_FILE);
    model = existsSync(file) ? parseModel(readFileSync(file, 'utf8')) : null;
    MODELS.set(lang, model);
  }
  return model;
}
