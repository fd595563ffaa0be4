// What the explorer shows that follows from its state and the graph, computed in one place
// for the page's panels and controllers: counts for the legend, what is selected, how edges
// are drawn, and whether the filters hide everything.
import { LARGE_GRAPH_EDGES, PLAIN_EDGES_MIN_EDGES } from '../../consts.ts';
import {
  statementLayerOf,
  type EdgeAttributes,
  type ExplorerGraph,
  type NodeAttributes,
} from '../graph/explorerGraph.ts';
import { eachEdge, eachNode, runNow, type Walk } from '../graph/slices.ts';
import type { CameraView, ViewState } from '../url/urlState.ts';
import type { ExplorerState } from './explorerState.ts';

/** A link of the graph with both its ends, for the link panel. */
export interface EdgeInfo {
  id: string;
  attributes: EdgeAttributes;
  source: { id: string } & NodeAttributes;
  target: { id: string } & NodeAttributes;
}

export interface GraphCounts {
  /** Entities by type and links by kind; statements drawn as nodes are counted apart. */
  typeCounts: Record<string, number>;
  kindCounts: Record<string, number>;
  totalNodes: number;
  totalEdges: number;
}

export function graphCounts(graph: ExplorerGraph): GraphCounts {
  return runNow(graphCountsWalk(graph, false));
}

/**
 * graphCounts as a walk (core/graph/slices.ts): `paused` to run it in slices. Counted with
 * the structure's other walks, once per change, not by the panel as it renders: 600,000
 * edges are a task of a third of a second.
 */
export function* graphCountsWalk(graph: ExplorerGraph, paused: boolean): Walk<GraphCounts> {
  const layer = statementLayerOf(graph);
  const typeCounts: Record<string, number> = {};
  const kindCounts: Record<string, number> = {};
  yield* eachNode(graph, paused, (node, a) => {
    if (!layer.nodes.has(node)) typeCounts[a.entityType] = (typeCounts[a.entityType] ?? 0) + 1;
  });
  yield* eachEdge(graph, paused, (edge, a) => {
    if (!layer.edges.has(edge)) kindCounts[a.kind] = (kindCounts[a.kind] ?? 0) + 1;
  });
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((total, n) => total + n, 0);
  return { typeCounts, kindCounts, totalNodes: sum(typeCounts), totalEdges: sum(kindCounts) };
}

/** The selected node's id, whether or not it is drawn. */
export function selectedNodeOf(view: ViewState): string | null {
  return view.selection?.kind === 'node' ? view.selection.id : null;
}

/** The selected link's id, when it is in the graph. */
export function selectedEdgeOf(view: ViewState, graph: ExplorerGraph): string | null {
  return view.selection?.kind === 'edge' && graph.hasEdge(view.selection.id) ? view.selection.id : null;
}

export function edgeInfoOf(graph: ExplorerGraph, edge: string | null): EdgeInfo | null {
  if (!edge || !graph.hasEdge(edge)) return null;
  const [source, target] = graph.extremities(edge);
  return {
    id: edge,
    attributes: graph.getEdgeAttributes(edge),
    source: { id: source, ...graph.getNodeAttributes(source) },
    target: { id: target, ...graph.getNodeAttributes(target) },
  };
}

export interface EdgeDrawing {
  /** Draw no edges: big graphs while they load or lay out (every frame would redraw them all). */
  edgesOff: boolean;
  /** Draw edges without arrowheads (big graphs). */
  plainEdges: boolean;
}

export function edgeDrawing(state: ExplorerState, graph: ExplorerGraph): EdgeDrawing {
  return {
    edgesOff: state.load.phase === 'loading' || (graph.size > LARGE_GRAPH_EDGES && state.layout !== 'idle'),
    plainEdges: graph.size > PLAIN_EDGES_MIN_EDGES,
  };
}

/** The graph has entities and the filters hide them all. */
export function hiddenByFilters(state: ExplorerState, graph: ExplorerGraph): boolean {
  return state.load.phase === 'ready' && state.visible.nodes === 0 && graph.order > 0;
}

/**
 * What the overview says of the entities it does not draw for want of a link: with
 * co-mentions hidden, being mentioned alongside others is what joins most of them.
 */
export function unlinkedNote(count: number, comentionsHidden: boolean): string {
  const entities = count === 1 ? '1 entity' : `${count} entities`;
  return comentionsHidden ? `${entities} mentioned only alongside others` : `${entities} linked to no other`;
}

/**
 * The camera of the URL the page was opened with, once the first layout has settled; none
 * when that URL selects something (the camera goes to it instead).
 */
export function initialCameraOf(opened: ViewState, state: ExplorerState): CameraView | null {
  return !opened.selection && state.load.phase === 'ready' && state.layout === 'idle' ? opened.camera : null;
}
