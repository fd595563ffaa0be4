// The explorer's store: the one graph of the session, the state (explorerReducer) with the
// view mirrored in the URL, and the effects that keep the graph, sigma and the state in
// step (visibility, sizes, the first load, statements as nodes). The page creates it once
// and hands it to its panels and controllers through ExplorerContext.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { StatementView } from '../../../contract/api.ts';
import { ApiClient } from '../../api/client.ts';
import { EDGE_EVENTS_MAX_EDGES, LARGE_GRAPH_EDGES, LARGE_GRAPH_NODES, SMALL_GRAPH } from '../../consts.ts';
import { graphCountsWalk } from '../../core/explorer/derived.ts';
import { explorerReducer, initialExplorerState } from '../../core/explorer/explorerState.ts';
import {
  applyVisibilityWalk,
  computeVisibilityWalk,
  type ArticleScope,
  type FilterState,
  type Visibility,
  UNLINKED_FOLD_MIN_ENTITIES,
} from '../../core/filters/filters.ts';
import {
  applySizes,
  applySizesWalk,
  createExplorerGraph,
  expandOrigin,
  markParallelEdgesWalk,
  mergePayload,
  type ExplorerGraph,
} from '../../core/graph/explorerGraph.ts';
import { runInSlices, runNow, type Slicing, type Walk } from '../../core/graph/slices.ts';
import { LayoutRunner, type LayoutStatus } from '../../core/layout/layoutRunner.ts';
import { parseViewState, serializeViewState } from '../../core/url/urlState.ts';
import type { ExplorerSigma } from '../graph/SigmaContext.ts';
import type { Explorer, GraphSession } from './explorerContext.ts';
import { useContentScope } from './useContentScope.ts';
import { useExplorerActions } from './useExplorerActions.ts';
import { useGraphLoad } from './useGraphLoad.ts';
import { useStatementNodes } from './useStatementNodes.ts';

/** Read-only handle for browser tests: the graph and renderer already on this page, nothing more. */
export interface ExplorerTestHook {
  graph: ExplorerGraph;
  sigma: ExplorerSigma | null;
  ready: boolean;
  layout: LayoutStatus;
}

declare global {
  interface Window {
    __newsgraph?: ExplorerTestHook;
  }
}

export function useExplorerStore(): Explorer {
  const client = useMemo(() => ApiClient.fromPage(), []);
  const graph = useMemo(() => createExplorerGraph(), []);
  const [state, dispatch] = useReducer(explorerReducer, window.location.search, (search) =>
    initialExplorerState(parseViewState(search)),
  );
  const { view } = state;
  const initialView = useRef(view).current;
  const sigmaRef = useRef<ExplorerSigma | null>(null);
  const [sigma, setSigma] = useState<ExplorerSigma | null>(null);
  const statementCache = useRef(new Map<string, StatementView>());
  const statementLayerKey = useRef<string | null>(null);
  const visibilityRef = useRef<Visibility | null>(null);
  const layout = useMemo(
    () =>
      new LayoutRunner(graph, (status) => dispatch({ type: 'layoutStatus', status }), {
        onPositions: () => sigmaRef.current?.positionsChanged(),
      }),
    [graph],
  );
  const viewRef = useRef(view);
  viewRef.current = view;
  const notify = useCallback((notice: string) => dispatch({ type: 'notify', notice }), []);
  /** What the article filter's article, and the outlet / publication-date filters' articles, contain. */
  const scope = useContentScope(client, view.filters, notify);

  useEffect(() => () => layout.kill(), [layout]);

  const scopeRef = useRef(scope);
  scopeRef.current = scope;
  /** Filters and hidden nodes with which the `hidden` flags were last written. */
  const visibilityInputs = useRef<{
    filters: FilterState;
    hiddenNodes: string[];
    scope: ArticleScope | null;
    pinned: string | null;
  } | null>(null);
  /**
   * Writes the `hidden` flags for the current filters; the caller asks sigma for a refresh.
   * A walk (core/graph/slices.ts): `paused` to run it in slices.
   */
  const writeVisibilityWalk = useCallback(
    function* (paused: boolean): Walk<void> {
      const current = viewRef.current;
      // The selected entity is drawn even with no link shown (an entity opened from search).
      const pinned = current.selection?.kind === 'node' ? current.selection.id : null;
      const inputs = {
        filters: current.filters,
        hiddenNodes: current.hiddenNodes,
        scope: scopeRef.current,
        pinned,
      };
      const visibility = yield* computeVisibilityWalk(
        graph,
        inputs.filters,
        inputs.scope,
        new Set(inputs.hiddenNodes),
        new Set(pinned === null ? [] : [pinned]),
        UNLINKED_FOLD_MIN_ENTITIES,
        paused,
      );
      const counts = yield* applyVisibilityWalk(graph, visibility, paused);
      const now = viewRef.current;
      const nowPinned = now.selection?.kind === 'node' ? now.selection.id : null;
      if (
        now.filters !== inputs.filters ||
        now.hiddenNodes !== inputs.hiddenNodes ||
        scopeRef.current !== inputs.scope ||
        nowPinned !== pinned
      ) {
        // The user changed what is shown between two slices (and the page applied it, at once):
        // what this walk wrote is older. Once more, with what is asked now.
        yield* writeVisibilityWalk(paused);
        return;
      }
      visibilityRef.current = visibility;
      visibilityInputs.current = inputs;
      // A few entities shown (a small graph, or a filter keeping few) are all labelled, however
      // small; more, only those drawn large enough (zooming in reveals the rest). Labels never
      // overlap either way (labelPlacement.ts). Applied with the caller's refresh.
      sigmaRef.current?.setSettings({ labelRenderedSizeThreshold: counts.visibleNodes <= SMALL_GRAPH ? 0 : 7 });
      dispatch({
        type: 'visibilityWritten',
        counts: {
          nodes: counts.visibleNodes,
          edges: counts.visibleEdges,
          statements: counts.visibleStatements,
          unlinked: visibility.unlinked,
        },
      });
    },
    [graph],
  );
  const writeVisibility = useCallback(() => runNow(writeVisibilityWalk(false)), [writeVisibilityWalk]);
  /**
   * After the graph's structure changed: parallel-edge flags, sizes and visibility (the
   * layout reads it), all written in place in one go, then one refresh of the renderer and
   * of the page. Each written through graph events would make sigma run its reducers over
   * the whole graph twice. A walk: a big graph just loaded runs it in slices.
   */
  const structureWalk = useCallback(
    function* (paused: boolean): Walk<void> {
      yield* markParallelEdgesWalk(graph, paused);
      let sizeBy;
      // The measure may change between two slices (the page then sizes at once): size again.
      do {
        sizeBy = viewRef.current.sizeBy;
        yield* applySizesWalk(graph, sizeBy, paused);
      } while (sizeBy !== viewRef.current.sizeBy);
      yield* writeVisibilityWalk(paused);
      const renderer = sigmaRef.current;
      if (renderer) {
        // With the refresh below, not after it (each settings change re-runs the reducers).
        // Big graphs keep panning and zooming fluid by drawing edges and labels only at rest,
        // and skip edge hit-testing, which draws every edge a second time. (The label size
        // threshold follows what is visible: writeVisibility.)
        renderer.setSettings({
          hideEdgesOnMove: graph.size > LARGE_GRAPH_EDGES,
          hideLabelsOnMove: graph.order > LARGE_GRAPH_NODES,
          enableEdgeEvents: graph.size <= EDGE_EVENTS_MAX_EDGES,
        });
        renderer.scheduleRefresh();
      }
      const counts = yield* graphCountsWalk(graph, paused);
      dispatch({ type: 'structureChanged', counts });
    },
    [graph, writeVisibilityWalk],
  );
  const structureChanged = useCallback(() => runNow(structureWalk(false)), [structureWalk]);
  const structureChangedInSlices = useCallback(
    (slicing: Slicing) => runInSlices(structureWalk(true), slicing),
    [structureWalk],
  );

  // While a layout runs, nodes (and sigma's normalization) keep moving: focus now, and
  // once more when the layout has stopped.
  const pendingFocus = useRef<{ node: string; framing: string[] } | null>(null);
  const focusNode = useCallback(
    (node: string, framing: string[] = []) => {
      if (layout.getStatus() !== 'idle') pendingFocus.current = { node, framing };
      dispatch({ type: 'focus', node, framing });
    },
    [layout],
  );
  useEffect(() => {
    if (state.layout !== 'idle' || !pendingFocus.current) return;
    const { node, framing } = pendingFocus.current;
    pendingFocus.current = null;
    dispatch({ type: 'focus', node, framing });
  }, [state.layout]);

  const fetchNeighbours = useCallback(
    async (entityId: string, limit: number, signal?: AbortSignal) => {
      const payload = await client.neighborhood(entityId, { depth: 1, limit }, signal);
      const result = mergePayload(graph, payload, {
        origin: expandOrigin(entityId),
        anchor: graph.hasNode(entityId) ? entityId : undefined,
      });
      const shown = payload.nodes.filter((n) => n.id !== entityId).length;
      const centreIncluded = payload.nodes.some((n) => n.id === entityId);
      const total = Math.max(shown, payload.totalNodes - (centreIncluded ? 1 : 0));
      const info = { shown, total, truncated: payload.truncated };
      dispatch({ type: 'neighboursFetched', id: entityId, info });
      return { ...result, info };
    },
    [client, graph],
  );

  const attachSigma = useCallback((instance: ExplorerSigma | null) => {
    sigmaRef.current = instance;
    setSigma(instance);
    if (window.__newsgraph) window.__newsgraph.sigma = instance;
  }, []);

  const session: GraphSession = useMemo(
    () => ({
      client,
      graph,
      layout,
      dispatch,
      sigmaRef,
      viewRef,
      initialView,
      statementCache: statementCache.current,
      statementLayerKey,
      visibilityRef,
      structureChanged,
      structureChangedInSlices,
      focusNode,
      fetchNeighbours,
      attachSigma,
    }),
    [
      client,
      graph,
      layout,
      initialView,
      structureChanged,
      structureChangedInSlices,
      focusNode,
      fetchNeighbours,
      attachSigma,
    ],
  );

  // Test hook: references to objects the page already holds; no token, no client.
  useEffect(() => {
    window.__newsgraph = {
      graph,
      sigma: sigmaRef.current,
      ready: state.load.phase === 'ready',
      layout: state.layout,
    };
  }, [graph, state.load.phase, state.layout, state.version]);

  // The view, in the address bar.
  useEffect(() => {
    const query = serializeViewState(view, new URLSearchParams(window.location.search));
    const url = `${window.location.pathname}${query}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`)
      window.history.replaceState(null, '', url);
  }, [view]);

  useGraphLoad(session, state.attempt);

  // Sizes follow the chosen measure (structureChanged sizes the graph when it changes).
  const sizedBy = useRef(view.sizeBy);
  useEffect(() => {
    if (sizedBy.current === view.sizeBy) return;
    sizedBy.current = view.sizeBy;
    applySizes(graph, view.sizeBy);
    sigmaRef.current?.scheduleRefresh();
  }, [graph, view.sizeBy]);

  // Filters: hide, never delete. structureChanged has already applied the current ones to a
  // changed graph; this applies filters the user changed.
  const pinned = view.selection?.kind === 'node' ? view.selection.id : null;
  useEffect(() => {
    const done = visibilityInputs.current;
    if (
      done &&
      done.filters === view.filters &&
      done.hiddenNodes === view.hiddenNodes &&
      done.scope === scope &&
      // A new selection matters only when it was not drawn for want of a link.
      (done.pinned === pinned || pinned === null || !graph.hasNode(pinned) || !graph.getNodeAttribute(pinned, 'hidden'))
    )
      return;
    writeVisibility();
    sigmaRef.current?.scheduleRefresh();
  }, [graph, view.filters, view.hiddenNodes, scope, pinned, writeVisibility]);

  useStatementNodes(session, state);

  useEffect(() => {
    if (!state.notice) return undefined;
    const timer = setTimeout(() => dispatch({ type: 'dismissNotice' }), 8000);
    return () => clearTimeout(timer);
  }, [state.notice]);

  const actions = useExplorerActions(session);

  return useMemo(
    () => ({
      client,
      graph,
      sigma,
      state,
      view: state.view,
      initialView,
      actions,
      knownStatements: statementCache.current,
    }),
    [client, graph, sigma, state, initialView, actions],
  );
}
