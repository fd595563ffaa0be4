// The "Export" menu of the graph toolbar: choose what (the current view, the selection with
// or without its neighbors, the console's last result) and a format. Graph formats are
// written by the server from the entity ids in scope (for the view, only the links it
// shows, and how each entity is drawn); PNG and SVG are drawn from the view. Files are
// named after what they hold.
import { useEffect, useId, useRef, useState } from 'react';
import { MAX_EXPORT_EDGES, MAX_EXPORT_IDS } from '../../../contract/limits.ts';
import { EXPORT_FORMAT_INFO, isImageFormat, type ExplorerExportFormat } from '../../core/export/formats.ts';
import { legendEntries } from '../../core/export/legend.ts';
import { exportBaseName, sourceLine } from '../../core/export/naming.ts';
import { nodeLooks, scopeNodeIds, visibleEdgeIds, type ExportScope } from '../../core/export/scope.ts';
import { NOTE_FONT_SIZE, sceneToSvg } from '../../core/export/svg.ts';
import { selectedNodeOf } from '../../core/explorer/derived.ts';
import { useExplorer } from '../explorer/explorerContext.ts';
import { useCommunityColouring } from '../explorer/useCommunityColouring.ts';
import { saveBlob } from './download.ts';
import { viewToPng } from './png.ts';
import { measureIn, sceneFromSigma } from './scene.ts';

const BACKGROUND = '#ffffff';

export function ExportMenu() {
  const { graph, sigma, client, view, state } = useExplorer();
  const { health } = state;
  const selected = selectedNodeOf(view);
  const { consoleIds } = state;
  // While the view is coloured by community, every export carries the colours the screen shows.
  const colouring = useCommunityColouring();
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<ExportScope>('view');
  const [withNeighbors, setWithNeighbors] = useState(true);
  const [busy, setBusy] = useState<ExplorerExportFormat | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLElement>('input:checked, input, button.export-format')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const input = { graph, selected, withNeighbors, consoleIds };
  const ids = open ? scopeNodeIds(scope, input) : [];
  const imageOnly = scope === 'view';

  const run = async (format: ExplorerExportFormat) => {
    setBusy(format);
    setMessage(null);
    const date = new Date();
    const subject = selected !== null && graph.hasNode(selected) ? graph.getNodeAttribute(selected, 'label') : null;
    const notes = () => ({
      legend: legendEntries(graph, colouring),
      source: sourceLine({ articles: health?.stats?.articles ?? null, query: view.consoleQuery?.query ?? null, date }),
    });
    try {
      if (format === 'png') {
        if (!sigma) throw new Error('The graph is not drawn yet.');
        const png = await viewToPng(sigma, { ...notes(), background: BACKGROUND });
        saveBlob(png, `${exportBaseName({ scope: 'view', subject, withNeighbors, date })}.png`);
      } else if (format === 'svg') {
        if (!sigma) throw new Error('The graph is not drawn yet.');
        const scene = sceneFromSigma(sigma, BACKGROUND);
        const measure = measureIn(`${NOTE_FONT_SIZE}px ${scene.labelFont ?? 'sans-serif'}`);
        const svg = sceneToSvg({ ...scene, notes: { ...notes(), measure } });
        saveBlob(
          new Blob([svg], { type: 'image/svg+xml' }),
          `${exportBaseName({ scope: 'view', subject, withNeighbors, date })}.svg`,
        );
      } else {
        if (ids.length === 0) throw new Error('There is nothing to export in this scope.');
        if (ids.length > MAX_EXPORT_IDS) throw new Error(`At most ${MAX_EXPORT_IDS} entities can be exported at once.`);
        // The view keeps only the links it shows; a selection keeps every link among its
        // entities (all the statements of the entity and its neighbours).
        const edges = scope === 'view' ? visibleEdgeIds(graph) : undefined;
        if (edges !== undefined && edges.length > MAX_EXPORT_EDGES)
          throw new Error(`At most ${MAX_EXPORT_EDGES} links can be exported at once.`);
        const file = await client.exportFile({
          format,
          ids,
          edges,
          looks: nodeLooks(graph, ids, colouring),
          name: exportBaseName({ scope, subject, withNeighbors, date }),
        });
        saveBlob(file.blob, file.filename);
      }
      setMessage({ kind: 'done', text: 'Download started.' });
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      setMessage({ kind: 'error', text });
    } finally {
      setBusy(null);
    }
  };

  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };

  const scopes: { value: ExportScope; label: string; disabled: boolean }[] = [
    { value: 'view', label: 'Current view', disabled: false },
    { value: 'selection', label: 'Selected entity', disabled: selected === null || !graph.hasNode(selected) },
    { value: 'console', label: 'Console result', disabled: consoleIds === null || consoleIds.length === 0 },
  ];

  return (
    <div
      className="export-menu"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          // The page's own Escape (closing the detail panel) leaves this one alone.
          event.preventDefault();
          close();
        }
      }}
    >
      <button
        type="button"
        className="button"
        ref={trigger}
        aria-expanded={open}
        aria-controls={panelId}
        aria-haspopup="dialog"
        data-export="toggle"
        onClick={() => (open ? close() : setOpen(true))}
        title="Export the graph"
      >
        ⤓ Export
      </button>
      {open && (
        <div className="export-panel" id={panelId} role="dialog" aria-label="Export">
          <fieldset className="export-scope">
            <legend>What</legend>
            {scopes.map((option) => (
              <label key={option.value} className={option.disabled ? 'disabled' : undefined}>
                <input
                  type="radio"
                  name={`${panelId}-scope`}
                  value={option.value}
                  checked={scope === option.value}
                  disabled={option.disabled}
                  onChange={() => setScope(option.value)}
                />
                {option.label}
              </label>
            ))}
            {scope === 'selection' && (
              <label>
                <input
                  type="checkbox"
                  checked={withNeighbors}
                  onChange={(event) => setWithNeighbors(event.target.checked)}
                />
                with its neighbors
              </label>
            )}
            <p className="muted export-count" data-export="count">
              {ids.length} {ids.length === 1 ? 'entity' : 'entities'}
            </p>
          </fieldset>
          <div className="export-formats" role="group" aria-label="Format">
            {EXPORT_FORMAT_INFO.map((info) => {
              const image = isImageFormat(info.format);
              return (
                <button
                  key={info.format}
                  type="button"
                  className="button export-format"
                  data-format={info.format}
                  title={image && !imageOnly ? `${info.hint} (always the whole current view)` : info.hint}
                  disabled={busy !== null || (!image && ids.length === 0)}
                  onClick={() => void run(info.format)}
                >
                  {busy === info.format && <span className="spinner small" aria-hidden="true" />}
                  {info.label}
                </button>
              );
            })}
          </div>
          {message && (
            <p className={message.kind === 'error' ? 'export-message error' : 'export-message muted'} role="status">
              {message.text}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
