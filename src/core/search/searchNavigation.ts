// Keyboard navigation of the search results list, as a pure reducer:
// ArrowDown/ArrowUp move (wrapping), Enter chooses, Escape closes then clears.
import type { SearchHit } from '../../../contract/api.ts';

export interface SearchNavState {
  query: string;
  results: SearchHit[];
  /** Index of the highlighted result, -1 for none. */
  active: number;
  open: boolean;
}

export const INITIAL_SEARCH: SearchNavState = { query: '', results: [], active: -1, open: false };

export type SearchEffect = { type: 'choose'; hit: SearchHit } | { type: 'none' };

export function searchKey(state: SearchNavState, key: string): { state: SearchNavState; effect: SearchEffect } {
  const none: SearchEffect = { type: 'none' };
  const count = state.results.length;
  switch (key) {
    case 'ArrowDown':
      if (count === 0) return { state, effect: none };
      return { state: { ...state, open: true, active: state.open ? (state.active + 1) % count : 0 }, effect: none };
    case 'ArrowUp':
      if (count === 0) return { state, effect: none };
      return { state: { ...state, open: true, active: state.active <= 0 ? count - 1 : state.active - 1 }, effect: none };
    case 'Enter': {
      if (count === 0) return { state, effect: none };
      const hit = state.results[state.active >= 0 ? state.active : 0];
      return { state: { ...state, open: false, active: -1 }, effect: { type: 'choose', hit } };
    }
    case 'Escape':
      if (state.open) return { state: { ...state, open: false, active: -1 }, effect: none };
      return { state: INITIAL_SEARCH, effect: none };
    default:
      return { state, effect: none };
  }
}

export function withResults(state: SearchNavState, query: string, results: SearchHit[]): SearchNavState {
  if (query !== state.query) return state;
  return { ...state, results, active: results.length ? 0 : -1, open: true };
}

/** Lower-case, accents stripped: 'Dmitrij Peskóv' → 'dmitrij peskov'. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Splits a label around the first folded occurrence of the query, for highlighting. */
export function splitMatch(label: string, query: string): [string, string, string] {
  const q = foldText(query.trim());
  if (!q) return [label, '', ''];
  // Folding removes combining marks, so map folded positions back through a per-character fold.
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < label.length; i++) {
    const f = foldText(label[i]);
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
  }
  const at = folded.indexOf(q);
  if (at < 0) return [label, '', ''];
  const start = origin[at];
  const end = origin[at + q.length - 1] + 1;
  return [label.slice(0, start), label.slice(start, end), label.slice(end)];
}
