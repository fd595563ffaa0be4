// Finding statements by what they say (words of the quote or its sentence) and by what they
// are (kind, act, cue, speaker, date), sorted and paged in the store: a page and the total,
// never the whole corpus. Written over `run` like the other reads, so both engines answer the
// same. Text is folded inside the query (search/statements.cypher) with the pairs below,
// derived from foldText, so the query and the quote fold alike: case, accents, apostrophes
// and dashes. The server answers the table and the finder from its statements index
// (server/statementIndex.ts), which folds with the same pairs and must answer as this does;
// this query answers when a write comes in between.

import {
  MAX_STATEMENT_SEARCH_LIMIT,
  type StatementSearchFilter,
  type StatementSearchPage,
  type StatementSearchRequest,
} from '../../contract/statementTable.ts';
import type { StatementView } from '../../contract/api.ts';
import { SPEECH_ACTS, STATEMENT_KINDS } from '../../contract/graph.ts';
import { TWO_LEVEL_SUFFIXES } from '../../contract/outlet.ts';
import { statementView, type Run } from './decode.ts';
import { foldText } from '../text.ts';

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

/**
 * Text that folding only lower-cases: printable ASCII, which has no letter with a mark, no
 * typographic apostrophe or dash and no white space but the plain space. The queries fold
 * such text with toLower() alone, a replace per pair of QUOTE_FOLDS being their costliest step.
 */
export const PLAIN_TEXT = '[ -~]*';

/**
 * The pairs the sort keys fold with: the letters with marks of Latin-1 (à … ÿ), which hold
 * the accents of Italian, French, Spanish, Portuguese and German. A sort key is folded for
 * every row, so the rarer letters (ł, š, ő …) are left as they are, and sort after z.
 */
export const SORT_FOLDS: readonly [string, string][] = QUOTE_FOLDS.filter(
  ([from]) => from >= '\u00e0' && from <= '\u00ff',
);

/** The parameters search/statements and search/statements-count share: the filters, folded. */
function filterParams(search: StatementSearchFilter): Record<string, unknown> {
  const contains = foldText(search.text);
  const kinds = STATEMENT_KINDS.filter((kind) => search.kinds.includes(kind));
  const acts = SPEECH_ACTS.filter((act) => search.acts.includes(act));
  const cue = search.cue === undefined ? '' : foldText(search.cue);
  return {
    contains: contains || null,
    inSentence: search.within === 'sentence',
    kinds: kinds.length ? kinds : null,
    acts: acts.length ? acts : null,
    cue: cue || null,
    speaker: search.speaker ?? null,
    from: search.from ?? null,
    // A partial date ends after every longer date it begins ("2025-03" keeps "2025-03-31").
    toBefore: search.to === undefined ? null : `${search.to}\uffff`,
    folds: QUOTE_FOLDS.map(([from, to]) => [from, to]),
    plain: PLAIN_TEXT,
  };
}

/** `limit` statements matching the filters from `offset` on, in the asked order (no count). */
async function statementsPage(
  run: Run,
  search: StatementSearchFilter,
  offset: number,
  limit: number,
): Promise<StatementView[]> {
  const rows = await run('search/statements', {
    ...filterParams(search),
    sort: search.sort,
    descending: search.dir === 'desc',
    sortFolds: SORT_FOLDS.map(([from, to]) => [from, to]),
    twoLevelSuffixes: [...TWO_LEVEL_SUFFIXES].map((suffix) => `.${suffix}`),
    skip: Math.max(0, Math.trunc(offset)),
    limit: Math.max(1, Math.trunc(limit)),
  });
  return rows.map(statementView);
}

/** One page of the statements matching the filters, in the asked order, with how many match in all. */
export async function searchStatements(run: Run, search: StatementSearchRequest): Promise<StatementSearchPage> {
  const offset = Math.max(0, Math.trunc(search.offset));
  const limit = Math.max(1, Math.min(Math.trunc(search.limit), MAX_STATEMENT_SEARCH_LIMIT));
  const [statements, counted] = await Promise.all([
    statementsPage(run, search, offset, limit),
    run('search/statements-count', filterParams(search)),
  ]);
  const total = Number(counted[0]?.total ?? 0);
  return { statements, total, offset, truncated: offset + statements.length < total };
}
