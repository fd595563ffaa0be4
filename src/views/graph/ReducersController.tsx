// Render-less: installs sigma's node/edge reducers for the current hover and selection.
// The reducers are installed once and read the current focus from a ref: re-installing
// them re-runs them over the whole graph, and after a change of structure or filters the
// page has already asked sigma for that refresh (ExplorerPage's structureChanged). A refresh
// is asked for here only when what the reducers draw changed: hover, selection, edge mode,
// or the focus's neighbourhood after a change of structure or filters.
import { useEffect, useRef } from 'react';
import { edgeDisplay, focusOn, nodeDisplay, NO_FOCUS, type Focus } from '../../core/graph/highlight.ts';
import type { ExplorerGraph } from '../../core/graph/explorerGraph.ts';
import type { EdgeShareKey } from './render/explorerRenderer.ts';
import { NO_EDGE_TYPE } from './noEdgeProgram.ts';
import { useSigma } from './SigmaContext.ts';

interface Props {
  graph: ExplorerGraph;
  hovered: string | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  /** Bumped when the graph's structure changes, so neighbour sets are recomputed. */
  version: number;
  /** Bumped when filters changed what is visible (neighbourhoods follow visible edges). */
  visibility: number;
  /** Draw no edges (big graphs while they load or lay out: every frame would redraw them all). Edges filtered out are never drawn. */
  edgesOff: boolean;
  /** Draw edges without arrowheads (big graphs). */
  plainEdges: boolean;
}

interface DrawState {
  focus: Focus;
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

export function ReducersController({
  graph,
  hovered,
  selectedNode,
  selectedEdge,
  version,
  visibility,
  edgesOff,
  plainEdges,
}: Props) {
  const sigma = useSigma();
  const drawn = useRef<DrawState | null>(null);

  useEffect(() => {
    if (!sigma) return undefined;
    const state = () => drawn.current;
    sigma.setSettings({
      nodeReducer: (node, data) => nodeDisplay(node, data, state()?.focus ?? NO_FOCUS),
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
    drawn.current = { focus, edgesOff, plainEdges, hovered, selectedNode, selectedEdge };
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
      before.selectedEdge !== selectedEdge;
    // Structure or filters changed: the page refreshes sigma itself, but that refresh may
    // have run before this new focus was computed. Without a focus nothing differs.
    if (changed || isActive(focus) || isActive(before.focus)) sigma.scheduleRefresh();
  }, [sigma, graph, hovered, selectedNode, selectedEdge, version, visibility, edgesOff, plainEdges]);
  return null;
}
