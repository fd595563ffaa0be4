import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TABLE,
  rowsLabel,
  sortedBy,
  tableDatesProblem,
  tableFilter,
  tablePages,
  tableSearch,
} from './statementsTable.ts';

describe('the statements table view', () => {
  it('asks the store for its page: words in the quote or sentence, its filters, its order', () => {
    const view = { ...DEFAULT_TABLE, text: 'non è vero', acts: ['denial' as const], page: 2 };
    expect(tableSearch(view)).toStrictEqual({
      text: 'non è vero',
      within: 'sentence',
      kinds: [],
      acts: ['denial'],
      sort: 'date',
      dir: 'desc',
      offset: 100,
      limit: 50,
    });
    expect(tableFilter({ ...view, sort: 'speaker', descending: false })).toStrictEqual({
      text: 'non è vero',
      within: 'sentence',
      kinds: [],
      acts: ['denial'],
      sort: 'speaker',
      dir: 'asc',
    });
  });

  it('bounds the dates once they are dates, the right way round', () => {
    const filter = (from: string, to: string) => tableFilter({ ...DEFAULT_TABLE, from, to });
    expect([filter('2025-03', '2025-03-18').from, filter('2025-03', '2025-03-18').to]).toStrictEqual([
      '2025-03',
      '2025-03-18',
    ]);
    expect(filter('2025', '')).toStrictEqual({ ...tableFilter(DEFAULT_TABLE), from: '2025' });
    expect(filter('', '2025-1')).toStrictEqual(tableFilter(DEFAULT_TABLE));
    expect(filter('2025-04', '2025-03')).toStrictEqual(tableFilter(DEFAULT_TABLE));
    expect(tableDatesProblem({ from: '', to: '2025-1' })).toBe('Dates are written YYYY, YYYY-MM or YYYY-MM-DD.');
    expect(tableDatesProblem({ from: '2025-04', to: '2025-03' })).toBe('"From" is after "To".');
    expect(tableDatesProblem({ from: '2025', to: '2025' })).toBe(null);
  });

  it('sorts by a clicked column: ascending first, dates newest first, the other way on a second click', () => {
    const onPage = { ...DEFAULT_TABLE, page: 3 };
    expect(sortedBy(onPage, 'speaker')).toStrictEqual({ ...DEFAULT_TABLE, sort: 'speaker', descending: false });
    expect(sortedBy(sortedBy(onPage, 'speaker'), 'speaker')).toStrictEqual({
      ...DEFAULT_TABLE,
      sort: 'speaker',
      descending: true,
    });
    expect(sortedBy({ ...onPage, sort: 'act' }, 'date')).toStrictEqual(DEFAULT_TABLE);
    expect(sortedBy(onPage, 'date')).toStrictEqual({ ...DEFAULT_TABLE, descending: false });
  });

  it('says which rows a page shows among how many', () => {
    expect(tablePages(1, 50, 240)).toStrictEqual({ first: 51, last: 100, pages: 5, lastPage: 4 });
    expect(rowsLabel(tablePages(1, 50, 240), 240)).toBe('rows 51–100 of 240 statements');
    expect(rowsLabel(tablePages(4, 40, 240), 240)).toBe('rows 201–240 of 240 statements');
    expect(rowsLabel(tablePages(0, 12, 12), 12)).toBe('12 statements');
    expect(rowsLabel(tablePages(0, 1, 1), 1)).toBe('1 statement');
    expect(tablePages(0, 0, 0)).toStrictEqual({ first: 0, last: 0, pages: 1, lastPage: 0 });
    expect(tablePages(7, 0, 120)).toStrictEqual({ first: 0, last: 0, pages: 3, lastPage: 2 });
  });
});
