// The speech act of a statement: what saying it did (a denial, an accusation, a promise …),
// read from its reporting expression and, for a plain "ha detto", from its words. Each
// reading names the rule that made it; the id goes at the end of the statement's trace.
import type { SpeechAct } from '../../contract/graph.ts';
import type { CueClass, Lexicon } from './lexicon.ts';
import { LEXICON, wordClass, phraseWords } from './lexicon.ts';

export interface ActReading {
  act: SpeechAct;
  rule: string;
}

const CLASS_ACTS: Record<CueClass, SpeechAct> = {
  say: 'claim',
  deny: 'denial',
  accuse: 'accusation',
  ask: 'request',
  announce: 'announcement',
};

/** Words that negate the reporting verb written before it: "non ha smentito", "did not deny". */
const NEGATIONS = new Set(wordClass('acts', 'negations'));

function holds(words: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= words.length; i++) if (phrase.every((w, k) => words[i + k] === w)) return true;
  return false;
}

/** The reporting expression is negated: a negation is its first word or the word right before it in the sentence. */
function negated(cue: string, sentence: string): boolean {
  const cueWords = phraseWords(cue);
  if (cueWords.some((w) => NEGATIONS.has(w))) return true;
  const at = sentence.indexOf(cue);
  if (at < 0) return false;
  const before = phraseWords(sentence.slice(Math.max(0, at - 20), at));
  return NEGATIONS.has(before[before.length - 1] ?? '');
}

/**
 * The act of a statement with reporting expression `cue` (null when none is written: a
 * headline "X: «…»", a follow-on quote), words `quote`, in `sentence`, found by the rules in `trace`.
 */
export function speechAct(
  statement: { cue: string | null; quote: string; sentence: string; trace: readonly string[] },
  lex: Lexicon = LEXICON,
): ActReading {
  // The rules that read a denial's or an accusation's object already say what it is.
  if (statement.trace.includes('statement.denial-object')) return { act: 'denial', rule: 'act.denial-object' };
  if (statement.trace.includes('statement.accusation-of')) return { act: 'accusation', rule: 'act.accusation-object' };
  const cueWords = statement.cue === null ? [] : phraseWords(statement.cue);
  let fromCue: SpeechAct | null = null;
  // The last word of the expression that has an act: "ha voluto ribadire" → ribadire, "la replica di" → replica.
  for (let k = cueWords.length - 1; k >= 0 && fromCue === null; k--) {
    const word = cueWords[k] as string;
    const listed = lex.speechActs.get(word);
    const cls = lex.speechCues.get(word) ?? lex.speechInfinitives.get(word);
    fromCue = listed ?? (cls === undefined ? null : CLASS_ACTS[cls]);
  }
  if (fromCue !== null && fromCue !== 'claim' && statement.cue !== null && negated(statement.cue, statement.sentence))
    return { act: 'other', rule: 'act.negated-cue' };
  if (fromCue === null || fromCue === 'claim') {
    const words = phraseWords(statement.quote);
    if (lex.denialPhrases.some((phrase) => holds(words, phrase))) return { act: 'denial', rule: 'act.denial-in-words' };
  }
  if (fromCue !== null) return { act: fromCue, rule: 'act.from-cue' };
  return { act: 'claim', rule: 'act.plain-claim' };
}
