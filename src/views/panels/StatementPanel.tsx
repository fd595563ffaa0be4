// One statement, drawn as a node ("statements as nodes") or found by search: who said it,
// about whom, the quote and its source sentence, and the article it comes from.
import type { StatementView } from '../../../contract/api.ts';
import type { ApiClient } from '../../api/client.ts';
import { ApiRequestError } from '../../api/client.ts';
import { explainError, useApi } from '../../api/useApi.ts';
import { StateMessage } from '../../components/StateMessage.tsx';
import { StatementCard } from '../../components/StatementCard.tsx';
import { statementNodeId } from '../../core/aggregation/statementNodes.ts';
import { useExplorer } from '../explorer/explorerContext.ts';

async function loadStatement(client: ApiClient, statementId: string, signal: AbortSignal): Promise<StatementView> {
  const { statements } = await client.statementsByIds([statementId], signal);
  const found = statements.find((s) => s.id === statementId);
  if (!found) throw new ApiRequestError(`no statement with id "${statementId}"`, 'NOT_FOUND', 404);
  return found;
}

/** A statement's panel: the statement as the page holds it or as the server finds it. */
export function StatementPanel({ statementId }: { statementId: string }) {
  const { client, graph, knownStatements, actions } = useExplorer();
  /** The statement when the page already has it (it drew the node from it, or a list gave it). */
  const known = knownStatements.get(statementId) ?? null;
  /** Whether the statement is drawn as a node on the graph. */
  const drawn = graph.hasNode(statementNodeId(statementId));
  const close = () => actions.select(null);
  const openEntity = (id: string) => void actions.openEntity(id);
  const { openArticle } = actions;
  const [remote, retry] = useApi<StatementView>(known ? null : (signal) => loadStatement(client, statementId, signal), [
    client,
    statementId,
    known,
  ]);
  const statement = known ?? (remote?.status === 'ok' ? remote.data : null);
  return (
    <section
      className="panel detail-panel statement-panel"
      aria-labelledby="statement-title"
      tabIndex={-1}
      data-statement-panel={statementId}
    >
      <header className="detail-head">
        <div className="detail-title-row">
          <h2 id="statement-title">Statement</h2>
          <button type="button" className="icon-button" onClick={close} aria-label="Close panel" title="Close (Esc)">
            ×
          </button>
        </div>
        <div className="detail-meta">
          <span>
            {drawn ? 'Drawn as a node: speaker → statement → whom it is about' : 'Who said it, about whom, and where'}
          </span>
        </div>
      </header>
      <div className="tab-body">
        {statement ? (
          <div className="statement-list">
            <StatementCard statement={statement} onOpenEntity={openEntity} onOpenArticle={openArticle} />
          </div>
        ) : remote?.status === 'error' ? (
          <StateMessage kind="error" title="The statement could not be loaded" onRetry={retry}>
            <p>{explainError(remote.error)}</p>
          </StateMessage>
        ) : (
          <StateMessage kind="loading" title="Loading the statement…" />
        )}
      </div>
    </section>
  );
}
