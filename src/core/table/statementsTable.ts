// The statements table: every statement as a row (speaker, act, quote, whom it is about,
// date, outlet, article), filtered by words, speech act and kind, sorted by any column and
// cut into pages. Its view (filters, sort, page) is part of the URL; the rows are computed
// here, and the CSV holds exactly the filtered rows in the table's order, with the columns
// shown and the provenance behind them (article id, offsets, rules).
import type { StatementView } from '../../../contract/api.ts';
import { csvRecord } from '../../../contract/csv.ts';
import { SPEECH_ACTS, type SpeechAct, type StatementKind } from '../../../contract/graph.ts';
import { outletLabel } from '../../../contract/outlet.ts';
import { articleLabel } from '../article/segments.ts';
import { foldText } from '../search/searchNavigation.ts';

export const TABLE_COLUMNS = ['speaker', 'act', 'quote', 'about', 'date', 'outlet', 'article'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

/** Rows on one page of the table. */
export const TABLE_PAGE_ROWS = 100;

export interface StatementsTableView {
  /** Words found in the speaker, quote, targets, outlet or article (case and accents ignored); empty: any. */
  text: string;
  /** Acts kept, in SPEECH_ACTS order; empty: every act. */
  acts: SpeechAct[];
  /** Kinds kept; empty: every kind. */
  kinds: StatementKind[];
  sort: TableColumn;
  descending: boolean;
  /** 0-based page. */
  page: number;
}

export const DEFAULT_TABLE: StatementsTableView = {
  text: '',
  acts: [],
  kinds: [],
  sort: 'date',
  descending: true,
  page: 0,
};

export function isTableColumn(value: string): value is TableColumn {
  return (TABLE_COLUMNS as readonly string[]).includes(value);
}

/** One statement as the table shows it. */
export interface TableRow {
  statement: StatementView;
  speaker: string;
  /** A statement stored without an act counts as a claim, as in the statement search. */
  act: SpeechAct;
  quote: string;
  /** Names of the entities it is about, joined by "; ". */
  about: string;
  date: string | null;
  /** The outlet's declared name, else its domain (contract/outlet.ts); null for a file with neither. */
  outlet: string | null;
  article: string;
}

const ABOUT_SEPARATOR = '; ';

export function tableRow(statement: StatementView): TableRow {
  return {
    statement,
    speaker: statement.speaker?.name ?? statement.speakerText ?? '',
    act: statement.act ?? 'claim',
    quote: statement.quote,
    about: statement.about.map((target) => target.name).join(ABOUT_SEPARATOR),
    date: statement.date ?? statement.article.date,
    outlet: outletLabel(statement.article),
    article: articleLabel(statement.article),
  };
}

const collator = new Intl.Collator('it', { sensitivity: 'base', numeric: true });

function compareCells(column: TableColumn, a: TableRow, b: TableRow): number {
  if (column === 'act') return SPEECH_ACTS.indexOf(a.act) - SPEECH_ACTS.indexOf(b.act);
  const left = a[column] ?? '';
  const right = b[column] ?? '';
  return collator.compare(left, right);
}

/** The order rows keep when the sorted column ties: newest first, then article and position. */
function tieBreak(a: TableRow, b: TableRow): number {
  const left = a.statement;
  const right = b.statement;
  if ((a.date ?? '') !== (b.date ?? '')) return (a.date ?? '') < (b.date ?? '') ? 1 : -1;
  if (left.articleId !== right.articleId) return left.articleId < right.articleId ? -1 : 1;
  if (left.start !== right.start) return left.start - right.start;
  return left.id < right.id ? -1 : left.id > right.id ? 1 : 0;
}

function matches(row: TableRow, words: string[]): boolean {
  if (words.length === 0) return true;
  const haystack = foldText([row.speaker, row.quote, row.about, row.outlet ?? '', row.article].join('\n'));
  return words.every((word) => haystack.includes(word));
}

/** The statements the table shows, filtered and sorted as `view` says (all pages). */
export function tableRows(statements: readonly StatementView[], view: StatementsTableView): TableRow[] {
  const words = foldText(view.text).split(/\s+/).filter(Boolean);
  const rows = statements
    .map(tableRow)
    .filter(
      (row) =>
        (view.acts.length === 0 || view.acts.includes(row.act)) &&
        (view.kinds.length === 0 || view.kinds.includes(row.statement.kind)) &&
        matches(row, words),
    );
  const direction = view.descending ? -1 : 1;
  return rows.sort((a, b) => {
    // Rows with nothing in the sorted column go last, whichever the direction.
    const emptyA = !a[view.sort];
    const emptyB = !b[view.sort];
    if (emptyA !== emptyB) return emptyA ? 1 : -1;
    return direction * compareCells(view.sort, a, b) || tieBreak(a, b);
  });
}

export interface TablePage {
  rows: TableRow[];
  /** 0-based, clamped to the pages there are. */
  page: number;
  pages: number;
  /** Index of the page's first row among all rows. */
  first: number;
}

export function pageOf(rows: readonly TableRow[], page: number): TablePage {
  const pages = Math.max(1, Math.ceil(rows.length / TABLE_PAGE_ROWS));
  const clamped = Math.min(Math.max(0, Math.trunc(page)), pages - 1);
  const first = clamped * TABLE_PAGE_ROWS;
  return { rows: rows.slice(first, first + TABLE_PAGE_ROWS), page: clamped, pages, first };
}

/** A click on a column's header: that column, descending when it was ascending; back to the first page. */
export function sortedBy(view: StatementsTableView, column: TableColumn): StatementsTableView {
  const descending = view.sort === column ? !view.descending : column === 'date';
  return { ...view, sort: column, descending, page: 0 };
}

export const TABLE_CSV_COLUMNS = [
  ...TABLE_COLUMNS,
  'kind',
  'cue',
  'url',
  'sentence',
  'articleId',
  'start',
  'end',
  'statementId',
  'rules',
] as const;

const RULE_SEPARATOR = ' > ';

/** The rows as a spreadsheet CSV (byte-order mark, CRLF, formula-like cells escaped), in their order. */
export function tableCsv(rows: readonly TableRow[]): string {
  const lines = [csvRecord([...TABLE_CSV_COLUMNS])];
  for (const row of rows) {
    const { statement } = row;
    const fields: (string | null)[] = [
      row.speaker,
      row.act,
      row.quote,
      row.about,
      row.date,
      row.outlet,
      row.article,
      statement.kind,
      statement.cue,
      statement.article.url,
      statement.sentence,
      statement.articleId,
      String(statement.start),
      String(statement.end),
      statement.id,
      statement.trace.join(RULE_SEPARATOR),
    ];
    lines.push(
      csvRecord(
        fields.map((value) => (value === null || value === '' ? undefined : value)),
        { spreadsheet: true },
      ),
    );
  }
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`;
}
