// The details column: the article reader, or the panel of what is selected (a statement,
// an entity, a link), or the statements finder, or the welcome panel, in that order.
import { StateMessage } from '../../components/StateMessage.tsx';
import { isStatementNodeId, statementIdOf } from '../../core/aggregation/statementNodes.ts';
import { edgeInfoOf, selectedEdgeOf, selectedNodeOf } from '../../core/explorer/derived.ts';
import { ArticlePanel } from '../panels/ArticlePanel.tsx';
import { EdgePanel } from '../panels/EdgePanel.tsx';
import { EntityPanel } from '../panels/EntityPanel.tsx';
import { StatementFinderPanel } from '../panels/StatementFinderPanel.tsx';
import { StatementPanel } from '../panels/StatementPanel.tsx';
import { WelcomePanel } from '../WelcomePanel.tsx';
import { useExplorer } from './explorerContext.ts';

export function DetailPane() {
  const { graph, state, view } = useExplorer();
  const selectedNode = selectedNodeOf(view);
  const edgeInfo = edgeInfoOf(graph, selectedEdgeOf(view, graph));
  if (view.reading) {
    return <ArticlePanel articleId={view.reading} />;
  } else if (selectedNode && isStatementNodeId(selectedNode)) {
    const statementId = statementIdOf(selectedNode);
    return <StatementPanel key={statementId} statementId={statementId} />;
  } else if (selectedNode) {
    return <EntityPanel key={`${selectedNode}#${state.attempt}`} entityId={selectedNode} />;
  } else if (edgeInfo) {
    return <EdgePanel key={edgeInfo.id} edge={edgeInfo} />;
  } else if (view.selection?.kind === 'edge' && state.load.phase === 'ready') {
    return (
      <section className="panel detail-panel">
        <StateMessage kind="empty" title="This link is not in the current graph">
          <p>Expand one of its ends, or search for the people involved.</p>
        </StateMessage>
      </section>
    );
  } else if (view.finder) {
    return <StatementFinderPanel finder={view.finder} />;
  } else {
    return <WelcomePanel health={state.health} />;
  }
}
