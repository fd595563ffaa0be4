// The statements table, over the graph: every statement as a row (speaker, act, quote,
// whom it is about, date, outlet, article), sortable by its columns, filtered by words,
// speech act, kind and dates, fifty rows a page; a row opens the statement and its article in the
// details column. The store sorts, filters and pages (GET /api/statements/search): the page
// holds one page of rows and the total, whatever the corpus. "Export CSV" saves every row
// the filters keep, in the table's order (GET /api/statements/search.csv). What is asked
// for is the view's `table`, so a link reproduces it; what is drawn is the last page the
// server answered, with the sort and filters that page was asked with, so the rows, their
// sort arrows and the count always agree, and the buttons keep their focus while the next
// page loads.
import { useEffect, useId, useState } from 'react';
import type { StatementSearchPage } from '../../../contract/statementTable.ts';
import { COLUMN_SORT, TABLE_COLUMNS, tableRow, type TableColumn } from '../../../contract/statementTable.ts';
import { SPEECH_ACTS } from '../../../contract/graph.ts';
import { toApiError, type ApiRequestError } from '../../api/client.ts';
import { explainError, useApi } from '../../api/useApi.ts';
import { ActPill } from '../../components/ActPill.tsx';
import { StateMessage } from '../../components/StateMessage.tsx';
import { SPEECH_ACT_LABELS, STATEMENT_KIND_LABELS } from '../../consts.ts';
import { statementNodeId } from '../../core/aggregation/statementNodes.ts';
import { STATEMENT_KINDS_SHOWN, toggleAct, toggleKind } from '../../core/search/statementFinder.ts';
import {
  rowsLabel,
  sortedBy,
  tableDatesProblem,
  tableFilter,
  tablePages,
  tableSearch,
  type StatementsTableView,
} from '../../core/table/statementsTable.ts';
import { useExplorer } from '../explorer/explorerContext.ts';
import { saveBlob } from '../export/download.ts';

const COLUMN_LABELS: Record<TableColumn, string> = {
  speaker: 'Speaker',
  act: 'Act',
  quote: 'Quote',
  about: 'About',
  date: 'Date',
  outlet: 'Outlet',
  article: 'Article',
};

/** A page the server answered, with the view it was asked for. */
interface ShownPage {
  view: StatementsTableView;
  page: StatementSearchPage;
}

type ExportState = { status: 'idle' } | { status: 'busy' } | { status: 'error'; error: ApiRequestError };

export function StatementsTable({ table }: { table: StatementsTableView }) {
  const { client, state, actions } = useExplorer();
  const [remote, retry] = useApi(
    (signal) => client.searchStatements(tableSearch(table), signal).then((page) => ({ view: table, page })),
    [client, state.attempt, table],
  );
  const [shown, setShown] = useState<ShownPage | null>(null);
  const [exported, setExported] = useState<ExportState>({ status: 'idle' });
  useEffect(() => {
    if (remote?.status === 'ok') setShown(remote.data);
  }, [remote]);

  const pages = shown ? tablePages(shown.view.page, shown.page.statements.length, shown.page.total) : null;
  const pastEnd = shown !== null && pages !== null && shown.page.statements.length === 0 && shown.view.page > 0;
  useEffect(() => {
    // A link to a page the rows no longer fill (fewer statements match now) goes to the last one.
    if (pastEnd && pages && shown.view === table) actions.setTable({ ...table, page: pages.lastPage });
  }, [pastEnd, pages, shown, table, actions]);

  const set = (next: Partial<StatementsTableView>) => actions.setTable({ ...table, page: 0, ...next });
  const goTo = (page: number) => actions.setTable({ ...table, page });
  const exportCsv = async () => {
    setExported({ status: 'busy' });
    try {
      const file = await client.statementsCsv(tableFilter(table));
      saveBlob(file.blob, file.filename);
      setExported({ status: 'idle' });
    } catch (error) {
      setExported({ status: 'error', error: toApiError(error) });
    }
  };
  const rows = shown ? shown.page.statements.map(tableRow) : [];
  const view = shown?.view ?? table;
  const loading = remote?.status === 'loading';
  const datesProblem = tableDatesProblem(table);
  const datesHintId = useId();

  return (
    <section className="statements-table" aria-labelledby="statements-table-title" data-statements-table>
      <header className="table-head">
        <h2 id="statements-table-title">Statements table</h2>
        <label className="field table-text">
          <span className="visually-hidden">Words in the quote or its sentence</span>
          <input
            type="search"
            value={table.text}
            placeholder="Filter: words of the quote or its sentence…"
            spellCheck={false}
            onChange={(event) => set({ text: event.target.value })}
          />
        </label>
        <button
          type="button"
          className="button"
          onClick={() => void exportCsv()}
          disabled={!shown || shown.page.total === 0 || exported.status === 'busy'}
          data-table-export
          title="Save every row the filters keep (all pages), in the table's order, as CSV"
        >
          {exported.status === 'busy' ? 'Exporting…' : 'Export CSV'}
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={actions.closeTable}
          aria-label="Close the table"
          title="Close the table"
        >
          ×
        </button>
      </header>
      {exported.status === 'error' && (
        <p className="table-error" role="alert" data-table-export-error>
          The CSV could not be exported: {explainError(exported.error)}
        </p>
      )}
      <div className="table-filters">
        <fieldset className="finder-kinds" data-table-acts>
          <legend>Speech act</legend>
          {SPEECH_ACTS.map((act) => (
            <label key={act} className="check">
              <input
                type="checkbox"
                checked={table.acts.includes(act)}
                onChange={() => set({ acts: toggleAct(table.acts, act) })}
              />
              <span className="check-label">{SPEECH_ACT_LABELS[act]}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="finder-kinds" data-table-kinds>
          <legend>Kind</legend>
          {STATEMENT_KINDS_SHOWN.map((kind) => (
            <label key={kind} className="check">
              <input
                type="checkbox"
                checked={table.kinds.includes(kind)}
                onChange={() => set({ kinds: toggleKind(table.kinds, kind) })}
              />
              <span className="check-label">{STATEMENT_KIND_LABELS[kind]}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="table-dates" data-table-dates>
          <legend>Statement date</legend>
          {(['from', 'to'] as const).map((bound) => (
            <label key={bound} className="field">
              <span>{bound === 'from' ? 'From' : 'To'}</span>
              <input
                type="text"
                inputMode="numeric"
                placeholder="YYYY-MM-DD"
                spellCheck={false}
                value={table[bound]}
                aria-invalid={datesProblem !== null && table[bound] !== ''}
                aria-describedby={datesProblem ? datesHintId : undefined}
                data-table-date={bound}
                onChange={(event) => set({ [bound]: event.target.value.trim() })}
              />
            </label>
          ))}
          {datesProblem && (
            <p id={datesHintId} className="table-error">
              {datesProblem}
            </p>
          )}
        </fieldset>
      </div>
      {remote?.status === 'error' ? (
        <StateMessage kind="error" title="The statements could not be loaded" onRetry={retry}>
          <p>{explainError(remote.error)}</p>
        </StateMessage>
      ) : shown && pages ? (
        <>
          <p
            className="muted table-count"
            aria-live="polite"
            data-table-count={shown.page.total}
            data-table-rows={`${pages.first}-${pages.last}`}
          >
            {rowsLabel(pages, shown.page.total)}
          </p>
          <div className="table-scroll" aria-busy={loading}>
            <table>
              <thead>
                <tr>
                  {TABLE_COLUMNS.map((column) => {
                    const key = COLUMN_SORT[column];
                    if (key === null) {
                      return (
                        <th key={column} scope="col" data-column={column}>
                          {COLUMN_LABELS[column]}
                        </th>
                      );
                    }
                    const sorted = view.sort === key;
                    return (
                      <th
                        key={column}
                        scope="col"
                        data-column={column}
                        aria-sort={sorted ? (view.descending ? 'descending' : 'ascending') : 'none'}
                      >
                        <button
                          type="button"
                          className="sort-button"
                          onClick={() => actions.setTable(sortedBy(table, key))}
                        >
                          {COLUMN_LABELS[column]}
                          <span aria-hidden="true">{sorted ? (view.descending ? ' ▼' : ' ▲') : ''}</span>
                        </button>
                      </th>
                    );
                  })}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr
                    key={row.statement.id}
                    data-statement-id={row.statement.id}
                    className={state.view.selection?.id === statementNodeId(row.statement.id) ? 'selected' : undefined}
                    onClick={() => actions.readStatement(row.statement)}
                  >
                    <td data-column="speaker">{row.speaker}</td>
                    <td data-column="act">
                      <ActPill act={row.act} />
                    </td>
                    <td data-column="quote">
                      <button
                        type="button"
                        className="link row-open"
                        title="Open the statement and its article"
                        onClick={(event) => {
                          event.stopPropagation();
                          actions.readStatement(row.statement);
                        }}
                      >
                        «{row.quote}»
                      </button>
                    </td>
                    <td data-column="about">{row.about}</td>
                    <td data-column="date">{row.date && <time dateTime={row.date}>{row.date}</time>}</td>
                    <td data-column="outlet">{row.outlet}</td>
                    <td data-column="article">{row.article}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {shown.page.total === 0 && (
              <StateMessage kind="empty" title="No statement matches">
                <p>Try fewer words, or another act or kind.</p>
              </StateMessage>
            )}
          </div>
          {pages.pages > 1 && (
            // aria-disabled, not disabled: a disabled button drops the keyboard focus at the first or last page.
            <nav className="table-pages" aria-label="Pages of the table">
              <button
                type="button"
                className="button"
                aria-disabled={table.page === 0}
                onClick={() => table.page > 0 && goTo(table.page - 1)}
                data-table-previous
              >
                ← Previous
              </button>
              <span data-table-page>
                Page {view.page + 1} of {pages.pages}
              </span>
              <button
                type="button"
                className="button"
                aria-disabled={table.page >= pages.lastPage}
                onClick={() => table.page < pages.lastPage && goTo(table.page + 1)}
                data-table-next
              >
                Next →
              </button>
            </nav>
          )}
        </>
      ) : (
        <StateMessage kind="loading" title="Loading the statements…" />
      )}
    </section>
  );
}
