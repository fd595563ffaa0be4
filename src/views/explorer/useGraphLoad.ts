// The first load, and each retry: health, the overview (when it is big: fetched and parsed in
// a worker, its graph built straight from its chunks as they arrive, in time slices, while
// sigma looks at an empty stand-in), or, for a console view, its read-only
// query re-run and drawn instead; then the expansions a permalink asks for.
// Aborted when the page goes away or a retry starts another.
import { useEffect } from 'react';
import type { GraphPayload } from '../../../contract/api.ts';
import { ApiRequestError, toApiError } from '../../api/client.ts';
import { explainError } from '../../api/useApi.ts';
import { openOverview, type OpenedOverview } from '../../api/overviewLoader.ts';
import type { OverviewChunk, OverviewHeader } from '../../api/overviewChunks.ts';
import {
  EXPAND_CAP,
  GRAPH_BUILD_MEASURE,
  LOAD_SLICE_MS,
  OVERVIEW_LIMIT,
  PROGRESSIVE_THRESHOLD,
  WORKER_OVERVIEW_MIN_NODES,
} from '../../consts.ts';
import { isStatementNodeId } from '../../core/aggregation/statementNodes.ts';
import { CONNECTING } from '../../core/explorer/explorerState.ts';
import {
  CONSOLE_ORIGIN,
  createExplorerGraph,
  mergeInSlices,
  mergePayload,
  OVERVIEW_ORIGIN,
} from '../../core/graph/explorerGraph.ts';
import { mergeChunksInSlices, type ChunkTotals } from '../../core/graph/chunkMerge.ts';
import { consoleGraphPayload } from '../console/consoleGraph.ts';
import { yieldToPage, type Slicing } from '../../core/graph/slices.ts';
import type { ExplorerSigma } from '../graph/SigmaContext.ts';
import type { GraphSession } from './explorerContext.ts';

export function useGraphLoad(session: GraphSession, attempt: number): void {
  useEffect(() => {
    const {
      client,
      graph,
      layout,
      dispatch,
      sigmaRef,
      viewRef,
      fetchNeighbours,
      structureChanged,
      structureChangedInSlices,
      focusNode,
    } = session;
    // What the page shows when this load starts: the link it was opened with, or the view a
    // retry or a return from a console view leaves.
    const opened = viewRef.current;
    const controller = new AbortController();
    const { signal } = controller;
    // A big graph is filled while sigma looks at an empty stand-in: fed item by item, it
    // would run its reducers twice per item and re-process the whole graph at every frame.
    // It sees the graph once, complete, with its flags and sizes.
    let detached: ExplorerSigma | null = null;
    const slicing: Slicing = {
      sliceMs: LOAD_SLICE_MS,
      yieldToPage: async () => {
        await yieldToPage();
        signal.throwIfAborted();
      },
    };
    const reattach = () => {
      if (detached && sigmaRef.current === detached) detached.setGraph(graph);
      detached = null;
    };
    (async () => {
      dispatch({ type: 'loading', message: CONNECTING });
      layout.stop();
      const info = await client.health(signal);
      dispatch({ type: 'healthKnown', health: info });
      if (!info.storeUp)
        throw new ApiRequestError(info.error ?? 'The graph database is not available.', 'STORE_DOWN', 503);
      if (info.stats && info.stats.entities === 0) {
        graph.clear();
        structureChanged();
        dispatch({ type: 'loadEmpty' });
        return;
      }
      dispatch({ type: 'loading', message: 'Loading the graph…' });
      // A big overview comes as chunks from a worker (its header and size first), the others
      // as one payload; either way the graph is built from what arrives.
      const buildStart = performance.now();
      let payload: GraphPayload | null = null;
      let streamed: OpenedOverview | null = null;
      const origin = opened.consoleQuery ? CONSOLE_ORIGIN : OVERVIEW_ORIGIN;
      if (opened.consoleQuery) {
        const { query, params, rowCap } = opened.consoleQuery;
        dispatch({ type: 'loading', message: 'Running the console query of this link…' });
        payload = await consoleGraphPayload(client, await client.cypher(query, params, rowCap, signal), signal);
        dispatch({ type: 'consoleViewLoaded', ids: payload.nodes.map((node) => node.id) });
      } else {
        const limit = opened.cap ?? OVERVIEW_LIMIT;
        const expected = Math.min(limit, info.stats?.entities ?? limit);
        if (expected >= WORKER_OVERVIEW_MIN_NODES && typeof Worker !== 'undefined')
          streamed = await openOverview(client.connection, limit, signal);
        else payload = await client.overview({ limit }, signal);
      }
      const header: OverviewHeader = streamed ? streamed.start.header : payload!;
      const totals: ChunkTotals = streamed
        ? { nodes: streamed.start.nodes, edges: streamed.start.edges }
        : { nodes: payload!.nodes.length, edges: payload!.edges.length };
      graph.clear();
      dispatch({ type: 'graphCleared' });
      if (totals.nodes === 0) {
        await streamed?.chunks.return();
        dispatch({ type: 'loadEmpty' });
        return;
      }
      try {
        if (totals.nodes + totals.edges > PROGRESSIVE_THRESHOLD) {
          detached = sigmaRef.current;
          detached?.setGraph(createExplorerGraph());
          let shown = -1;
          const progress = {
            ...slicing,
            onProgress: (done: number, total: number) => {
              const percent = Math.floor((done / total) * 100);
              if (percent === shown) return;
              shown = percent;
              dispatch({ type: 'loading', message: `Loading the graph… ${percent}%` });
            },
          };
          if (streamed) await mergeChunksInSlices(graph, streamed.chunks, totals, { origin }, progress);
          else await mergeInSlices(graph, payload!, { origin }, progress);
        } else if (streamed) {
          // Small enough to add in one go, as mergePayload would: every chunk first.
          const chunks: OverviewChunk[] = [];
          for await (const chunk of streamed.chunks) chunks.push(chunk);
          await mergeChunksInSlices(
            graph,
            chunks,
            totals,
            { origin },
            { sliceMs: Infinity, yieldToPage: async () => {} },
          );
        } else mergePayload(graph, payload!, { origin });
      } catch (error) {
        // A stream that failed halfway leaves no half graph behind (an aborted load leaves it
        // to the load that replaces it).
        if (!signal.aborted) graph.clear();
        throw error;
      }
      if (typeof performance.measure === 'function')
        performance.measure(GRAPH_BUILD_MEASURE, { start: buildStart, end: performance.now() });
      const wanted = [...opened.expanded];
      const selected = opened.selection;
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
          dispatch({
            type: 'notify',
            notice: `Could not restore the neighbours of ${entry.id}: ${explainError(toApiError(error))}`,
          });
        }
      }
      if (signal.aborted) return;
      dispatch({
        type: 'restoredExpansions',
        expanded: wanted.filter((e) => e.id !== selected?.id || opened.expanded.some((x) => x.id === e.id)),
      });
      if (detached) {
        // Flags, sizes and visibility of 600,000 edges are seconds of work: sliced too.
        dispatch({ type: 'loading', message: 'Preparing the graph…' });
        await structureChangedInSlices(slicing);
      } else structureChanged();
      if (detached) {
        // Sigma's first look at a big graph, indexing every node and edge, is in slices too.
        if (sigmaRef.current === detached) await detached.adoptGraph(graph, slicing);
        if (signal.aborted) return;
        detached = null;
      }
      dispatch({
        type: 'loadReady',
        truncated: header.truncated ? { shown: totals.nodes, total: header.totalNodes } : null,
      });
      layout.start(undefined, { fresh: true });
      if (selected?.kind === 'node' && graph.hasNode(selected.id)) focusNode(selected.id);
      if (selected?.kind === 'edge' && graph.hasEdge(selected.id)) focusNode(graph.source(selected.id));
    })()
      .catch((error: unknown) => {
        if (signal.aborted) return;
        dispatch({ type: 'loadFailed', error: toApiError(error) });
      })
      .finally(reattach);
    return () => {
      controller.abort();
      reattach();
    };
  }, [session, attempt]);
}
