// Layout and camera controls over the graph, the "statements as nodes" toggle, and the export menu.
import type { ReactNode } from 'react';
import type { LayoutStatus } from '../core/layout/layoutRunner.ts';

interface Props {
  status: LayoutStatus;
  onStart: () => void;
  onStop: () => void;
  onCircular: () => void;
  onRandom: () => void;
  onFit: () => void;
  onZoom: (factor: number) => void;
  /** Statements behind the visible "spoke about" links drawn as nodes. */
  statementNodes: boolean;
  onStatementNodes: (on: boolean) => void;
  /** More controls at the end of the toolbar (the export menu). */
  extra?: ReactNode;
}

export function GraphToolbar({
  status,
  onStart,
  onStop,
  onCircular,
  onRandom,
  onFit,
  onZoom,
  statementNodes,
  onStatementNodes,
  extra,
}: Props) {
  const running = status !== 'idle';
  return (
    <div className="graph-toolbar" role="toolbar" aria-label="Layout and view">
      <div className="toolbar-group">
        {running ? (
          <button type="button" className="button" onClick={onStop} data-layout="stop" title="Stop the layout">
            <span className="spinner small" aria-hidden="true" /> {status === 'forces' ? 'Laying out…' : 'Separating…'}{' '}
            Stop
          </button>
        ) : (
          <button
            type="button"
            className="button"
            onClick={onStart}
            data-layout="start"
            title="Run ForceAtlas2 (stops by itself)"
          >
            ▶ Force layout
          </button>
        )}
        <button type="button" className="button" onClick={onCircular} title="Place nodes on a circle">
          Circle
        </button>
        <button type="button" className="button" onClick={onRandom} title="Place nodes at random">
          Random
        </button>
        <button
          type="button"
          className={statementNodes ? 'button active' : 'button'}
          aria-pressed={statementNodes}
          onClick={() => onStatementNodes(!statementNodes)}
          data-toggle="statement-nodes"
          aria-label="Statements as nodes"
          title="Statements as nodes: draw the statements behind the visible “spoke about” links (speaker → statement → whom)"
        >
          Statements
        </button>
      </div>
      <div className="toolbar-group">
        <button
          type="button"
          className="button icon"
          onClick={() => onZoom(1 / 1.5)}
          aria-label="Zoom in"
          title="Zoom in"
        >
          +
        </button>
        <button
          type="button"
          className="button icon"
          onClick={() => onZoom(1.5)}
          aria-label="Zoom out"
          title="Zoom out"
        >
          −
        </button>
        <button type="button" className="button" onClick={onFit} title="Fit the whole graph (reset view)">
          Fit
        </button>
        {extra}
      </div>
    </div>
  );
}
