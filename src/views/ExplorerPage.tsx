// The explorer page: owns the one graph, the view state mirrored in the URL, and the
// loads that feed the graph (overview, expansions); panels and controllers read them.
import { lazy, Suspense, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { GraphPayload, HealthInfo, StatementView } from '../../contract/api.ts';
import { ApiClient, ApiRequestError, toApiError } from '../api/client.ts';
import { explainError } from '../api/useApi.ts';
import { StateMessage } from '../components/StateMessage.tsx';
import {
  EDGE_EVENTS_MAX_EDGES,
  EXPAND_CAP,
  LARGE_GRAPH_EDGES,
  LARGE_GRAPH_NODES,
  LOAD_SLICE_MS,
  OVERVIEW_LIMIT,
  PLAIN_EDGES_MIN_EDGES,
  PROGRESSIVE_THRESHOLD,
  SMALL_GRAPH,
  STATEMENT_NODE_CAP,
} from '../consts.ts';
import {
  isStatementNodeId,
  planStatementNodes,
  statementNodeId,
  statementNodesIn,
  syncStatementNodes,
  type StatementPlan,
} from '../core/aggregation/statementNodes.ts';
import {
  applyVisibility,
  computeVisibility,
  type ArticleScope,
  type FilterState,
  type Visibility,
} from '../core/filters/filters.ts';
import {
  applySizes,
  createExplorerGraph,
  expandOrigin,
  markParallelEdges,
  mergeInSlices,
  mergePayload,
  OVERVIEW_ORIGIN,
  removeOrigin,
  statementLayerOf,
  type ExplorerGraph,
} from '../core/graph/explorerGraph.ts';
import { LayoutRunner, type LayoutStatus } from '../core/layout/layoutRunner.ts';
import type { SearchResult } from '../core/search/searchResults.ts';
import { parseViewState, serializeViewState } from '../core/url/urlState.ts';
import { viewActions, viewReducer } from '../core/explorer/viewActions.ts';
import { CameraController, type FocusRequest } from './graph/CameraController.tsx';
import { GraphCanvas } from './graph/GraphCanvas.tsx';
import { InteractionController } from './graph/InteractionController.tsx';
import { ReducersController } from './graph/ReducersController.tsx';
import type { ExplorerSigma } from './graph/SigmaContext.ts';
import { ExportMenu } from './export/ExportMenu.tsx';
import { GraphToolbar } from './GraphToolbar.tsx';
import type { EdgeInfo } from './panels/EdgePanel.tsx';
import type { ExpansionInfo } from './panels/EntityPanel.tsx';
import { FiltersPanel } from './panels/FiltersPanel.tsx';
import { SearchPanel } from './panels/SearchPanel.tsx';
import { GraphOverlays, type LoadState } from './explorer/GraphOverlays.tsx';
import { useContentScope } from './explorer/useContentScope.ts';
import { DetailPane } from './explorer/DetailPane.tsx';
import { ExplorerContext } from './explorer/explorerContext.ts';

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

// CodeMirror is most of the console's weight: load it when the console is first opened.
const ConsolePanel = lazy(() =>
  import('./console/ConsolePanel.tsx').then((module) => ({ default: module.ConsolePanel })),
);
const CONSOLE_ORIGIN = 'console';

/** Lets the page handle input and paint between two slices of a big load. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function ExplorerPage() {
  const client = useMemo(() => ApiClient.fromPage(), []);
  const graph = useMemo(() => createExplorerGraph(), []);
  const [view, dispatch] = useReducer(viewReducer, window.location.search, parseViewState);
  const actions = useMemo(() => viewActions(dispatch), []);
  const initialView = useRef(view).current;
  const [load, setLoad] = useState<LoadState>({ phase: 'loading', message: 'Connecting to the server…' });
  const [health, setHealth] = useState<HealthInfo | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [version, setVersion] = useState(0);
  const [hovered, setHovered] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [expansions, setExpansions] = useState<Record<string, ExpansionInfo>>({});
  const [expanding, setExpanding] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  /** What the article filter's article, and the outlet / publication-date filters' articles, contain. */
  const scope = useContentScope(client, view.filters, setNotice);
  /** Statements drawn as nodes: what the plan covers, and every statement fetched so far. */
  const [statementPlan, setStatementPlan] = useState<StatementPlan | null>(null);
  const statementCache = useRef(new Map<string, StatementView>());
  const statementLayerKey = useRef<string | null>(null);
  const [readingFocus, setReadingFocus] = useState<string | null>(null);
  const [layoutStatus, setLayoutStatus] = useState<LayoutStatus>('idle');
  const [visible, setVisible] = useState({ nodes: 0, edges: 0, statements: 0, round: 0 });
  const visibilityRef = useRef<Visibility | null>(null);
  const [consoleOpen, setConsoleOpen] = useState(false);
  const [consoleMounted, setConsoleMounted] = useState(false);
  /** Entity ids of the console's last result drawn on the graph (an export scope). */
  const [consoleIds, setConsoleIds] = useState<string[] | null>(null);
  useEffect(() => {
    if (consoleOpen) setConsoleMounted(true);
  }, [consoleOpen]);
  const sigmaRef = useRef<ExplorerSigma | null>(null);
  const layout = useMemo(
    () =>
      new LayoutRunner(graph, setLayoutStatus, {
        onPositions: () => sigmaRef.current?.positionsChanged(),
      }),
    [graph],
  );
  const viewRef = useRef(view);
  viewRef.current = view;

  useEffect(() => () => layout.kill(), [layout]);

  const scopeRef = useRef(scope);
  scopeRef.current = scope;
  /** Filters and hidden nodes with which the `hidden` flags were last written. */
  const visibilityInputs = useRef<{ filters: FilterState; hiddenNodes: string[]; scope: ArticleScope | null } | null>(
    null,
  );
  /** Writes the `hidden` flags for the current filters; the caller asks sigma for a refresh. */
  const writeVisibility = useCallback(() => {
    const current = viewRef.current;
    const visibility = computeVisibility(graph, current.filters, scopeRef.current, new Set(current.hiddenNodes));
    visibilityRef.current = visibility;
    visibilityInputs.current = { filters: current.filters, hiddenNodes: current.hiddenNodes, scope: scopeRef.current };
    const counts = applyVisibility(graph, visibility);
    setVisible((v) => ({
      nodes: counts.visibleNodes,
      edges: counts.visibleEdges,
      statements: counts.visibleStatements,
      round: v.round + 1,
    }));
  }, [graph]);
  /**
   * After the graph's structure changed: parallel-edge flags, sizes and visibility (the
   * layout reads it), all written in place in one go, then one refresh of the renderer and
   * of the page. Each written through graph events would make sigma run its reducers over
   * the whole graph twice.
   */
  const structureChanged = useCallback(() => {
    markParallelEdges(graph);
    applySizes(graph, viewRef.current.sizeBy);
    writeVisibility();
    const sigma = sigmaRef.current;
    if (sigma) {
      // With the refresh below, not after it (each settings change re-runs the reducers).
      // Small graphs label every node; big ones only nodes drawn large enough (zooming in
      // reveals the rest). Big graphs keep panning and zooming fluid by drawing edges and
      // labels only at rest, and skip edge hit-testing, which draws every edge a second time.
      sigma.setSettings({
        labelRenderedSizeThreshold: graph.order <= SMALL_GRAPH ? 0 : 7,
        hideEdgesOnMove: graph.size > LARGE_GRAPH_EDGES,
        hideLabelsOnMove: graph.order > LARGE_GRAPH_NODES,
        enableEdgeEvents: graph.size <= EDGE_EVENTS_MAX_EDGES,
      });
      sigma.scheduleRefresh();
    }
    setVersion((v) => v + 1);
  }, [graph, writeVisibility]);

  // While a layout runs, nodes (and sigma's normalization) keep moving: focus now, and
  // once more when the layout has stopped.
  const pendingFocus = useRef<string | null>(null);
  const focusNode = useCallback(
    (node: string) => {
      if (layout.getStatus() !== 'idle') pendingFocus.current = node;
      setFocusRequest({ node, nonce: Date.now() });
    },
    [layout],
  );
  useEffect(() => {
    if (layoutStatus !== 'idle' || !pendingFocus.current) return;
    const node = pendingFocus.current;
    pendingFocus.current = null;
    setFocusRequest({ node, nonce: Date.now() });
  }, [layoutStatus]);

  // Test hook: references to objects the page already holds; no token, no client.
  useEffect(() => {
    window.__newsgraph = { graph, sigma: sigmaRef.current, ready: load.phase === 'ready', layout: layoutStatus };
  }, [graph, load.phase, layoutStatus, version]);

  // The view, in the address bar.
  useEffect(() => {
    const query = serializeViewState(view, new URLSearchParams(window.location.search));
    const url = `${window.location.pathname}${query}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`)
      window.history.replaceState(null, '', url);
  }, [view]);

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
      setExpansions((e) => ({ ...e, [entityId]: { shown, total, truncated: payload.truncated } }));
      return result;
    },
    [client, graph],
  );

  // First load: health, overview, then the expansions a permalink asks for.
  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    // A big graph is filled while sigma looks at an empty stand-in: fed item by item, it
    // would run its reducers twice per item and re-process the whole graph at every frame.
    // It sees the graph once, complete, with its flags and sizes.
    let detached: ExplorerSigma | null = null;
    const reattach = () => {
      if (detached && sigmaRef.current === detached) detached.setGraph(graph);
      detached = null;
    };
    (async () => {
      setLoad({ phase: 'loading', message: 'Connecting to the server…' });
      layout.stop();
      const info = await client.health(signal);
      setHealth(info);
      if (!info.storeUp)
        throw new ApiRequestError(info.error ?? 'The graph database is not available.', 'STORE_DOWN', 503);
      if (info.stats && info.stats.entities === 0) {
        graph.clear();
        structureChanged();
        setLoad({ phase: 'empty' });
        return;
      }
      setLoad({ phase: 'loading', message: 'Loading the graph…' });
      const overview = await client.overview({ limit: initialView.cap ?? OVERVIEW_LIMIT }, signal);
      graph.clear();
      setExpansions({});
      if (overview.nodes.length === 0) {
        setLoad({ phase: 'empty' });
        return;
      }
      if (overview.nodes.length + overview.edges.length > PROGRESSIVE_THRESHOLD) {
        detached = sigmaRef.current;
        detached?.setGraph(createExplorerGraph());
        let shown = -1;
        await mergeInSlices(
          graph,
          overview,
          { origin: OVERVIEW_ORIGIN },
          {
            sliceMs: LOAD_SLICE_MS,
            yieldToPage: async () => {
              await yieldToPage();
              signal.throwIfAborted();
            },
            onProgress: (done, total) => {
              const percent = Math.floor((done / total) * 100);
              if (percent === shown) return;
              shown = percent;
              setLoad({ phase: 'loading', message: `Loading the graph… ${percent}%` });
            },
          },
        );
      } else {
        mergePayload(graph, overview, { origin: OVERVIEW_ORIGIN });
      }
      const wanted = [...initialView.expanded];
      const selected = initialView.selection;
      if (
        selected?.kind === 'node' &&
        !isStatementNodeId(selected.id) &&
        !graph.hasNode(selected.id) &&
        !wanted.some((e) => e.id === selected.id)
      )
        wanted.push({ id: selected.id, limit: 0 });
      for (const entry of wanted) {
        try {
          await fetchNeighbours(entry.id, entry.limit || EXPAND_CAP, signal);
        } catch (error) {
          if (signal.aborted) return;
          setNotice(`Could not restore the neighbours of ${entry.id}: ${explainError(toApiError(error))}`);
        }
      }
      if (signal.aborted) return;
      actions.restoredExpansions(
        wanted.filter((e) => e.id !== selected?.id || initialView.expanded.some((x) => x.id === e.id)),
      );
      structureChanged();
      if (detached) {
        // Sigma's first look at a big graph is one long task of its own: not this one too.
        await yieldToPage();
        if (signal.aborted) return;
        reattach();
      }
      setLoad({
        phase: 'ready',
        truncated: overview.truncated ? { shown: overview.nodes.length, total: overview.totalNodes } : null,
      });
      layout.start();
      if (selected?.kind === 'node' && graph.hasNode(selected.id)) focusNode(selected.id);
      if (selected?.kind === 'edge' && graph.hasEdge(selected.id)) focusNode(graph.source(selected.id));
    })()
      .catch((error: unknown) => {
        if (signal.aborted) return;
        setLoad({ phase: 'error', error: toApiError(error) });
      })
      .finally(reattach);
    return () => {
      controller.abort();
      reattach();
    };
  }, [client, graph, layout, attempt, initialView, fetchNeighbours, structureChanged, focusNode]);

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
  useEffect(() => {
    const done = visibilityInputs.current;
    if (done && done.filters === view.filters && done.hiddenNodes === view.hiddenNodes && done.scope === scope) return;
    writeVisibility();
    sigmaRef.current?.scheduleRefresh();
  }, [graph, view.filters, view.hiddenNodes, scope, writeVisibility]);

  // Statements as nodes: planned from the links the filters show, drawn once their
  // statements are known; off removes exactly what was added. No layout runs for them
  // (they are placed along their link), so the entities never move.
  useEffect(() => {
    if (load.phase !== 'ready') {
      // A (re)load clears the graph: whatever was drawn is gone.
      statementLayerKey.current = null;
      return undefined;
    }
    if (!view.statementNodes) {
      setStatementPlan(null);
      statementLayerKey.current = null;
      if (statementNodesIn(graph).length > 0) {
        layout.stop();
        syncStatementNodes(graph, [], statementCache.current);
        structureChanged();
      }
      return undefined;
    }
    const visibility = visibilityRef.current;
    if (!visibility) return undefined;
    const plan = planStatementNodes(graph, visibility, STATEMENT_NODE_CAP);
    setStatementPlan(plan);
    const key = plan.edges.join('\n');
    if (key === statementLayerKey.current) return undefined;
    const controller = new AbortController();
    const missing = plan.statementIds.filter((id) => !statementCache.current.has(id));
    const fetched = missing.length
      ? client.statementsByIds(missing, controller.signal)
      : Promise.resolve({ statements: [] as StatementView[] });
    fetched.then(
      ({ statements }) => {
        if (controller.signal.aborted) return;
        for (const statement of statements) statementCache.current.set(statement.id, statement);
        statementLayerKey.current = key;
        syncStatementNodes(graph, plan.edges, statementCache.current);
        structureChanged();
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setNotice(`The statements could not be drawn as nodes: ${explainError(toApiError(error))}`);
      },
    );
    return () => controller.abort();
  }, [client, graph, layout, load.phase, view.statementNodes, visible.round, structureChanged]);

  const { select } = actions;

  const expand = useCallback(
    async (entityId: string, limit: number = EXPAND_CAP) => {
      // A statement drawn as a node has no neighbours to fetch: it already shows them all.
      if (isStatementNodeId(entityId)) return false;
      setExpanding(entityId);
      try {
        const result = await fetchNeighbours(entityId, limit);
        actions.expanded(entityId, limit === EXPAND_CAP ? 0 : limit);
        structureChanged();
        if (result.addedNodes.length) layout.start(new Set(result.addedNodes));
        return true;
      } catch (error) {
        setNotice(`Could not expand: ${explainError(toApiError(error))}`);
        return false;
      } finally {
        setExpanding(null);
      }
    },
    [fetchNeighbours, structureChanged, layout, actions],
  );

  const collapse = useCallback(
    (entityId: string) => {
      const keep = new Set([entityId]);
      const selected = viewRef.current.selection;
      if (selected?.kind === 'node') keep.add(selected.id);
      layout.stop();
      removeOrigin(graph, expandOrigin(entityId), keep);
      setExpansions((e) => {
        const next = { ...e };
        delete next[entityId];
        return next;
      });
      actions.collapsed(entityId);
      structureChanged();
    },
    [graph, layout, structureChanged, actions],
  );

  /** Opens an entity from anywhere (search, a chip, the reader); brings it into the graph if needed. */
  const openEntity = useCallback(
    async (entityId: string) => {
      select({ kind: 'node', id: entityId });
      if (!graph.hasNode(entityId)) {
        const ok = await expand(entityId);
        if (!ok) return;
      }
      actions.revealNode(entityId);
      focusNode(entityId);
    },
    [graph, expand, select, focusNode, actions],
  );

  /** A console result on the canvas: added to the graph, or instead of it. */
  const showConsoleGraph = useCallback(
    (mode: 'add' | 'replace', payload: GraphPayload) => {
      layout.stop();
      if (mode === 'replace') {
        graph.clear();
        statementLayerKey.current = null;
        setExpansions({});
        actions.graphReplaced();
      }
      const result = mergePayload(graph, payload, { origin: CONSOLE_ORIGIN });
      setConsoleIds(payload.nodes.map((node) => node.id));
      structureChanged();
      if (load.phase === 'empty' && graph.order > 0) setLoad({ phase: 'ready', truncated: null });
      if (mode === 'replace') layout.start();
      else if (result.addedNodes.length) layout.start(new Set(result.addedNodes));
    },
    [graph, layout, structureChanged, load.phase, actions],
  );

  /** Opens a statement with its evidence, whether or not it is drawn as a node. */
  const openStatement = useCallback(
    (statement: StatementView) => {
      statementCache.current.set(statement.id, statement);
      setConsoleOpen(false);
      actions.openStatement(statement.id);
    },
    [actions],
  );

  const openFinder = useCallback(
    (text: string) => {
      setConsoleOpen(false);
      actions.openFinder(text);
    },
    [actions],
  );

  const onSearch = useCallback(
    (result: SearchResult) => {
      if (result.kind === 'entity') void openEntity(result.hit.id);
      else if (result.kind === 'statement') openStatement(result.statement);
      else openFinder(result.text);
    },
    [openEntity, openStatement, openFinder],
  );

  const openArticle = useCallback(
    (articleId: string, statementId?: string) => {
      setReadingFocus(statementId ?? null);
      actions.openArticle(articleId);
    },
    [actions],
  );

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

  useEffect(() => {
    if (!notice) return undefined;
    const timer = setTimeout(() => setNotice(null), 8000);
    return () => clearTimeout(timer);
  }, [notice]);

  // Entities and their links only: statements drawn as nodes are counted apart.
  const typeCounts = useMemo(() => {
    const layer = statementLayerOf(graph);
    return graph.reduceNodes<Record<string, number>>((counts, node, a) => {
      if (!layer.nodes.has(node)) counts[a.entityType] = (counts[a.entityType] ?? 0) + 1;
      return counts;
    }, {});
  }, [graph, version]);
  const kindCounts = useMemo(() => {
    const layer = statementLayerOf(graph);
    return graph.reduceEdges<Record<string, number>>((counts, edge, a) => {
      if (!layer.edges.has(edge)) counts[a.kind] = (counts[a.kind] ?? 0) + 1;
      return counts;
    }, {});
  }, [graph, version]);
  const totals = useMemo(
    () => ({
      nodes: Object.values(typeCounts).reduce((sum, n) => sum + n, 0),
      edges: Object.values(kindCounts).reduce((sum, n) => sum + n, 0),
    }),
    [typeCounts, kindCounts],
  );

  const selectedNode = view.selection?.kind === 'node' ? view.selection.id : null;
  const selectedEdge = view.selection?.kind === 'edge' && graph.hasEdge(view.selection.id) ? view.selection.id : null;
  const edgeInfo: EdgeInfo | null = useMemo(() => {
    if (!selectedEdge || !graph.hasEdge(selectedEdge)) return null;
    const [s, t] = graph.extremities(selectedEdge);
    return {
      id: selectedEdge,
      attributes: graph.getEdgeAttributes(selectedEdge),
      source: { id: s, ...graph.getNodeAttributes(s) },
      target: { id: t, ...graph.getNodeAttributes(t) },
    };
  }, [graph, selectedEdge, version]);

  // Once opened, the console stays mounted (hidden) so its query and results survive a look at an entity.
  const consolePanel = consoleMounted && (
    <div className="console-slot" hidden={!consoleOpen}>
      <Suspense fallback={<StateMessage kind="loading" title="Opening the Cypher console…" />}>
        <ConsolePanel
          onShowGraph={(_result, mode, payload) => showConsoleGraph(mode, payload)}
          onSelectNode={(id) => {
            setConsoleOpen(false);
            void openEntity(id);
          }}
          onClose={() => setConsoleOpen(false)}
        />
      </Suspense>
    </div>
  );

  const explorer = useMemo(
    () => ({ client, graph, view, actions, openEntity, openArticle, openStatement, expand, collapse, focusNode }),
    [client, graph, view, actions, openEntity, openArticle, openStatement, expand, collapse, focusNode],
  );

  const sigma = sigmaRef.current;
  return (
    <ExplorerContext.Provider value={explorer}>
      <div className="app">
        <header className="topbar">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true" />
            newsgraph
          </div>
          <SearchPanel client={client} onChoose={onSearch} />
          <button
            type="button"
            className={`topbar-button${consoleOpen ? ' active' : ''}`}
            aria-pressed={consoleOpen}
            onClick={() => setConsoleOpen((open) => !open)}
          >
            Cypher console
          </button>
          <button
            type="button"
            className={`topbar-button${view.finder && !consoleOpen ? ' active' : ''}`}
            aria-pressed={Boolean(view.finder) && !consoleOpen}
            onClick={() => (view.finder && !consoleOpen ? actions.closeFinder() : openFinder(''))}
          >
            Statements
          </button>
          <div className="topbar-stats" aria-live="polite">
            {health?.stats
              ? `${health.stats.articles} articles · ${health.stats.entities} entities · ${health.stats.statements} statements`
              : ''}
          </div>
        </header>
        <main className="workspace">
          <aside className="sidebar" aria-label="Filters and legend">
            <FiltersPanel
              key={attempt}
              client={client}
              filters={view.filters}
              onChange={actions.setFilters}
              typeCounts={typeCounts}
              kindCounts={kindCounts}
              visible={{
                nodes: visible.nodes,
                edges: visible.edges,
                totalNodes: totals.nodes,
                totalEdges: totals.edges,
              }}
              hiddenByHand={view.hiddenNodes.length}
              onShowHidden={actions.showHidden}
              sizeBy={view.sizeBy}
              onSizeBy={actions.setSizeBy}
            />
          </aside>
          <section className="graph-area" aria-label="Graph" data-phase={load.phase}>
            <GraphCanvas
              graph={graph}
              onReady={(instance) => {
                sigmaRef.current = instance;
                if (window.__newsgraph) window.__newsgraph.sigma = instance;
              }}
            >
              <ReducersController
                graph={graph}
                hovered={hovered}
                selectedNode={selectedNode}
                selectedEdge={selectedEdge}
                version={version}
                visibility={visible.round}
                edgesOff={load.phase === 'loading' || (graph.size > LARGE_GRAPH_EDGES && layoutStatus !== 'idle')}
                plainEdges={graph.size > PLAIN_EDGES_MIN_EDGES}
              />
              <InteractionController
                graph={graph}
                onHover={setHovered}
                onSelect={(selection) => {
                  if (selection) setConsoleOpen(false);
                  // An edge of a statement drawn as a node opens that statement.
                  const link =
                    selection?.kind === 'edge' && graph.hasEdge(selection.id)
                      ? graph.getEdgeAttribute(selection.id, 'statementLink')
                      : undefined;
                  select(link ? { kind: 'node', id: statementNodeId(link.statementId) } : selection);
                }}
                onExpand={(id) => void expand(id)}
                onDragStart={() => layout.stop()}
              />
              <CameraController
                focus={focusRequest}
                initialCamera={
                  !initialView.selection && load.phase === 'ready' && layoutStatus === 'idle'
                    ? initialView.camera
                    : null
                }
                onCameraChange={actions.setCamera}
              />
            </GraphCanvas>
            {load.phase === 'ready' && (
              <GraphToolbar
                status={layoutStatus}
                onStart={() => {
                  sigma?.setCustomBBox(null);
                  layout.start();
                }}
                onStop={() => layout.stop()}
                onCircular={() => layout.circular()}
                onRandom={() => layout.random()}
                onFit={() => {
                  sigma?.setCustomBBox(null);
                  sigma?.getCamera().animatedReset({ duration: 400 });
                }}
                onZoom={(factor) => {
                  const camera = sigma?.getCamera();
                  if (camera) camera.animate({ ratio: camera.getState().ratio * factor }, { duration: 250 });
                }}
                statementNodes={view.statementNodes}
                onStatementNodes={actions.setStatementNodes}
                extra={
                  <ExportMenu
                    graph={graph}
                    sigma={sigma}
                    client={client}
                    selected={selectedNode}
                    consoleIds={consoleIds}
                  />
                }
              />
            )}
            <GraphOverlays
              load={load}
              health={health}
              hiddenByFilters={load.phase === 'ready' && visible.nodes === 0 && graph.order > 0}
              statementPlan={statementPlan}
              visibleStatements={visible.statements}
              notice={notice}
              onRetry={() => setAttempt((n) => n + 1)}
              onDismissNotice={() => setNotice(null)}
            />
          </section>
          <aside className="details" aria-label="Details">
            {consolePanel}
            {!consoleOpen && (
              <DetailPane
                health={health}
                loadPhase={load.phase}
                attempt={attempt}
                readingFocus={readingFocus}
                knownStatements={statementCache.current}
                expansions={expansions}
                expanding={expanding}
                edgeInfo={edgeInfo}
              />
            )}
          </aside>
        </main>
      </div>
    </ExplorerContext.Provider>
  );
}
