// The details column: the article reader, or the panel of what is selected (a statement,
// an entity, a link), or the statements finder, or the welcome panel, in that order.
import { StateMessage } from '../../components/StateMessage.tsx';
import { EXPAND_CAP } from '../../consts.ts';
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
  const { client, graph, state, view, actions, knownStatements } = useExplorer();
  const { health, attempt, readingFocus, expansions, expanding } = state;
  const { select, openEntity, openArticle, openStatement, expand, collapse } = actions;
  const selectedNode = selectedNodeOf(view);
  const edgeInfo = edgeInfoOf(graph, selectedEdgeOf(view, graph));
  if (view.reading) {
    return (
      <ArticlePanel
        client={client}
        articleId={view.reading}
        focusStatement={readingFocus}
        onClose={actions.closeArticle}
        onOpenEntity={openEntity}
      />
    );
  } else if (selectedNode && isStatementNodeId(selectedNode)) {
    const statementId = statementIdOf(selectedNode);
    return (
      <StatementPanel
        key={statementId}
        client={client}
        statementId={statementId}
        known={knownStatements.get(statementId) ?? null}
        drawn={graph.hasNode(selectedNode)}
        onClose={() => select(null)}
        onOpenEntity={(id) => void openEntity(id)}
        onOpenArticle={openArticle}
      />
    );
  } else if (selectedNode) {
    return (
      <EntityPanel
        key={`${selectedNode}#${attempt}`}
        client={client}
        entityId={selectedNode}
        inGraph={graph.hasNode(selectedNode)}
        expansion={expansions[selectedNode] ?? null}
        loadingExpansion={expanding === selectedNode}
        dateRange={{ from: view.filters.from, to: view.filters.to }}
        onExpand={() => void expand(selectedNode)}
        onShowMore={() =>
          void expand(
            selectedNode,
            (view.expanded.find((e) => e.id === selectedNode)?.limit || EXPAND_CAP) + EXPAND_CAP,
          )
        }
        onCollapse={() => collapse(selectedNode)}
        onHide={() => actions.hideNode(selectedNode)}
        onFocus={() => actions.focus(selectedNode)}
        onClose={() => select(null)}
        onOpenEntity={(id) => void openEntity(id)}
        onOpenArticle={openArticle}
      />
    );
  } else if (edgeInfo) {
    return (
      <EdgePanel
        key={edgeInfo.id}
        client={client}
        edge={edgeInfo}
        onClose={() => select(null)}
        onOpenEntity={(id) => void openEntity(id)}
        onOpenArticle={openArticle}
      />
    );
  } else if (view.selection?.kind === 'edge' && state.load.phase === 'ready') {
    return (
      <section className="panel detail-panel">
        <StateMessage kind="empty" title="This link is not in the current graph">
          <p>Expand one of its ends, or search for the people involved.</p>
        </StateMessage>
      </section>
    );
  } else if (view.finder) {
    return (
      <StatementFinderPanel
        client={client}
        finder={view.finder}
        onChange={actions.setFinder}
        onOpenStatement={openStatement}
        onClose={actions.closeFinder}
      />
    );
  } else {
    return <WelcomePanel health={health} />;
  }
}
