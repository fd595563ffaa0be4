// The details column: the article reader, or the panel of what is selected (a statement,
// an entity, a link), or the statements finder, or the welcome panel, in that order.
import type { HealthInfo, StatementView } from '../../../contract/api.ts';
import { StateMessage } from '../../components/StateMessage.tsx';
import { EXPAND_CAP } from '../../consts.ts';
import { isStatementNodeId, statementIdOf } from '../../core/aggregation/statementNodes.ts';
import { ArticlePanel } from '../panels/ArticlePanel.tsx';
import { EdgePanel, type EdgeInfo } from '../panels/EdgePanel.tsx';
import { EntityPanel, type ExpansionInfo } from '../panels/EntityPanel.tsx';
import { StatementFinderPanel } from '../panels/StatementFinderPanel.tsx';
import { StatementPanel } from '../panels/StatementPanel.tsx';
import { WelcomePanel } from '../WelcomePanel.tsx';
import type { LoadState } from './GraphOverlays.tsx';
import { useExplorer } from './explorerContext.ts';

interface Props {
  health: HealthInfo | null;
  loadPhase: LoadState['phase'];
  /** Reloads of the page's graph: an entity panel starts afresh with each. */
  attempt: number;
  /** The statement the reader opens at. */
  readingFocus: string | null;
  /** Statements the page already holds, by id. */
  knownStatements: ReadonlyMap<string, StatementView>;
  expansions: Record<string, ExpansionInfo>;
  /** The entity whose neighbours are being fetched. */
  expanding: string | null;
  /** The selected link, when it is in the graph. */
  edgeInfo: EdgeInfo | null;
}

export function DetailPane({
  health,
  loadPhase,
  attempt,
  readingFocus,
  knownStatements,
  expansions,
  expanding,
  edgeInfo,
}: Props) {
  const { client, graph, view, actions, openEntity, openArticle, openStatement, expand, collapse, focusNode } =
    useExplorer();
  const { select } = actions;
  const selectedNode = view.selection?.kind === 'node' ? view.selection.id : null;
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
        onFocus={() => focusNode(selectedNode)}
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
  } else if (view.selection?.kind === 'edge' && loadPhase === 'ready') {
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
