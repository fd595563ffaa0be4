// The explorer's named actions: what the toolbar, the keyboard, the panels and the sigma
// controllers call. Those that only change the state dispatch to explorerReducer; those
// that also touch the graph, the server or the layout (expand, collapse, openEntity,
// showConsoleGraph …) do that work here, then dispatch what they did. The object is made
// once per page, so a panel holding an action never holds a stale one.
import { useEffect, useMemo } from 'react';
import type { GraphPayload, StatementView } from '../../../contract/api.ts';
import { toApiError } from '../../api/client.ts';
import { explainError } from '../../api/useApi.ts';
import { EXPAND_CAP } from '../../consts.ts';
import { isStatementNodeId, statementNodeId } from '../../core/aggregation/statementNodes.ts';
import { expansionNotice } from '../../core/explorer/expansionNotice.ts';
import { viewActions } from '../../core/explorer/viewActions.ts';
import { CONSOLE_ORIGIN, expandOrigin, mergePayload, removeOrigin } from '../../core/graph/explorerGraph.ts';
import type { SearchResult } from '../../core/search/searchResults.ts';
import type { ConsoleQuery, Selection } from '../../core/url/urlState.ts';
import type { GraphSession } from './explorerContext.ts';

/** The named actions over a session; a plain function, so tests run it without React. */
export function explorerActions(session: GraphSession) {
  const { graph, layout, dispatch, sigmaRef, viewRef, statementCache, fetchNeighbours, structureChanged, focusNode } =
    session;
  const view = viewActions(dispatch);

  /** Fetches and draws an entity's neighbours (`limit` of them); false when that failed. */
  const expand = async (entityId: string, limit: number = EXPAND_CAP): Promise<boolean> => {
    // A statement drawn as a node has no neighbours to fetch: it already shows them all.
    if (isStatementNodeId(entityId)) return false;
    dispatch({ type: 'expanding', id: entityId });
    try {
      const result = await fetchNeighbours(entityId, limit);
      // The default number of neighbours is written as 0, so links stay short.
      view.expanded(entityId, limit === EXPAND_CAP ? 0 : limit);
      structureChanged();
      const added = result.addedNodes.filter((id) => id !== entityId);
      const name = graph.hasNode(entityId) ? graph.getNodeAttribute(entityId, 'label') : entityId;
      dispatch({ type: 'expansionShown', notice: expansionNotice(name, result.info, added.length), added });
      if (result.addedNodes.length) {
        layout.start(new Set(result.addedNodes));
        // The camera follows: the entity with what it brought, kept in view as the layout places them.
        focusNode(entityId, added);
      }
      return true;
    } catch (error) {
      dispatch({ type: 'notify', notice: `Could not expand: ${explainError(toApiError(error))}` });
      return false;
    } finally {
      dispatch({ type: 'expanding', id: null });
    }
  };

  /** Removes what expanding an entity brought, keeping the entity and the selection. */
  const collapse = (entityId: string) => {
    const keep = new Set([entityId]);
    const selected = viewRef.current.selection;
    if (selected?.kind === 'node') keep.add(selected.id);
    layout.stop();
    removeOrigin(graph, expandOrigin(entityId), keep);
    view.collapsed(entityId);
    structureChanged();
  };

  /** Opens an entity from anywhere (search, a chip, the reader); brings it into the graph if needed. */
  const openEntity = async (entityId: string): Promise<void> => {
    view.select({ kind: 'node', id: entityId });
    const drawn = graph.hasNode(entityId);
    // An entity brought in by expanding it is framed with its neighbours by the expansion.
    if (!drawn && !(await expand(entityId))) return;
    view.revealNode(entityId);
    if (drawn) focusNode(entityId);
  };

  /** Opens a statement with its evidence, whether or not it is drawn as a node. */
  const openStatement = (statement: StatementView) => {
    statementCache.set(statement.id, statement);
    view.openStatement(statement.id);
  };

  /** A console result on the canvas: added to the graph, or instead of it. */
  const showConsoleGraph = (mode: 'add' | 'replace', payload: GraphPayload, query: ConsoleQuery | null = null) => {
    layout.stop();
    if (mode === 'replace') {
      graph.clear();
      session.statementLayerKey.current = null;
    }
    const result = mergePayload(graph, payload, { origin: CONSOLE_ORIGIN });
    dispatch({
      type: 'consoleGraphShown',
      mode,
      ids: payload.nodes.map((node) => node.id),
      graphEmpty: graph.order === 0,
      query,
    });
    structureChanged();
    if (mode === 'replace') layout.start(undefined, { fresh: true });
    else if (result.addedNodes.length) layout.start(new Set(result.addedNodes));
  };

  const layoutActions = {
    startLayout: () => {
      sigmaRef.current?.setCustomBBox(null);
      layout.start();
    },
    stopLayout: () => layout.stop(),
    circularLayout: () => layout.circular(),
    randomLayout: () => layout.random(),
    fitView: () => {
      sigmaRef.current?.setCustomBBox(null);
      sigmaRef.current?.getCamera().animatedReset({ duration: 400 });
    },
    zoom: (factor: number) => {
      const camera = sigmaRef.current?.getCamera();
      if (camera) camera.animate({ ratio: camera.getState().ratio * factor }, { duration: 250 });
    },
  };

  return {
    select: view.select,
    /** Opens the reader, at the statement when one is given. */
    openArticle: (articleId: string, statementId?: string) =>
      dispatch({ type: 'openArticleAt', articleId, statementId: statementId ?? null }),
    closeArticle: view.closeArticle,
    setFilters: view.setFilters,
    setEntityPanel: view.setEntityPanel,
    setSizeBy: view.setSizeBy,
    setColorBy: view.setColorBy,
    setCamera: view.setCamera,
    hideNode: view.hideNode,
    showHidden: view.showHidden,
    setStatementNodes: view.setStatementNodes,
    openFinder: view.openFinder,
    setFinder: view.setFinder,
    closeFinder: view.closeFinder,
    toggleFinder: () => dispatch({ type: 'toggleFinder' }),
    toggleTable: view.toggleTable,
    setTable: view.setTable,
    closeTable: view.closeTable,
    /** A row of the statements table: the statement selected, and its article open at it. */
    readStatement: (statement: StatementView) => {
      openStatement(statement);
      dispatch({ type: 'openArticleAt', articleId: statement.articleId, statementId: statement.id });
    },
    escape: view.escape,
    toggleConsole: () => dispatch({ type: 'toggleConsole' }),
    closeConsole: () => dispatch({ type: 'closeConsole' }),
    hover: (node: string | null) => dispatch({ type: 'hover', node }),
    focus: focusNode,
    dismissNotice: () => dispatch({ type: 'dismissNotice' }),
    retry: () => dispatch({ type: 'retry' }),
    /** Back from a console view (a query that replaced the graph) to the overview. */
    leaveConsoleView: () => dispatch({ type: 'leaveConsoleView' }),
    expand,
    /** Asks for one more page of an expanded entity's neighbours than its last expansion did. */
    showMoreNeighbours: (entityId: string) => {
      const asked = viewRef.current.expanded.find((e) => e.id === entityId)?.limit || EXPAND_CAP;
      return expand(entityId, asked + EXPAND_CAP);
    },
    collapse,
    openEntity,
    openStatement,
    showConsoleGraph,
    /** A click on the canvas; an edge of a statement drawn as a node opens that statement. */
    selectOnCanvas: (selection: Selection | null) => {
      const link =
        selection?.kind === 'edge' && graph.hasEdge(selection.id)
          ? graph.getEdgeAttribute(selection.id, 'statementLink')
          : undefined;
      dispatch({
        type: 'selectOnCanvas',
        selection: link ? { kind: 'node', id: statementNodeId(link.statementId) } : selection,
      });
    },
    /** A search result chosen: an entity, a statement, or the finder on the words typed. */
    chooseSearchResult: (result: SearchResult) => {
      if (result.kind === 'entity') void openEntity(result.hit.id);
      else if (result.kind === 'statement') openStatement(result.statement);
      else view.openFinder(result.text);
    },
    ...layoutActions,
    attachSigma: session.attachSigma,
  };
}

export type ExplorerActions = ReturnType<typeof explorerActions>;

export function useExplorerActions(session: GraphSession): ExplorerActions {
  const actions = useMemo(() => explorerActions(session), [session]);

  // Escape closes the open panel when the focus is not in a field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA'))
        return;
      actions.escape();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions]);

  return actions;
}
