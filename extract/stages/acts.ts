// The speech act of a statement: what saying it did (a denial, an accusation, a promise …),
// read from its reporting expression and, for a plain "ha detto", from its words. Each
// reading names the rule that made it; the id goes at the end of the statement's trace.
import type { SpeechAct } from '../../contract/graph.ts';
import type { CueClass, Lexicon } from '../lang/lexicon.ts';
import { classOf, LEXICON, perModel, phraseWords } from '../lang/lexicon.ts';

export interface ActReading {
  act: SpeechAct;
  rule: string;
}

/** The acts that the rule reading a statement's object already tells: a denial of the charges, an accusation of a deed. */
export type ObjectAct = Extract<SpeechAct, 'denial' | 'accusation'>;

const OBJECT_ACT_RULES: Record<ObjectAct, string> = {
  denial: 'act.denial-object',
  accusation: 'act.accusation-object',
};

const CLASS_ACTS: Record<CueClass, SpeechAct> = {
  say: 'claim',
  deny: 'denial',
  accuse: 'accusation',
  ask: 'request',
  announce: 'announcement',
};

/** Words that negate the reporting verb written before it, in the document's model: "non ha smentito", "did not deny". */
const negations = perModel((lex) => new Set(classOf(lex, 'acts', 'negations')));

/** Phrases by their first word, so each word of a statement is compared only with the phrases it can open. */
interface PhraseIndex {
  byFirst: Map<string, (readonly string[])[]>;
  /** An empty phrase is held by any list of words. */
  empty: boolean;
}
const PHRASE_INDEXES = new WeakMap<readonly (readonly string[])[], PhraseIndex>();

function phraseIndex(phrases: readonly (readonly string[])[]): PhraseIndex {
  let index = PHRASE_INDEXES.get(phrases);
  if (index === undefined) {
    index = { byFirst: new Map(), empty: false };
    for (const phrase of phrases) {
      const first = phrase[0];
      if (first === undefined) {
        index.empty = true;
        continue;
      }
      const list = index.byFirst.get(first);
      if (list) list.push(phrase);
      else index.byFirst.set(first, [phrase]);
    }
    PHRASE_INDEXES.set(phrases, index);
  }
  return index;
}

/** Whether `words` hold one of `phrases`, word for word. */
function holdsAny(words: readonly string[], phrases: readonly (readonly string[])[]): boolean {
  const index = phraseIndex(phrases);
  if (index.empty) return true;
  for (let i = 0; i < words.length; i++) {
    const candidates = index.byFirst.get(words[i] as string);
    if (candidates === undefined) continue;
    for (const phrase of candidates) {
      if (i + phrase.length > words.length) continue;
      let k = 1;
      while (k < phrase.length && words[i + k] === phrase[k]) k++;
      if (k === phrase.length) return true;
    }
  }
  return false;
}

/** The reporting expression is negated: a negation is its first word or the word right before it in the sentence. */
function negated(cue: string, sentence: string, lex: Lexicon): boolean {
  const NEGATIONS = negations(lex);
  const cueWords = phraseWords(cue);
  if (cueWords.some((w) => NEGATIONS.has(w))) return true;
  const at = sentence.indexOf(cue);
  if (at < 0) return false;
  const before = phraseWords(sentence.slice(Math.max(0, at - 20), at));
  return NEGATIONS.has(before[before.length - 1] ?? '');
}

/**
 * The act of a statement with reporting expression `cue` (null when none is written: a
 * headline "X: «…»", a follow-on quote), words `quote`, in `sentence`; `objectAct` is the act the rule that
 * read its object found, null where none did.
 */
export function speechAct(
  statement: { cue: string | null; quote: string; sentence: string; objectAct: ObjectAct | null },
  lex: Lexicon = LEXICON,
): ActReading {
  if (statement.objectAct !== null) return { act: statement.objectAct, rule: OBJECT_ACT_RULES[statement.objectAct] };
  const cueWords = statement.cue === null ? [] : phraseWords(statement.cue);
  let fromCue: SpeechAct | null = null;
  // The last word of the expression that has an act: "ha voluto ribadire" → ribadire, "la replica di" → replica.
  for (let k = cueWords.length - 1; k >= 0 && fromCue === null; k--) {
    const word = cueWords[k] as string;
    const listed = lex.speechActs.get(word);
    const cls = lex.speechCues.get(word) ?? lex.speechInfinitives.get(word);
    fromCue = listed ?? (cls === undefined ? null : CLASS_ACTS[cls]);
  }
  if (
    fromCue !== null &&
    fromCue !== 'claim' &&
    statement.cue !== null &&
    negated(statement.cue, statement.sentence, lex)
  )
    return { act: 'other', rule: 'act.negated-cue' };
  if (fromCue === null || fromCue === 'claim') {
    const words = phraseWords(statement.quote);
    if (holdsAny(words, lex.denialPhrases)) return { act: 'denial', rule: 'act.denial-in-words' };
  }
  if (fromCue !== null) return { act: fromCue, rule: 'act.from-cue' };
  return { act: 'claim', rule: 'act.plain-claim' };
}
