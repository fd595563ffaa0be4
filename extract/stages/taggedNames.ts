// Part-of-speech evidence for mention detection: a capitalized word the lexicons do not know is a name
// only when the tagger agrees. A word opening a sentence, a quote or a clause after a colon is capitalized
// whatever it is ("Penso che…", "Ridurlo sarebbe…", "Entrambi hanno…"): tagged as a verb, a pronoun,
// an adjective… it opens no name. Sentences are tagged lazily, and only as far as a question needs:
// the tagger is greedy, so the tags of a prefix do not depend on what follows it beyond two words.
import { posModel, scoresAt, tagIndices, type PosModel, type PosToken } from '../engine/posTagger.ts';
import type { Segmentation } from '../engine/segment.ts';

/**
 * Tags of word classes that never make a name by themselves (Universal Dependencies UPOS). Common nouns
 * (NOUN) are left out: "Governo", "Procura", "Lavoratori" open names and headlines alike, and vetoing them
 * too lost names on KIND train (PER recall 84.5% → 84.4%) without removing one counted error.
 */
const NOT_NAME_TAGS = new Set(['VERB', 'AUX', 'ADJ', 'ADV', 'PRON', 'DET', 'NUM', 'CCONJ', 'SCONJ', 'ADP', 'INTJ']);

const PROPER_NOUN = 'PROPN';

/**
 * How far the tag must beat a proper noun (in perceptron score units) to veto a name: on the opening words
 * of KIND train that no lexicon knows, a veto by less hit almost as many names as common words (the tagger
 * takes an unseen surname for an adjective by its ending); by more, one name in ten.
 */
const MARGIN = 10;

/** The words after a token its tag may depend on (the features read two words ahead). */
const LOOKAHEAD = 2;

export interface SentenceTags {
  /** The tag of token `i`, or null where the document's language has no tagger. */
  tagAt(i: number): string | null;
  /** How far token `i`'s best tag outscores tag `other` (0 when `other` is its best). */
  marginOver(i: number, other: string): number;
}

/** Tags of the sentences of one document, computed on demand; null when its language has no model. */
export function sentenceTags(seg: Segmentation, language: string | null | undefined): SentenceTags | null {
  const model = language ? posModel(language) : null;
  if (model === null) return null;
  return new LazyTags(seg, model);
}

interface Tagged {
  words: PosToken[];
  tags: number[];
  /** The scores of the last token tagged: the one asked about, whose margin is asked next. */
  lastScores: Float64Array;
}

class LazyTags implements SentenceTags {
  /** Per sentence: its first tokens and their tags, as many as asked for so far. */
  private readonly done = new Map<number, Tagged>();

  constructor(
    private readonly seg: Segmentation,
    private readonly model: PosModel,
  ) {}

  private tagged(i: number): { tagged: Tagged; at: number } | null {
    const token = this.seg.tokens[i];
    if (token === undefined) return null;
    const sentence = this.seg.sentences[token.sentence];
    if (sentence === undefined) return null;
    const at = i - sentence.first;
    let tagged = this.done.get(token.sentence);
    if (tagged === undefined || tagged.tags.length <= at) {
      const end = Math.min(sentence.last, i + 1 + LOOKAHEAD);
      const words: PosToken[] = [];
      for (let k = sentence.first; k < end; k++) {
        const t = this.seg.tokens[k];
        if (t !== undefined) words.push({ text: t.text, initial: t.initial });
      }
      const lastScores = new Float64Array(this.model.tags.length);
      tagged = { words, tags: tagIndices(this.model, words, at + 1, lastScores, tagged?.tags), lastScores };
      this.done.set(token.sentence, tagged);
    }
    return { tagged, at };
  }

  tagAt(i: number): string | null {
    const found = this.tagged(i);
    const k = found?.tagged.tags[found.at];
    return k === undefined ? null : (this.model.tags[k] ?? null);
  }

  marginOver(i: number, other: string): number {
    const found = this.tagged(i);
    const o = this.model.tags.indexOf(other);
    if (found === null || o < 0) return 0;
    const scores =
      found.at === found.tagged.tags.length - 1
        ? found.tagged.lastScores
        : scoresAt(this.model, found.tagged.words, found.at, found.tagged.tags);
    return Math.max(...scores) - (scores[o] as number);
  }
}

/**
 * The tagger says token `i` is a word of a class that makes no name (a verb, a pronoun, an adjective…),
 * by a margin over a proper noun: names it has never seen it may take for anything.
 */
export function taggedNotName(tags: SentenceTags | null, i: number): boolean {
  const tag = tags?.tagAt(i);
  if (tags === null || tag === null || tag === undefined || !NOT_NAME_TAGS.has(tag)) return false;
  return tags.marginOver(i, PROPER_NOUN) >= MARGIN;
}

/** The tagger says token `i` is a proper noun. */
export function taggedProperNoun(tags: SentenceTags | null, i: number): boolean {
  return tags?.tagAt(i) === PROPER_NOUN;
}
