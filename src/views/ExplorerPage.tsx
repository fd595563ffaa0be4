// The explorer page: layout only. The graph, the state (with the view mirrored in the URL)
// and the named actions live in the store (explorer/useExplorerStore.ts); the panels and
// controllers below read them through useExplorer().
import { lazy, Suspense } from 'react';
import { StateMessage } from '../components/StateMessage.tsx';
import { CameraController } from './graph/CameraController.tsx';
import { GraphCanvas } from './graph/GraphCanvas.tsx';
import { InteractionController } from './graph/InteractionController.tsx';
import { ReducersController } from './graph/ReducersController.tsx';
import { CommunityLegend } from './CommunityLegend.tsx';
import { GraphToolbar } from './GraphToolbar.tsx';
import { FiltersPanel } from './panels/FiltersPanel.tsx';
import { SearchPanel } from './panels/SearchPanel.tsx';
import { TimelinePanel } from './panels/TimelinePanel.tsx';
import { DetailPane } from './explorer/DetailPane.tsx';
import { ExplorerContext } from './explorer/explorerContext.ts';
import { GraphOverlays } from './explorer/GraphOverlays.tsx';
import { useExplorerStore } from './explorer/useExplorerStore.ts';
import { StatementsTable } from './table/StatementsTable.tsx';

// CodeMirror is most of the console's weight: load it when the console is first opened.
const ConsolePanel = lazy(() =>
  import('./console/ConsolePanel.tsx').then((module) => ({ default: module.ConsolePanel })),
);

export function ExplorerPage() {
  const explorer = useExplorerStore();
  const { graph, state, view, actions } = explorer;
  const { consoleOpen, health, load } = state;
  const finderShown = Boolean(view.finder) && !consoleOpen;
  return (
    <ExplorerContext.Provider value={explorer}>
      <div className="app">
        <header className="topbar">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true" />
            newsgraph
          </div>
          <SearchPanel />
          <button
            type="button"
            className={`topbar-button${consoleOpen ? ' active' : ''}`}
            aria-pressed={consoleOpen}
            onClick={actions.toggleConsole}
          >
            Cypher console
          </button>
          <button
            type="button"
            className={`topbar-button${finderShown ? ' active' : ''}`}
            aria-pressed={finderShown}
            onClick={actions.toggleFinder}
          >
            Statements
          </button>
          <button
            type="button"
            className={`topbar-button${view.table ? ' active' : ''}`}
            aria-pressed={Boolean(view.table)}
            onClick={actions.toggleTable}
            data-toggle="statements-table"
          >
            Table
          </button>
          <div className="topbar-stats" aria-live="polite">
            {health?.stats
              ? `${health.stats.articles} articles · ${health.stats.entities} entities · ${health.stats.statements} statements`
              : ''}
          </div>
        </header>
        <main className="workspace">
          <aside className="sidebar" aria-label="Filters and legend">
            <FiltersPanel key={state.attempt} />
          </aside>
          <section className="graph-area" aria-label="Graph" data-phase={load.phase}>
            <GraphCanvas graph={graph} onReady={actions.attachSigma}>
              <ReducersController />
              <InteractionController />
              <CameraController />
            </GraphCanvas>
            {load.phase === 'ready' && <GraphToolbar />}
            {load.phase === 'ready' && <CommunityLegend />}
            <GraphOverlays />
            <TimelinePanel />
            {view.table && <StatementsTable table={view.table} />}
          </section>
          <aside className="details" aria-label="Details">
            {/* Once opened, the console stays mounted (hidden) so its query and results survive a look at an entity. */}
            {state.consoleMounted && (
              <div className="console-slot" hidden={!consoleOpen}>
                <Suspense fallback={<StateMessage kind="loading" title="Opening the Cypher console…" />}>
                  <ConsolePanel />
                </Suspense>
              </div>
            )}
            {!consoleOpen && <DetailPane />}
          </aside>
        </main>
      </div>
    </ExplorerContext.Provider>
  );
}
