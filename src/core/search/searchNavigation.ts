// Keyboard navigation of the search results list, as a pure reducer:
// ArrowDown/ArrowUp move (wrapping), Enter chooses, Escape closes then clears.

export interface SearchNavState<Result> {
  query: string;
  results: Result[];
  /** Index of the highlighted result, -1 for none. */
  active: number;
  open: boolean;
}

export const INITIAL_SEARCH: SearchNavState<never> = { query: '', results: [], active: -1, open: false };

export type SearchEffect<Result> = { type: 'choose'; hit: Result } | { type: 'none' };

export function searchKey<Result>(
  state: SearchNavState<Result>,
  key: string,
): { state: SearchNavState<Result>; effect: SearchEffect<Result> } {
  const none: SearchEffect<Result> = { type: 'none' };
  const count = state.results.length;
  switch (key) {
    case 'ArrowDown':
      if (count === 0) return { state, effect: none };
      return { state: { ...state, open: true, active: state.open ? (state.active + 1) % count : 0 }, effect: none };
    case 'ArrowUp':
      if (count === 0) return { state, effect: none };
      return {
        state: { ...state, open: true, active: state.active <= 0 ? count - 1 : state.active - 1 },
        effect: none,
      };
    case 'Enter': {
      if (count === 0) return { state, effect: none };
      const hit = state.results[state.active >= 0 ? state.active : 0];
      if (!hit) return { state, effect: none };
      return { state: { ...state, open: false, active: -1 }, effect: { type: 'choose', hit } };
    }
    case 'Escape':
      if (state.open) return { state: { ...state, open: false, active: -1 }, effect: none };
      return { state: INITIAL_SEARCH, effect: none };
    default:
      return { state, effect: none };
  }
}

export function withResults<Result>(
  state: SearchNavState<Result>,
  query: string,
  results: Result[],
): SearchNavState<Result> {
  if (query !== state.query) return state;
  return { ...state, results, active: results.length ? 0 : -1, open: true };
}

/** Lower-case, accents stripped, apostrophes and dashes unified: 'Dmitrij Peskóv' → 'dmitrij peskov'. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-');
}

/** Splits a label around the first folded occurrence of the query, for highlighting. */
export function splitMatch(label: string, query: string): [string, string, string] {
  const q = foldText(query.trim());
  if (!q) return [label, '', ''];
  // Folding removes combining marks, so map folded positions back through a per-character fold.
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < label.length; i++) {
    const f = foldText(label.charAt(i));
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
  }
  const at = folded.indexOf(q);
  if (at < 0) return [label, '', ''];
  const start = origin[at];
  const last = origin[at + q.length - 1];
  if (start === undefined || last === undefined) return [label, '', ''];
  const end = last + 1;
  return [label.slice(0, start), label.slice(start, end), label.slice(end)];
}
