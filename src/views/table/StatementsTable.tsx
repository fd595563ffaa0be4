// The statements table, over the graph: every statement as a row (speaker, act, quote,
// whom it is about, date, outlet, article), sortable by each column, filtered by words,
// speech act and kind, a page at a time; a row opens the statement and its article in the
// details column. "Export CSV" saves exactly the filtered rows in the table's order. The
// statements are loaded page by page from GET /api/statements (up to STATEMENTS_TABLE_CAP);
// what is shown is the view's `table`, so a link reproduces it.
import { useMemo } from 'react';
import type { StatementView } from '../../../contract/api.ts';
import { SPEECH_ACTS } from '../../../contract/graph.ts';
import { MAX_STATEMENTS_PAGE } from '../../../contract/limits.ts';
import type { ApiClient } from '../../api/client.ts';
import { explainError, useApi } from '../../api/useApi.ts';
import { ActPill } from '../../components/ActPill.tsx';
import { StateMessage } from '../../components/StateMessage.tsx';
import { SPEECH_ACT_LABELS, STATEMENT_KIND_LABELS, STATEMENTS_TABLE_CAP } from '../../consts.ts';
import { statementNodeId } from '../../core/aggregation/statementNodes.ts';
import { dayOf } from '../../core/export/naming.ts';
import { STATEMENT_KINDS_SHOWN, toggleAct, toggleKind } from '../../core/search/statementFinder.ts';
import {
  pageOf,
  sortedBy,
  TABLE_COLUMNS,
  tableCsv,
  tableRows,
  type StatementsTableView,
  type TableColumn,
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

interface LoadedStatements {
  statements: StatementView[];
  /** Statements in the store; more than loaded when over the cap. */
  total: number;
}

async function loadStatements(client: ApiClient, signal: AbortSignal): Promise<LoadedStatements> {
  const statements: StatementView[] = [];
  let total = Infinity;
  while (statements.length < Math.min(total, STATEMENTS_TABLE_CAP)) {
    const limit = Math.min(MAX_STATEMENTS_PAGE, STATEMENTS_TABLE_CAP - statements.length);
    const page = await client.statements({ limit, offset: statements.length }, signal);
    total = page.total;
    statements.push(...page.statements);
    if (page.statements.length === 0) break;
  }
  return { statements, total: Number.isFinite(total) ? total : statements.length };
}

export function StatementsTable({ table }: { table: StatementsTableView }) {
  const { client, state, actions } = useExplorer();
  const [remote, retry] = useApi((signal) => loadStatements(client, signal), [client, state.attempt]);
  const loaded = remote?.status === 'ok' ? remote.data : null;
  const rows = useMemo(() => (loaded ? tableRows(loaded.statements, table) : []), [loaded, table]);
  const page = pageOf(rows, table.page);
  const set = (next: Partial<StatementsTableView>) => actions.setTable({ ...table, page: 0, ...next });
  const exportCsv = () =>
    saveBlob(new Blob([tableCsv(rows)], { type: 'text/csv;charset=utf-8' }), `statements-${dayOf(new Date())}.csv`);
  return (
    <section className="statements-table" aria-labelledby="statements-table-title" data-statements-table>
      <header className="table-head">
        <h2 id="statements-table-title">Statements table</h2>
        <label className="field table-text">
          <span className="visually-hidden">Words in the speaker, quote, targets, outlet or article</span>
          <input
            type="search"
            value={table.text}
            placeholder="Filter: speaker, words of the quote, outlet…"
            spellCheck={false}
            onChange={(event) => set({ text: event.target.value })}
          />
        </label>
        <button
          type="button"
          className="button"
          onClick={exportCsv}
          disabled={rows.length === 0}
          data-table-export
          title="Save the rows the table shows (every page), in its order, as CSV"
        >
          Export CSV
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
      </div>
      {remote?.status === 'error' ? (
        <StateMessage kind="error" title="The statements could not be loaded" onRetry={retry}>
          <p>{explainError(remote.error)}</p>
        </StateMessage>
      ) : loaded ? (
        <>
          <p className="muted table-count" aria-live="polite" data-table-count={rows.length}>
            {rows.length === loaded.statements.length
              ? `${rows.length} ${rows.length === 1 ? 'statement' : 'statements'}`
              : `${rows.length} of ${loaded.statements.length} statements`}
            {loaded.total > loaded.statements.length
              ? ` (the ${loaded.statements.length} newest of ${loaded.total} in the store)`
              : ''}
            {page.pages > 1 ? ` · rows ${page.first + 1}–${page.first + page.rows.length}` : ''}
          </p>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  {TABLE_COLUMNS.map((column) => {
                    const sorted = table.sort === column;
                    return (
                      <th
                        key={column}
                        scope="col"
                        data-column={column}
                        aria-sort={sorted ? (table.descending ? 'descending' : 'ascending') : 'none'}
                      >
                        <button
                          type="button"
                          className="sort-button"
                          onClick={() => actions.setTable(sortedBy(table, column))}
                        >
                          {COLUMN_LABELS[column]}
                          <span aria-hidden="true">{sorted ? (table.descending ? ' ▼' : ' ▲') : ''}</span>
                        </button>
                      </th>
                    );
                  })}
                </tr>
              </thead>
              <tbody>
                {page.rows.map((row) => (
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
            {rows.length === 0 && (
              <StateMessage kind="empty" title="No statement matches">
                <p>Try fewer words, or another act or kind.</p>
              </StateMessage>
            )}
          </div>
          {page.pages > 1 && (
            <nav className="table-pages" aria-label="Pages of the table">
              <button
                type="button"
                className="button"
                disabled={page.page === 0}
                onClick={() => actions.setTable({ ...table, page: page.page - 1 })}
              >
                ← Previous
              </button>
              <span data-table-page>
                Page {page.page + 1} of {page.pages}
              </span>
              <button
                type="button"
                className="button"
                disabled={page.page >= page.pages - 1}
                onClick={() => actions.setTable({ ...table, page: page.page + 1 })}
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
