// Statements as nodes: planned from the links the filters show, drawn once their
// statements are known; off removes exactly what was added. No layout runs for them
// (they are placed along their link), so the entities never move.
import { useEffect } from 'react';
import type { StatementView } from '../../../contract/api.ts';
import { toApiError } from '../../api/client.ts';
import { explainError } from '../../api/useApi.ts';
import { STATEMENT_NODE_CAP } from '../../consts.ts';
import { planStatementNodes, statementNodesIn, syncStatementNodes } from '../../core/aggregation/statementNodes.ts';
import type { ExplorerState } from '../../core/explorer/explorerState.ts';
import type { GraphSession } from './explorerContext.ts';

export function useStatementNodes(session: GraphSession, state: ExplorerState): void {
  const loadPhase = state.load.phase;
  const { statementNodes } = state.view;
  /** Grows each time the filters' flags are written: the plan follows what is visible. */
  const { round } = state.visible;
  useEffect(() => {
    const { client, graph, layout, dispatch, statementCache, statementLayerKey, visibilityRef, structureChanged } =
      session;
    if (loadPhase !== 'ready') {
      // A (re)load clears the graph: whatever was drawn is gone.
      statementLayerKey.current = null;
      return undefined;
    }
    if (!statementNodes) {
      dispatch({ type: 'statementPlanned', plan: null });
      statementLayerKey.current = null;
      if (statementNodesIn(graph).length > 0) {
        layout.stop();
        syncStatementNodes(graph, [], statementCache);
        structureChanged();
      }
      return undefined;
    }
    const visibility = visibilityRef.current;
    if (!visibility) return undefined;
    const plan = planStatementNodes(graph, visibility, STATEMENT_NODE_CAP);
    dispatch({ type: 'statementPlanned', plan });
    const key = plan.edges.join('\n');
    if (key === statementLayerKey.current) return undefined;
    const controller = new AbortController();
    const missing = plan.statementIds.filter((id) => !statementCache.has(id));
    const fetched = missing.length
      ? client.statementsByIds(missing, controller.signal)
      : Promise.resolve({ statements: [] as StatementView[] });
    fetched.then(
      ({ statements }) => {
        if (controller.signal.aborted) return;
        for (const statement of statements) statementCache.set(statement.id, statement);
        statementLayerKey.current = key;
        syncStatementNodes(graph, plan.edges, statementCache);
        structureChanged();
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        dispatch({
          type: 'notify',
          notice: `The statements could not be drawn as nodes: ${explainError(toApiError(error))}`,
        });
      },
    );
    return () => controller.abort();
  }, [session, loadPhase, statementNodes, round]);
}
