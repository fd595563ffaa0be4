// The speech act of a statement: what saying it did (a denial, an accusation, a promise …),
// read from its reporting expression and, for a plain "ha detto", from its words. Each
// reading names the rule that made it; the id goes at the end of the statement's trace.
import type { SpeechAct } from '../../contract/graph.ts';
import type { CueClass, Lexicon } from '../lang/lexicon.ts';
import { classOf, LEXICON, perModel, phraseWords } from '../lang/lexicon.ts';
import { phrasesOpenedBy, type PhraseList } from '../engine/phrases.ts';

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

/** Whether `words` hold one of `phrases`, word for word; an empty phrase is held by any words. */
function holdsAny(words: readonly string[], phrases: PhraseList): boolean {
  for (let i = 0; i < words.length; i++)
    for (const phrase of phrasesOpenedBy(phrases, words[i]))
      if (i + phrase.length <= words.length && phrase.every((w, n) => words[i + n] === w)) return true;
  return phrases.some((phrase) => phrase.length === 0);
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
