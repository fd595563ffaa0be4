// Trains the part-of-speech tagger of posTagger.ts from CoNLL-U treebanks, and scores it.
// Deterministic: the sentences are visited in an order drawn from a fixed seed, for a fixed number of
// passes, so the same treebanks always give the same model.
//
// The extractor sees surface tokens, not the treebanks' syntactic words: a contraction the treebank
// splits under a range line ("1-2 della" = "di" + "la"; "ridurlo" = "ridurre" + "lo") is one token here,
// with the range line's form and the tag of its first word ("della" ADP, "ridurlo" VERB). Empty nodes
// ("1.1") are not in the text and are skipped.
import { seededRandom } from '../../contract/seededRandom.ts';
import { featuresAt, lowerForm, tagIndices, tokenViews, type PosModel, type PosToken } from './posTagger.ts';

export interface TaggedSentence {
  tokens: PosToken[];
  tags: string[];
}

/**
 * Punctuation after which a word opens a clause whose capital says nothing: an opening quote, a colon, a dash.
 * Characters, not words: the same marks the segmenter treats so.
 */
const OPENERS = new Set(['«', '“', '„', '"', ':', '–', '—']);

/** The sentences of a CoNLL-U file as surface tokens with one tag each (see the header for contractions). */
export function readConllu(text: string): TaggedSentence[] {
  const sentences: TaggedSentence[] = [];
  let forms: string[] = [];
  let tags: string[] = [];
  /** Last syntactic word id a range line covers, while inside it. */
  let rangeEnd = 0;
  let rangeTagged = false;
  const close = (): void => {
    if (forms.length > 0)
      sentences.push({
        tokens: forms.map((text, i) => ({ text, initial: i === 0 || OPENERS.has(forms[i - 1] as string) })),
        tags,
      });
    forms = [];
    tags = [];
    rangeEnd = 0;
  };
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line === '') {
      close();
      continue;
    }
    if (line.startsWith('#')) continue;
    const cols = line.split('\t');
    const id = cols[0] ?? '';
    if (id.includes('.')) continue;
    const dash = id.indexOf('-');
    if (dash >= 0) {
      forms.push(cols[1] ?? '');
      rangeEnd = Number(id.slice(dash + 1));
      rangeTagged = false;
      continue;
    }
    const n = Number(id);
    if (n <= rangeEnd) {
      if (!rangeTagged) tags.push(cols[3] ?? '');
      rangeTagged = true;
      continue;
    }
    forms.push(cols[1] ?? '');
    tags.push(cols[3] ?? '');
  }
  close();
  return sentences;
}

/** Words seen this often or less are trained as unknown words (posTagger.ts, UNKNOWN_WORD). */
const RARE = 1;

export interface TrainOptions {
  iterations: number;
  seed: number;
}

/**
 * Averaged perceptron: after each wrong guess the gold tag's weights go up by one and the guess's down by
 * one; the model keeps each weight's average over every step, which generalizes better than the last value.
 */
/**
 * A sentence's clauses as sentences of their own: from the second token on and from every token after
 * a punctuation mark, with its first letter capitalized. A capital at an opening says nothing of a word,
 * and a treebank opens few sentences on a rare word: these copies show the tagger rare words of every
 * class (names above all) at an opening, where the extractor asks it about them.
 */
export function openingCopies(sentence: TaggedSentence): TaggedSentence[] {
  const copies: TaggedSentence[] = [];
  const { tokens, tags } = sentence;
  for (let k = 1; k < tokens.length - 1; k++) {
    const prev = tokens[k - 1] as PosToken;
    if (k > 1 && /\p{L}|\p{N}/u.test(prev.text)) continue;
    const first = tokens[k] as PosToken;
    if (!/^\p{L}/u.test(first.text)) continue;
    const text = first.text.charAt(0).toUpperCase() + first.text.slice(1);
    copies.push({
      tokens: [{ text, initial: true }, ...tokens.slice(k + 1)],
      tags: tags.slice(k),
    });
  }
  return copies;
}

export function trainTagger(sentences: readonly TaggedSentence[], options: TrainOptions): PosModel {
  const tags = [...new Set(sentences.flatMap((s) => s.tags))].sort();
  const index = new Map(tags.map((t, k) => [t, k]));
  const n = tags.length;
  const weights = new Map<string, Float64Array>();
  /** Per feature: the sum of each weight over the steps so far, and the step each was last changed. */
  const totals = new Map<string, Float64Array>();
  const stamps = new Map<string, Float64Array>();
  let step = 0;
  const update = (feature: string, k: number, delta: number): void => {
    let w = weights.get(feature);
    let total = totals.get(feature);
    let stamp = stamps.get(feature);
    if (w === undefined || total === undefined || stamp === undefined) {
      w = new Float64Array(n);
      total = new Float64Array(n);
      stamp = new Float64Array(n);
      weights.set(feature, w);
      totals.set(feature, total);
      stamps.set(feature, stamp);
    }
    total[k] = (total[k] as number) + (step - (stamp[k] as number)) * (w[k] as number);
    stamp[k] = step;
    w[k] = (w[k] as number) + delta;
  };
  const scores = new Float64Array(n);
  const predict = (features: readonly string[]): number => {
    scores.fill(0);
    for (const f of features) {
      const w = weights.get(f);
      if (w === undefined) continue;
      for (let k = 0; k < n; k++) scores[k] = (scores[k] as number) + (w[k] as number);
    }
    let top = 0;
    for (let k = 1; k < n; k++) if ((scores[k] as number) > (scores[top] as number)) top = k;
    return top;
  };
  const counts = new Map<string, number>();
  for (const s of sentences)
    for (const t of s.tokens) counts.set(lowerForm(t.text), (counts.get(lowerForm(t.text)) ?? 0) + 1);
  const known = (lower: string): boolean => (counts.get(lower) ?? 0) > RARE;
  const random = seededRandom(options.seed);
  const order = sentences.map((_, i) => i);
  for (let pass = 0; pass < options.iterations; pass++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const s of order) {
      const sentence = sentences[s] as TaggedSentence;
      const views = tokenViews(sentence.tokens, known);
      let prev = '-start-';
      let prev2 = '-start2-';
      for (let i = 0; i < views.length; i++) {
        const features = featuresAt(views, i, prev, prev2);
        const guess = predict(features);
        const gold = index.get(sentence.tags[i] as string) as number;
        step++;
        if (guess !== gold)
          for (const f of features) {
            update(f, gold, 1);
            update(f, guess, -1);
          }
        prev2 = prev;
        // Trained on its own guesses, as it will tag: the features of the next word see what it predicted.
        prev = tags[guess] as string;
      }
    }
  }
  const averaged = new Map<string, Float32Array>();
  for (const [feature, w] of weights) {
    const total = totals.get(feature) as Float64Array;
    const stamp = stamps.get(feature) as Float64Array;
    const avg = new Float32Array(n);
    for (let k = 0; k < n; k++)
      avg[k] = ((total[k] as number) + (step - (stamp[k] as number)) * (w[k] as number)) / step;
    averaged.set(feature, avg);
  }
  return { tags, weights: averaged };
}

export interface TagScore {
  tokens: number;
  correct: number;
  /** Proper nouns: tagged PROPN and right, tagged PROPN, PROPN in the gold. */
  propn: { hit: number; predicted: number; gold: number };
  /** Capitalized tokens opening a sentence or a quote, where the capital says nothing: are they told apart from names? */
  initialCapitals: { tokens: number; nameRight: number };
}

const PROPER = 'PROPN';

function capitalized(text: string): boolean {
  const first = text.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

export function scoreTagger(model: PosModel, sentences: readonly TaggedSentence[]): TagScore {
  const score: TagScore = {
    tokens: 0,
    correct: 0,
    propn: { hit: 0, predicted: 0, gold: 0 },
    initialCapitals: { tokens: 0, nameRight: 0 },
  };
  for (const s of sentences) {
    const predicted = tagIndices(model, s.tokens).map((k) => model.tags[k] as string);
    s.tags.forEach((gold, i) => {
      const guess = predicted[i] as string;
      const token = s.tokens[i] as PosToken;
      score.tokens++;
      if (guess === gold) score.correct++;
      if (guess === PROPER) score.propn.predicted++;
      if (gold === PROPER) score.propn.gold++;
      if (guess === PROPER && gold === PROPER) score.propn.hit++;
      if (token.initial && capitalized(token.text)) {
        score.initialCapitals.tokens++;
        if ((guess === PROPER) === (gold === PROPER)) score.initialCapitals.nameRight++;
      }
    });
  }
  return score;
}
