// Phrases (runs of word keys a model lists) found in a token run or a run of word keys. A list is indexed once, by the
// first and the last word of its phrases, so a word is compared only with the phrases it can open or close, never with
// the whole list.
import type { Token } from './segment.ts';

export type PhraseList = readonly (readonly string[])[];

/**
 * The phrases of a list that a word can open (or close), in list order. A list holding an empty phrase is not
 * indexed: every token is compared with all of it.
 */
interface PhraseIndex {
  byFirst: Map<string, PhraseList>;
  byLast: Map<string, PhraseList>;
  whole: boolean;
}
const PHRASE_INDEXES = new WeakMap<PhraseList, PhraseIndex>();
const NO_PHRASES: PhraseList = [];

function phraseIndex(phrases: PhraseList): PhraseIndex {
  let index = PHRASE_INDEXES.get(phrases);
  if (index === undefined) {
    const byFirst = new Map<string, (readonly string[])[]>();
    const byLast = new Map<string, (readonly string[])[]>();
    const add = (map: Map<string, (readonly string[])[]>, word: string, phrase: readonly string[]) => {
      const list = map.get(word);
      if (list) list.push(phrase);
      else map.set(word, [phrase]);
    };
    for (const phrase of phrases) {
      if (phrase.length === 0) continue;
      add(byFirst, phrase[0] as string, phrase);
      add(byLast, phrase[phrase.length - 1] as string, phrase);
    }
    index = { byFirst, byLast, whole: phrases.some((phrase) => phrase.length === 0) };
    PHRASE_INDEXES.set(phrases, index);
  }
  return index;
}

/** The phrases of `phrases` whose first word is `key`, in list order. */
export function phrasesOpenedBy(phrases: PhraseList, key: string | undefined): PhraseList {
  const index = phraseIndex(phrases);
  if (index.whole) return phrases;
  return (key === undefined ? undefined : index.byFirst.get(key)) ?? NO_PHRASES;
}

/** The phrases of `phrases` whose last word is `key`, in list order. */
export function phrasesClosedBy(phrases: PhraseList, key: string | undefined): PhraseList {
  const index = phraseIndex(phrases);
  if (index.whole) return phrases;
  return (key === undefined ? undefined : index.byLast.get(key)) ?? NO_PHRASES;
}

/**
 * Length of the first phrase among `phrases` (in list order) that the tokens from `k` on spell, 0 for none. With
 * `admits`, a token it refuses spells no word: a stage that reads a phrase only in one sentence, or only in words
 * written small, says so there.
 */
export function phraseAt(
  tokens: readonly Token[],
  k: number,
  phrases: PhraseList,
  admits?: (t: Token) => boolean,
): number {
  for (const phrase of phrasesOpenedBy(phrases, tokens[k]?.key)) {
    let n = 0;
    for (; n < phrase.length; n++) {
      const t = tokens[k + n];
      if (t === undefined || t.key !== phrase[n] || (admits !== undefined && !admits(t))) break;
    }
    if (n === phrase.length) return phrase.length;
  }
  return 0;
}
