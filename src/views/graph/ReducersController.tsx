// Render-less: installs sigma's node/edge reducers for the current hover and selection.
// The reducers are installed once and read the current focus from a ref: re-installing
// them re-runs them over the whole graph, and after a change of structure or filters the
// store has already asked sigma for that refresh (useExplorerStore's structureChanged). A refresh
// is asked for here only when what the reducers draw changed: hover, selection, edge mode,
// community colours, the nodes an expansion just added, or the focus's neighbourhood after a
// change of structure or filters.
import { useEffect, useRef } from 'react';
import { edgeDisplay, focusOn, nodeDisplay, NO_FOCUS, type Focus } from '../../core/graph/highlight.ts';
import { edgeDrawing, selectedEdgeOf, selectedNodeOf } from '../../core/explorer/derived.ts';
import type { EdgeShareKey } from './render/explorerRenderer.ts';
import { NO_EDGE_TYPE } from './noEdgeProgram.ts';
import { useExplorer } from '../explorer/explorerContext.ts';
import { useCommunityColouring } from '../explorer/useCommunityColouring.ts';
import { useSigma } from './SigmaContext.ts';

interface DrawState {
  focus: Focus;
  /** Nodes the last expansion added (marked while its notice shows). */
  fresh: ReadonlySet<string>;
  freshNodes: readonly string[];
  /** Community colours, when nodes are coloured by community. */
  colorOf: ReadonlyMap<string, string> | null;
  edgesOff: boolean;
  plainEdges: boolean;
  hovered: string | null;
  selectedNode: string | null;
  selectedEdge: string | null;
}

const isActive = (focus: Focus) => focus.node !== null || focus.selectedEdge !== null;

// What edgeDisplay's result depends on when nothing is in focus (see explorerRenderer.ts).
const ALL_ALIKE: EdgeShareKey = () => 'off';
const BY_LOOK: EdgeShareKey = (_edge, a) => `${a.kind}|${a.parallel === true}|${a.hidden}|${a.size}`;

export function ReducersController() {
  const { graph, state, view } = useExplorer();
  const { hovered } = state;
  const freshNodes = state.fresh;
  const selectedNode = selectedNodeOf(view);
  const selectedEdge = selectedEdgeOf(view, graph);
  /** Bumped when the graph's structure changes, so neighbour sets are recomputed. */
  const { version } = state;
  /** Bumped when filters changed what is visible (neighbourhoods follow visible edges). */
  const visibility = state.visible.round;
  const { edgesOff, plainEdges } = edgeDrawing(state, graph);
  const colorOf = useCommunityColouring()?.colorOf ?? null;
  const sigma = useSigma();
  const drawn = useRef<DrawState | null>(null);

  useEffect(() => {
    if (!sigma) return undefined;
    const state = () => drawn.current;
    sigma.setSettings({
      nodeReducer: (node, data) => {
        const current = state();
        return nodeDisplay(node, data, current?.focus ?? NO_FOCUS, current?.fresh, current?.colorOf);
      },
      edgeReducer: (edge, data) => {
        const current = state();
        // Not drawn at all rather than drawn hidden: a hidden edge still takes its place,
        // zeroed, in its program's buffers, and its vertices still go through the GPU.
        if (current?.edgesOff || data.hidden) return { hidden: true, type: NO_EDGE_TYPE };
        return edgeDisplay(
          edge,
          data,
          graph.source(edge),
          graph.target(edge),
          current?.focus ?? NO_FOCUS,
          current?.plainEdges,
        );
      },
    });
    return () => {
      drawn.current = null;
    };
  }, [sigma, graph]);

  useEffect(() => {
    if (!sigma) return;
    const before = drawn.current;
    const focus = focusOn(graph, hovered, selectedNode, selectedEdge);
    const fresh = before?.freshNodes === freshNodes ? before.fresh : new Set(freshNodes);
    drawn.current = { focus, fresh, freshNodes, colorOf, edgesOff, plainEdges, hovered, selectedNode, selectedEdge };
    sigma.setEdgesDrawn(!edgesOff);
    sigma.setEdgeSharing(edgesOff ? ALL_ALIKE : isActive(focus) ? null : BY_LOOK);
    // edgeDisplay labels edges only around a hovered or selected node and on a selected edge
    sigma.setEdgeLabels(!edgesOff && isActive(focus));
    const changed =
      !before ||
      before.edgesOff !== edgesOff ||
      before.plainEdges !== plainEdges ||
      before.hovered !== hovered ||
      before.selectedNode !== selectedNode ||
      before.selectedEdge !== selectedEdge ||
      before.freshNodes !== freshNodes ||
      before.colorOf !== colorOf;
    // Structure or filters changed: the page refreshes sigma itself, but that refresh may
    // have run before this new focus was computed. Without a focus nothing differs.
    if (changed || isActive(focus) || isActive(before.focus)) sigma.scheduleRefresh();
  }, [
    sigma,
    graph,
    hovered,
    selectedNode,
    selectedEdge,
    version,
    visibility,
    edgesOff,
    plainEdges,
    freshNodes,
    colorOf,
  ]);
  return null;
}
