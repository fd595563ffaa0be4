// The Cypher console: an editor, a parameters box, examples and history, and the result
// as a table, as JSON text, or sent to the graph (added or replacing it). Queries run
// read-only on the server; refusals and syntax errors come back with their reason and
// position, which the editor marks.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SchemaInfo } from '../../../contract/api.ts';
import type { CypherResult, CypherValue } from '../../../contract/cypher.ts';
import { ApiRequestError } from '../../api/client.ts';
import {
  DEFAULT_CONSOLE_ROW_CAP,
  ROW_CAPS,
  STATEMENT_LINK_CAP,
  TABLE_RENDER_LIMIT,
  TEXT_RENDER_LIMIT,
} from '../../core/console/consts.ts';
import { EXAMPLE_QUERIES } from '../../core/console/examples.ts';
import {
  FRESH_CURSOR,
  loadHistory,
  pushHistory,
  saveHistory,
  stepHistory,
  type HistoryCursor,
} from '../../core/console/history.ts';
import { missingParams, parseParams } from '../../core/console/params.ts';
import {
  cellText,
  isNodeValue,
  nextSort,
  sortedRowIndices,
  tableText,
  type TableSort,
} from '../../core/console/table.ts';
import {
  cypherResultToGraphPayload,
  STATEMENT_LINKS_QUERY,
  statementIds,
  statementLinksFromResult,
} from '../../core/console/toGraph.ts';
import { useExplorer } from '../explorer/explorerContext.ts';
import { CypherEditor, type CypherEditorHandle } from './CypherEditor.tsx';
import './console.css';

type ResultView = 'table' | 'graph' | 'text';

interface ConsoleError {
  code: string;
  message: string;
  clause?: string;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    if (!done) throw new Error('The clipboard is not available here.');
  }
}

const ERROR_TITLES: Record<string, string> = {
  READ_ONLY: 'Refused: the console is read-only',
  MULTIPLE_STATEMENTS: 'Refused: one statement at a time',
  NOT_PORTABLE: 'Refused: the engines answer this differently',
  SYNTAX: 'Syntax error',
  TIMEOUT: 'Timed out',
  RESULT_TOO_LARGE: 'Result too large',
  MEMORY: 'Over the memory budget',
  BUSY: 'Server busy',
  CANCELLED: 'Cancelled',
  PARAMS: 'Parameters',
};

export function ConsolePanel() {
  const { client: api, actions } = useExplorer();
  /** An entity of the result opened: the console gives way to its panel. */
  const onSelectNode = (entityId: string) => {
    actions.closeConsole();
    void actions.openEntity(entityId);
  };
  const editor = useRef<CypherEditorHandle>(null);
  const [schema, setSchema] = useState<SchemaInfo | null>(null);
  const [schemaError, setSchemaError] = useState<string | null>(null);
  const [history, setHistory] = useState<string[]>(() => loadHistory(storage()));
  const cursor = useRef<HistoryCursor>(FRESH_CURSOR);
  const [paramsText, setParamsText] = useState('');
  const [paramsError, setParamsError] = useState<string | null>(null);
  const [rowCap, setRowCap] = useState<number>(DEFAULT_CONSOLE_ROW_CAP);
  const running = useRef<AbortController | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<CypherResult | null>(null);
  const [error, setError] = useState<ConsoleError | null>(null);
  const [view, setView] = useState<ResultView>('table');
  const [sort, setSort] = useState<TableSort | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [graphBusy, setGraphBusy] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    api.schema(controller.signal).then(setSchema, (err: unknown) => {
      if (!controller.signal.aborted) setSchemaError(err instanceof Error ? err.message : String(err));
    });
    return () => controller.abort();
  }, [api]);

  useEffect(() => () => running.current?.abort(), []);

  const run = useCallback(async () => {
    const query = editor.current?.text().trim() ?? '';
    setNotice(null);
    if (!query) {
      setError({ code: 'EMPTY', message: 'Type a query first.' });
      return;
    }
    const parsed = parseParams(paramsText);
    if (!parsed.ok) {
      setParamsError(parsed.error);
      return;
    }
    setParamsError(null);
    const missing = missingParams(query, parsed.params);
    if (missing.length) {
      setParamsError(
        `Missing parameter${missing.length > 1 ? 's' : ''} ${missing.map((m) => `$${m}`).join(', ')}: give ${missing.length > 1 ? 'them' : 'it'} in the parameters box.`,
      );
      return;
    }
    const nextHistory = pushHistory(history, query);
    setHistory(nextHistory);
    saveHistory(storage(), nextHistory);
    cursor.current = FRESH_CURSOR;
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setBusy(true);
    setError(null);
    editor.current?.clearError();
    try {
      const answer = await api.cypher(query, parsed.params, rowCap, controller.signal);
      if (running.current !== controller) return;
      setResult(answer);
      setSort(null);
    } catch (err) {
      if (running.current !== controller) return;
      setResult(null);
      if (controller.signal.aborted) {
        setError({ code: 'CANCELLED', message: 'The query was cancelled.' });
      } else if (err instanceof ApiRequestError) {
        setError({ code: err.code, message: err.message, clause: err.cypher?.clause });
        if (err.cypher?.position) editor.current?.markError(err.cypher.position, err.message);
      } else {
        setError({ code: 'FAILED', message: err instanceof Error ? err.message : String(err) });
      }
    } finally {
      if (running.current === controller) {
        running.current = null;
        setBusy(false);
      }
    }
  }, [api, history, paramsText, rowCap]);

  const cancel = () => running.current?.abort();

  const navigateHistory = useCallback(
    (direction: 'older' | 'newer') => {
      const step = stepHistory(history, cursor.current, direction, editor.current?.text() ?? '');
      cursor.current = step.cursor;
      editor.current?.setText(step.text);
    },
    [history],
  );

  const chooseExample = (index: number) => {
    const example = EXAMPLE_QUERIES[index];
    if (!example) return;
    editor.current?.setText(example.query);
    setParamsText(Object.keys(example.params).length ? JSON.stringify(example.params, null, 2) : '');
    setParamsError(null);
    editor.current?.focus();
  };

  const showGraph = async (mode: 'add' | 'replace') => {
    if (!result) return;
    setGraphBusy(true);
    setNotice(null);
    try {
      const ids = statementIds(result).slice(0, STATEMENT_LINK_CAP);
      const links = ids.length
        ? statementLinksFromResult(await api.cypher(STATEMENT_LINKS_QUERY, { ids }, STATEMENT_LINK_CAP))
        : [];
      const payload = cypherResultToGraphPayload(result, links);
      if (!payload.nodes.length) {
        setNotice('Nothing to draw: the result holds no entity nodes (see the table).');
        return;
      }
      actions.showConsoleGraph(mode, payload);
      setNotice(
        `${mode === 'add' ? 'Added' : 'Drew'} ${payload.nodes.length} entities and ${payload.edges.length} links.`,
      );
    } catch (err) {
      setNotice(`The graph could not be built: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setGraphBusy(false);
    }
  };

  const order = useMemo(() => (result ? sortedRowIndices(result.rows, sort) : []), [result, sort]);
  const payloadPreview = useMemo(
    () => (result && view === 'graph' ? cypherResultToGraphPayload(result) : null),
    [result, view],
  );

  const copy = async (format: 'tsv' | 'csv') => {
    if (!result) return;
    try {
      await copyText(tableText(result, order, format));
      setNotice(`Copied ${order.length} rows as ${format.toUpperCase()}.`);
    } catch (err) {
      setNotice(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <section className="panel console-panel" aria-labelledby="console-title">
      <div className="panel-title-row">
        <h2 id="console-title">Cypher console</h2>
        <button
          type="button"
          className="icon-button"
          aria-label="Close the Cypher console"
          onClick={actions.closeConsole}
        >
          ×
        </button>
      </div>
      <div className="console-pickers">
        <select aria-label="Example queries" value="" onChange={(event) => chooseExample(Number(event.target.value))}>
          <option value="">Examples…</option>
          {EXAMPLE_QUERIES.map((example, index) => (
            <option key={example.title} value={index}>
              {example.title}
            </option>
          ))}
        </select>
        <select
          aria-label="Query history"
          value=""
          disabled={!history.length}
          onChange={(event) => {
            const entry = history[Number(event.target.value)];
            if (entry !== undefined) editor.current?.setText(entry);
          }}
        >
          <option value="">History ({history.length})…</option>
          {history.map((entry, index) => (
            <option key={entry} value={index}>
              {entry.replace(/\s+/g, ' ').slice(0, 90)}
            </option>
          ))}
        </select>
      </div>
      <CypherEditor
        initialText=""
        schema={schema}
        onRun={() => void run()}
        onHistory={navigateHistory}
        handle={editor}
      />
      {schemaError && (
        <p className="console-hint muted">Completion is off: the schema could not be read ({schemaError}).</p>
      )}
      <label className="console-params">
        <span>Parameters (JSON)</span>
        <textarea
          value={paramsText}
          spellCheck={false}
          rows={Math.min(8, Math.max(2, paramsText.split('\n').length))}
          placeholder='{"name": "Dmitry Peskov"}'
          aria-invalid={paramsError !== null}
          onChange={(event) => {
            setParamsText(event.target.value);
            setParamsError(null);
          }}
        />
      </label>
      {paramsError && (
        <p className="console-params-error" role="alert">
          {paramsError}
        </p>
      )}
      <div className="console-actions">
        <button type="button" className="button primary" onClick={() => void run()} disabled={busy}>
          Run <kbd>Ctrl+Enter</kbd>
        </button>
        {busy && (
          <button type="button" className="button" onClick={cancel}>
            Cancel
          </button>
        )}
        <label className="console-rowcap">
          Row cap
          <select value={rowCap} onChange={(event) => setRowCap(Number(event.target.value))}>
            {ROW_CAPS.map((cap) => (
              <option key={cap} value={cap}>
                {cap.toLocaleString('en')}
              </option>
            ))}
          </select>
        </label>
        <span className="muted console-keys">Alt+↑/↓ history</span>
      </div>
      <div className="console-status" aria-live="polite">
        {busy && <span>Running…</span>}
        {!busy && result && (
          <span>
            {result.rows.length.toLocaleString('en')} row{result.rows.length === 1 ? '' : 's'} in{' '}
            {Math.round(result.elapsedMs)} ms
            {result.truncated && (
              <strong className="console-capped" data-capped="true">
                {' '}
                — first {result.rowCap.toLocaleString('en')} rows — capped
              </strong>
            )}
          </span>
        )}
        {notice && <span className="console-notice">{notice}</span>}
      </div>
      {error && (
        <div className="console-error" role="alert" data-code={error.code}>
          <strong>{ERROR_TITLES[error.code] ?? 'Query failed'}</strong>
          {error.clause && <span className="console-clause">{error.clause}</span>}
          <p>{error.message}</p>
        </div>
      )}
      {result && (
        <div className="console-result">
          <div className="console-tabs" role="tablist" aria-label="Result view">
            {(['table', 'graph', 'text'] as const).map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                aria-selected={view === name}
                className={view === name ? 'active' : ''}
                onClick={() => setView(name)}
              >
                {name === 'table' ? 'Table' : name === 'graph' ? 'Graph' : 'Text'}
              </button>
            ))}
            <span className="console-tab-actions">
              <button type="button" className="button" disabled={graphBusy} onClick={() => void showGraph('add')}>
                Add to graph
              </button>
              <button type="button" className="button" disabled={graphBusy} onClick={() => void showGraph('replace')}>
                Replace graph
              </button>
            </span>
          </div>
          {view === 'table' && (
            <ResultTable
              result={result}
              order={order}
              sort={sort}
              onSort={(column) => setSort(nextSort(sort, column))}
              onCopy={copy}
              onSelectNode={onSelectNode}
            />
          )}
          {view === 'graph' && payloadPreview && (
            <div className="console-graph-summary">
              <p>
                {payloadPreview.nodes.length} entities and {payloadPreview.edges.length} links from the returned nodes,
                relationships and paths; statements become “spoke about” links between their speaker and target when
                sent to the graph.
              </p>
              <ul>
                {payloadPreview.nodes.slice(0, 50).map((node) => (
                  <li key={node.id}>
                    <button type="button" className="link" onClick={() => onSelectNode(node.id)}>
                      {node.name}
                    </button>{' '}
                    <span className="muted">{node.type}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {view === 'text' && <ResultText result={result} />}
        </div>
      )}
    </section>
  );
}

function ResultText({ result }: { result: CypherResult }) {
  const text = useMemo(() => JSON.stringify(result, null, 2), [result]);
  return (
    <pre className="console-text" aria-label="Result as JSON">
      {text.length > TEXT_RENDER_LIMIT
        ? `${text.slice(0, TEXT_RENDER_LIMIT)}\n… (${text.length.toLocaleString('en')} characters; copy the table for all rows)`
        : text}
    </pre>
  );
}

interface TableProps {
  result: CypherResult;
  order: number[];
  sort: TableSort | null;
  onSort(column: number): void;
  onCopy(format: 'tsv' | 'csv'): void;
  onSelectNode?(entityId: string): void;
}

function Cell({ value, onSelectNode }: { value: CypherValue; onSelectNode?(entityId: string): void }) {
  const text = cellText(value);
  if (
    onSelectNode &&
    isNodeValue(value) &&
    value.labels.includes('Entity') &&
    typeof value.properties.id === 'string'
  ) {
    const id = value.properties.id;
    return (
      <button type="button" className="link console-cell-entity" title={`Open ${id}`} onClick={() => onSelectNode(id)}>
        {text}
      </button>
    );
  }
  return <span className={value === null ? 'muted' : undefined}>{text}</span>;
}

function ResultTable({ result, order, sort, onSort, onCopy, onSelectNode }: TableProps) {
  if (!result.columns.length) return <p className="muted">The query returned no columns.</p>;
  const shown = order.slice(0, TABLE_RENDER_LIMIT);
  return (
    <div className="console-table-wrap">
      <div className="console-copy">
        <button type="button" className="button" onClick={() => onCopy('tsv')}>
          Copy TSV
        </button>
        <button type="button" className="button" onClick={() => onCopy('csv')}>
          Copy CSV
        </button>
        {order.length > shown.length && (
          <span className="muted">
            Showing {shown.length.toLocaleString('en')} of {order.length.toLocaleString('en')} rows; copying takes them
            all.
          </span>
        )}
      </div>
      <div className="console-table-scroll">
        <table className="console-table">
          <thead>
            <tr>
              {result.columns.map((column, index) => (
                <th
                  key={`${column}-${index}`}
                  aria-sort={sort?.column === index ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
                >
                  <button type="button" onClick={() => onSort(index)}>
                    {column}
                    <span aria-hidden="true">
                      {sort?.column === index ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((rowIndex) => (
              <tr key={rowIndex}>
                {result.columns.map((column, index) => (
                  <td key={`${column}-${index}`}>
                    <Cell value={result.rows[rowIndex]?.[index] ?? null} onSelectNode={onSelectNode} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {!result.rows.length && <p className="muted">No rows.</p>}
      </div>
    </div>
  );
}
