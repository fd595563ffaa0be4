// Layout and camera controls over the graph, the "statements as nodes" toggle, and the export menu,
// calling the explorer's named actions.
import { ExportMenu } from './export/ExportMenu.tsx';
import { useExplorer } from './explorer/explorerContext.ts';

export function GraphToolbar() {
  const { state, view, actions } = useExplorer();
  const status = state.layout;
  const { statementNodes } = view;
  const running = status !== 'idle';
  return (
    <div className="graph-toolbar" role="toolbar" aria-label="Layout and view">
      <div className="toolbar-group">
        {running ? (
          <button
            type="button"
            className="button"
            onClick={actions.stopLayout}
            data-layout="stop"
            title="Stop the layout"
          >
            <span className="spinner small" aria-hidden="true" /> {status === 'forces' ? 'Laying out…' : 'Separating…'}{' '}
            Stop
          </button>
        ) : (
          <button
            type="button"
            className="button"
            onClick={actions.startLayout}
            data-layout="start"
            title="Run ForceAtlas2 (stops by itself)"
          >
            ▶ Force layout
          </button>
        )}
        <button type="button" className="button" onClick={actions.circularLayout} title="Place nodes on a circle">
          Circle
        </button>
        <button type="button" className="button" onClick={actions.randomLayout} title="Place nodes at random">
          Random
        </button>
        <button
          type="button"
          className={statementNodes ? 'button active' : 'button'}
          aria-pressed={statementNodes}
          onClick={() => actions.setStatementNodes(!statementNodes)}
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
          onClick={() => actions.zoom(1 / 1.5)}
          aria-label="Zoom in"
          title="Zoom in"
        >
          +
        </button>
        <button
          type="button"
          className="button icon"
          onClick={() => actions.zoom(1.5)}
          aria-label="Zoom out"
          title="Zoom out"
        >
          −
        </button>
        <button type="button" className="button" onClick={actions.fitView} title="Fit the whole graph (reset view)">
          Fit
        </button>
        <ExportMenu />
      </div>
    </div>
  );
}
