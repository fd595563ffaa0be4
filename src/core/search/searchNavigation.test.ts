import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../contract/api.ts';
import { foldText, INITIAL_SEARCH, searchKey, splitMatch, withResults } from './searchNavigation.ts';

const hit = (id: string): SearchHit => ({ id, name: id, type: 'Person', aliases: [], matched: id, mentions: 1 });
const loaded = withResults({ ...INITIAL_SEARCH, query: 'pe' }, 'pe', [hit('a'), hit('b'), hit('c')]);

describe('search keyboard navigation', () => {
  it('results open the list with the first one active', () => {
    expect(loaded).toStrictEqual({ query: 'pe', results: [hit('a'), hit('b'), hit('c')], active: 0, open: true });
  });

  it('ignores results of an outdated query', () => {
    expect(withResults(loaded, 'p', [hit('z')])).toBe(loaded);
  });

  it('arrow keys move and wrap around', () => {
    let s = loaded;
    s = searchKey(s, 'ArrowDown').state;
    expect(s.active).toBe(1);
    s = searchKey(searchKey(s, 'ArrowDown').state, 'ArrowDown').state;
    expect(s.active).toBe(0);
    s = searchKey(s, 'ArrowUp').state;
    expect(s.active).toBe(2);
  });

  it('Enter chooses the active result and closes the list', () => {
    const moved = searchKey(loaded, 'ArrowDown').state;
    const { state, effect } = searchKey(moved, 'Enter');
    expect(effect).toStrictEqual({ type: 'choose', hit: hit('b') });
    expect(state.open).toBe(false);
  });

  it('Enter on nothing found does nothing', () => {
    const empty = withResults({ ...INITIAL_SEARCH, query: 'zz' }, 'zz', []);
    expect(searchKey(empty, 'Enter')).toStrictEqual({ state: empty, effect: { type: 'none' } });
  });

  it('Escape closes first, then clears', () => {
    const closed = searchKey(loaded, 'Escape').state;
    expect(closed).toStrictEqual({ ...loaded, open: false, active: -1 });
    expect(searchKey(closed, 'Escape').state).toStrictEqual(INITIAL_SEARCH);
  });

  it('ArrowDown reopens a closed list at the top', () => {
    const closed = searchKey(loaded, 'Escape').state;
    expect(searchKey(closed, 'ArrowDown').state).toStrictEqual({ ...loaded, active: 0, open: true });
  });
});

describe('text folding', () => {
  it('ignores case and accents', () => {
    expect(foldText('Dmitrij PESKÓV')).toBe('dmitrij peskov');
  });

  it('splits a label around the match, accents included', () => {
    expect(splitMatch('Dmitrij Peskóv', 'PESKOV')).toStrictEqual(['Dmitrij ', 'Peskóv', '']);
    expect(splitMatch('Musk', 'zz')).toStrictEqual(['Musk', '', '']);
  });
});

describe('typographic marks', () => {
  it('unifies apostrophes and dashes as the server does', () => {
    expect(foldText('L’Ucraina – «No»')).toBe("l'ucraina - «no»");
  });
});
