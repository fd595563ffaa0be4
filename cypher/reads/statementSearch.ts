// Finding statements by what they say (words of the quote) and by what they are (kind, cue).
// Written over `run` like the other reads, so both engines answer the same. The quote is folded
// inside the query (search/statements.cypher) with the pairs below, derived from foldText,
// so the query and the quote fold alike: case, accents, apostrophes and dashes.

import type { StatementView } from '../../contract/api.ts';
import { SPEECH_ACTS, STATEMENT_KINDS, type SpeechAct, type StatementKind } from '../../contract/graph.ts';
import { statementView, type Run } from './decode.ts';
import { foldText } from '../text.ts';

/** Most statements one search returns. */
export const MAX_STATEMENT_HITS = 200;

export interface StatementSearch {
  /** Words of the quote, as typed; empty: any quote (the filters alone). */
  text: string;
  /** Kinds kept; empty or absent: every kind. */
  kinds?: readonly StatementKind[];
  /** Speech acts kept (a statement stored without one is a claim); empty or absent: every act. */
  acts?: readonly SpeechAct[];
  /** The cue ("ha detto"), compared folded; absent: any cue. */
  cue?: string;
  limit: number;
}

export interface StatementHits {
  statements: StatementView[];
  /** More statements matched than `limit`. */
  truncated: boolean;
}

/** Where the characters whose folded form differs from their lower case lie: Latin letters with marks, apostrophes, dashes. */
const FOLDED_RANGES: readonly [number, number][] = [
  [0x00c0, 0x024f],
  [0x02bc, 0x02bc],
  [0x0060, 0x0060],
  [0x00b4, 0x00b4],
  [0x2010, 0x2019],
];

/** White space other than the plain space, which foldText turns into one space. */
const SPACES = ['\t', '\n', '\r', '\u00a0'];

function buildFolds(): [string, string][] {
  const folds: [string, string][] = SPACES.map((space) => [space, ' ']);
  for (const [from, to] of FOLDED_RANGES) {
    for (let code = from; code <= to; code++) {
      const char = String.fromCodePoint(code);
      const lower = char.toLowerCase();
      const folded = foldText(char);
      // Upper-case letters reach the replacements already lower-cased by toLower().
      if (lower !== char || folded === lower || [...lower].length !== 1) continue;
      folds.push([lower, folded]);
    }
  }
  return folds;
}

/** The [from, to] replacements the query applies after toLower(), in code point order. */
export const QUOTE_FOLDS: readonly [string, string][] = buildFolds();

export async function searchStatements(run: Run, search: StatementSearch): Promise<StatementHits> {
  const contains = foldText(search.text);
  const kinds = [...new Set(search.kinds ?? [])].filter((kind) => STATEMENT_KINDS.includes(kind));
  const acts = [...new Set(search.acts ?? [])].filter((act) => SPEECH_ACTS.includes(act));
  const cue = search.cue === undefined ? '' : foldText(search.cue);
  const limit = Math.max(1, Math.min(Math.trunc(search.limit), MAX_STATEMENT_HITS));
  const rows = await run('search/statements', {
    contains: contains || null,
    kinds: kinds.length ? kinds : null,
    acts: acts.length ? acts : null,
    cue: cue || null,
    folds: QUOTE_FOLDS.map(([from, to]) => [from, to]),
    limit: limit + 1,
  });
  return { statements: rows.slice(0, limit).map(statementView), truncated: rows.length > limit };
}
