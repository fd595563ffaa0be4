// Render-less: installs sigma's node/edge reducers for the current hover and selection.
import { useEffect } from 'react';
import { edgeDisplay, focusOn, nodeDisplay } from '../../core/graph/highlight.ts';
import type { ExplorerGraph } from '../../core/graph/explorerGraph.ts';
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
  /** Draw no edges (big graphs while they load or lay out: every frame would redraw them all). */
  edgesOff: boolean;
}

export function ReducersController({
  graph,
  hovered,
  selectedNode,
  selectedEdge,
  version,
  visibility,
  edgesOff,
}: Props) {
  const sigma = useSigma();
  useEffect(() => {
    if (!sigma) return;
    const focus = focusOn(graph, hovered, selectedNode, selectedEdge);
    // Together: each settings change makes sigma re-run the reducers over the whole graph.
    sigma.setSettings({
      nodeReducer: (node, data) => nodeDisplay(node, data, focus),
      edgeReducer: edgesOff
        ? () => ({ hidden: true, type: NO_EDGE_TYPE })
        : (edge, data) => edgeDisplay(edge, data, graph.source(edge), graph.target(edge), focus),
    });
  }, [sigma, graph, hovered, selectedNode, selectedEdge, version, visibility, edgesOff]);
  return null;
}
