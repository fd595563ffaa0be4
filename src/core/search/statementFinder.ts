// The statements finder: which statements the user is looking for, by words of the quote,
// kind, speech act and cue. Part of the view state (and so of the URL); an empty finder lists every
// statement, newest first.
import { SPEECH_ACTS, type SpeechAct, type StatementKind } from '../../../contract/graph.ts';
import { STATEMENT_KIND_LABELS } from '../../consts.ts';

export interface StatementFinder {
  /** Words of the quote; empty: any quote. */
  text: string;
  /** Kinds kept, in STATEMENT_KINDS order; empty: every kind. */
  kinds: StatementKind[];
  /** Speech acts kept, in SPEECH_ACTS order; empty: every act (one stored without an act counts as a claim). */
  acts: SpeechAct[];
  /** The cue ("ha detto"); empty: any cue. */
  cue: string;
}

export const STATEMENT_KINDS_SHOWN = Object.keys(STATEMENT_KIND_LABELS) as StatementKind[];

export const EMPTY_FINDER: StatementFinder = { text: '', kinds: [], acts: [], cue: '' };

export function isStatementKind(value: string): value is StatementKind {
  return (STATEMENT_KINDS_SHOWN as readonly string[]).includes(value);
}

/** The kinds with `kind` switched on or off, in their canonical order. */
export function toggleKind(kinds: readonly StatementKind[], kind: StatementKind): StatementKind[] {
  const next = new Set(kinds);
  if (next.has(kind)) next.delete(kind);
  else next.add(kind);
  return STATEMENT_KINDS_SHOWN.filter((k) => next.has(k));
}

export function isSpeechAct(value: string): value is SpeechAct {
  return (SPEECH_ACTS as readonly string[]).includes(value);
}

/** The acts with `act` switched on or off, in their canonical order. */
export function toggleAct(acts: readonly SpeechAct[], act: SpeechAct): SpeechAct[] {
  const next = new Set(acts);
  if (next.has(act)) next.delete(act);
  else next.add(act);
  return SPEECH_ACTS.filter((a) => next.has(a));
}
