// The statements table: every statement as a row (speaker, act, quote, whom it is about,
// date, outlet, article), filtered by words, speech act and kind, sorted by a column and
// cut into pages of STATEMENT_TABLE_PAGE rows. The store sorts, filters and pages (GET
// /api/statements/search); the page asks for one page and shows the total. Its view
// (filters, sort, page) is part of the URL; the CSV (GET /api/statements/search.csv) holds
// every row the filters keep, in the table's order.
import type { SpeechAct, StatementKind } from '../../../contract/graph.ts';
import {
  ISO_DATE_PATTERN,
  STATEMENT_TABLE_PAGE,
  type StatementSearchFilter,
  type StatementSearchRequest,
  type StatementSortKey,
} from '../../../contract/statementTable.ts';

export interface StatementsTableView {
  /** Words found in the quote or its sentence (case and accents ignored); empty: any. */
  text: string;
  /** Acts kept, in SPEECH_ACTS order; empty: every act. */
  acts: SpeechAct[];
  /** Kinds kept; empty: every kind. */
  kinds: StatementKind[];
  /** Statement dates kept, ends included, as typed (YYYY, YYYY-MM or YYYY-MM-DD); '' for no bound. */
  from: string;
  to: string;
  sort: StatementSortKey;
  descending: boolean;
  /** 0-based page. */
  page: number;
}

export const DEFAULT_TABLE: StatementsTableView = {
  text: '',
  acts: [],
  kinds: [],
  from: '',
  to: '',
  sort: 'date',
  descending: true,
  page: 0,
};

const ISO_DATE = new RegExp(ISO_DATE_PATTERN);

/** Why the typed dates cannot bound the table (a bound not yet a date, or the two the wrong way round); null when they can. */
export function tableDatesProblem(view: Pick<StatementsTableView, 'from' | 'to'>): string | null {
  const bad = [view.from, view.to].filter((date) => date !== '' && !ISO_DATE.test(date));
  if (bad.length) return 'Dates are written YYYY, YYYY-MM or YYYY-MM-DD.';
  if (view.from && view.to && view.from > view.to) return '"From" is after "To".';
  return null;
}

/** What the table's filters and sort ask of the store (the CSV's query). */
export function tableFilter(view: StatementsTableView): StatementSearchFilter {
  // Dates still being typed, or the wrong way round, bound nothing until they are dates.
  const dated = tableDatesProblem(view) === null;
  return {
    text: view.text,
    within: 'sentence',
    kinds: view.kinds,
    acts: view.acts,
    ...(dated && view.from ? { from: view.from } : {}),
    ...(dated && view.to ? { to: view.to } : {}),
    sort: view.sort,
    dir: view.descending ? 'desc' : 'asc',
  };
}

/** The request for the page the view shows. */
export function tableSearch(view: StatementsTableView): StatementSearchRequest {
  return { ...tableFilter(view), offset: view.page * STATEMENT_TABLE_PAGE, limit: STATEMENT_TABLE_PAGE };
}

/** A click on a column's header: that column, the other way when it was already sorted by; back to the first page. */
export function sortedBy(view: StatementsTableView, sort: StatementSortKey): StatementsTableView {
  const descending = view.sort === sort ? !view.descending : sort === 'date';
  return { ...view, sort, descending, page: 0 };
}

export interface TablePages {
  /** 1-based numbers of the first and last rows of the page shown; 0 and 0 when it holds none. */
  first: number;
  last: number;
  /** Pages the matching rows fill (at least 1). */
  pages: number;
  /** The 0-based page that holds the last rows, where a page past the end should go. */
  lastPage: number;
}

/** Where a page of `shown` rows starting at `page` stands among `total` matching rows. */
export function tablePages(page: number, shown: number, total: number): TablePages {
  const pages = Math.max(1, Math.ceil(total / STATEMENT_TABLE_PAGE));
  const first = shown === 0 ? 0 : page * STATEMENT_TABLE_PAGE + 1;
  return { first, last: shown === 0 ? 0 : first + shown - 1, pages, lastPage: pages - 1 };
}

/** "rows 51–100 of 240", or the count alone when one page holds every row. */
export function rowsLabel(pages: TablePages, total: number): string {
  const noun = total === 1 ? 'statement' : 'statements';
  if (pages.pages === 1 && pages.first <= 1) return `${total} ${noun}`;
  return `rows ${pages.first}–${pages.last} of ${total} ${noun}`;
}
