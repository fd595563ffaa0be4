// What the graph area says over or beside the graph: loading, error and empty states,
// every entity hidden by the filters, notes on statements drawn as nodes, on a capped
// overview and on a console view (the graph is a query's result, not the overview), and
// the entities not drawn for want of a link, and the passing notice.
import { explainError } from '../../api/useApi.ts';
import { StateMessage } from '../../components/StateMessage.tsx';
import { STATEMENT_NODE_CAP } from '../../consts.ts';
import { hiddenByFilters, unlinkedNote } from '../../core/explorer/derived.ts';
import { ingestCommand } from '../../core/store/ingestHint.ts';
import { useExplorer } from './explorerContext.ts';

export function GraphOverlays() {
  const { graph, state, view, actions } = useExplorer();
  const { load, health, statementPlan, notice } = state;
  const onRetry = actions.retry;
  return (
    <>
      {load.phase === 'loading' && (
        <div className="graph-overlay">
          <StateMessage kind="loading" title={load.message} />
        </div>
      )}
      {load.phase === 'error' && (
        <div className="graph-overlay">
          <StateMessage
            kind="error"
            title={load.error.code === 'NETWORK' ? 'The server is not answering' : 'The graph could not be loaded'}
            onRetry={onRetry}
          >
            <p>{explainError(load.error)}</p>
            <p className="muted">Error code: {load.error.code}</p>
          </StateMessage>
        </div>
      )}
      {load.phase === 'empty' && (
        <div className="graph-overlay">
          <StateMessage kind="empty" title="The database is empty" onRetry={onRetry}>
            <p>
              Load the sample articles with <code>npm run demo</code>, or your own with{' '}
              <code data-ingest-command>{ingestCommand(health)}</code>, then try again.
            </p>
          </StateMessage>
        </div>
      )}
      {hiddenByFilters(state, graph) && (
        <div className="graph-overlay passive">
          <StateMessage kind="empty" title="Every entity is hidden by the filters">
            <p>Loosen or reset the filters on the left.</p>
          </StateMessage>
        </div>
      )}
      <div className="graph-notes">
        {view.consoleQuery && load.phase !== 'loading' && (
          <p className="graph-note" data-console-view>
            Console view: the result of{' '}
            <code title={view.consoleQuery.query}>{shortQuery(view.consoleQuery.query)}</code>.{' '}
            <button type="button" className="link" onClick={actions.leaveConsoleView}>
              Back to the overview
            </button>
          </p>
        )}
        {load.phase === 'ready' && statementPlan && (
          <p className="graph-note" data-statement-note>
            {statementPlan.totalEdges === 0
              ? 'No "spoke about" link is shown: there is no statement to draw.'
              : statementPlan.edges.length === statementPlan.totalEdges
                ? `Statements as nodes: ${state.visible.statements} statements behind ${statementPlan.totalEdges} links.`
                : `Statements as nodes: the ${statementPlan.statementIds.length} statements of ${statementPlan.edges.length} of ${statementPlan.totalEdges} links (at most ${STATEMENT_NODE_CAP}); the other links stay aggregated.`}
          </p>
        )}
        {load.phase === 'ready' && state.visible.unlinked > 0 && (
          <p className="graph-note" data-unlinked-note>
            {unlinkedNote(state.visible.unlinked, view.filters.hiddenKinds.includes('comention'))}:{' '}
            <button
              type="button"
              className="link"
              onClick={() => actions.setFilters({ ...view.filters, unlinked: true })}
            >
              show
            </button>
          </p>
        )}
        {load.phase === 'ready' && load.truncated && (
          <p className="graph-note">
            Showing the {load.truncated.shown} most mentioned of {load.truncated.total} entities. Search or double-click
            to bring in more.
          </p>
        )}
      </div>
      {notice && (
        <div className="toast" role="alert">
          <span data-notice>{notice}</span>
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={actions.dismissNotice}>
            ×
          </button>
        </div>
      )}
    </>
  );
}

const SHORT_QUERY = 80;

function shortQuery(query: string): string {
  const line = query.replace(/\s+/g, ' ').trim();
  return line.length > SHORT_QUERY ? `${line.slice(0, SHORT_QUERY - 1)}…` : line;
}
