// How nodes and edges are drawn for the current focus (hovered or selected node, or a
// selected edge): the focus and its neighbours stand out with forced labels, the rest
// fades. Pure functions used by sigma's nodeReducer/edgeReducer.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { DIM_EDGE_COLOR, DIM_NODE_COLOR, EDGE_COLORS, SELECTED_EDGE_COLOR } from '../../consts.ts';
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from './explorerGraph.ts';

export interface Focus {
  /** The node whose neighbourhood is highlighted (hover wins over selection). */
  node: string | null;
  neighbours: ReadonlySet<string>;
  selectedNode: string | null;
  selectedEdge: string | null;
  /** Ends of the selected edge. */
  edgeEnds: ReadonlySet<string>;
}

export const NO_FOCUS: Focus = {
  node: null,
  neighbours: new Set(),
  selectedNode: null,
  selectedEdge: null,
  edgeEnds: new Set(),
};

/** Neighbours through edges the filters leave visible. */
export function visibleNeighbours(graph: ExplorerGraph, node: string): Set<string> {
  const neighbours = new Set<string>();
  graph.forEachEdge(node, (_edge, a, source, target) => {
    if (!a.hidden) neighbours.add(source === node ? target : source);
  });
  return neighbours;
}

export function focusOn(
  graph: ExplorerGraph,
  hovered: string | null,
  selectedNode: string | null,
  selectedEdge: string | null,
): Focus {
  const node =
    hovered && graph.hasNode(hovered) ? hovered : selectedNode && graph.hasNode(selectedNode) ? selectedNode : null;
  const edge = selectedEdge && graph.hasEdge(selectedEdge) ? selectedEdge : null;
  return {
    node,
    neighbours: node ? visibleNeighbours(graph, node) : new Set(),
    selectedNode: selectedNode && graph.hasNode(selectedNode) ? selectedNode : null,
    selectedEdge: edge,
    edgeEnds: new Set(edge ? graph.extremities(edge) : []),
  };
}

const EDGE_NAMES: Record<string, string> = { SPOKE_ABOUT: 'spoke about', CO_MENTION: 'mentioned with' };

export function edgeLabel(a: Pick<EdgeAttributes, 'relType' | 'weight' | 'kind'>): string {
  const name = EDGE_NAMES[a.relType] ?? a.relType.toLowerCase().replace(/_/g, ' ');
  return a.weight > 1 ? `${name} ×${a.weight}` : name;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * `fresh`: nodes an expansion just added, ringed (sigma's highlight) and labelled, never dimmed.
 * `colorOf`: colours that replace the type's (communities), for the nodes it holds.
 */
export function nodeDisplay(
  node: string,
  a: NodeAttributes,
  focus: Focus,
  fresh: ReadonlySet<string> = NONE,
  colorOf: ReadonlyMap<string, string> | null = null,
): Partial<NodeDisplayData> {
  const display: Partial<NodeDisplayData> = {
    x: a.x,
    y: a.y,
    size: a.size,
    color: colorOf?.get(node) ?? a.color,
    label: a.label,
    hidden: a.hidden,
  };
  const active = focus.node !== null || focus.selectedEdge !== null;
  if (!active) return fresh.has(node) ? { ...display, highlighted: true, forceLabel: true, zIndex: 1 } : display;
  if (node === focus.node || node === focus.selectedNode || focus.edgeEnds.has(node)) {
    return { ...display, highlighted: true, forceLabel: true, zIndex: 2 };
  }
  // What was just added stands out even when joined by links the filters hide (co-mentions).
  if (fresh.has(node)) return { ...display, highlighted: true, forceLabel: true, zIndex: 1 };
  if (focus.node !== null && focus.neighbours.has(node)) return { ...display, forceLabel: true, zIndex: 1 };
  return { ...display, color: DIM_NODE_COLOR, label: '', zIndex: 0 };
}

/**
 * `plain`: no arrowheads (big graphs, where arrows are unreadable anyway and their programs
 * cost more); co-mentions, undirected, never have one.
 */
export function edgeDisplay(
  edge: string,
  a: EdgeAttributes,
  source: string,
  target: string,
  focus: Focus,
  plain = false,
): Partial<EdgeDisplayData> & { curvature?: number } {
  const curved = a.parallel === true;
  const arrow = a.kind !== 'comention' && !plain;
  const type = arrow ? (curved ? 'curvedArrow' : 'arrow') : curved ? 'curved' : 'line';
  const display: Partial<EdgeDisplayData> & { curvature?: number } = {
    size: a.size,
    color: EDGE_COLORS[a.kind],
    hidden: a.hidden,
    type,
    label: '',
  };
  if (curved) display.curvature = a.kind === 'spoke_about' ? 0.25 : a.kind === 'relation' ? 0.45 : 0.65;
  if (edge === focus.selectedEdge)
    return { ...display, color: SELECTED_EDGE_COLOR, size: a.size + 1.5, label: edgeLabel(a), zIndex: 2 };
  if (focus.node !== null) {
    // Co-mentions are too many to name: only what was said and relations get a label.
    if (source === focus.node || target === focus.node)
      return { ...display, label: a.kind === 'comention' ? '' : edgeLabel(a), zIndex: 1 };
    return { ...display, color: DIM_EDGE_COLOR, zIndex: 0 };
  }
  if (focus.selectedEdge !== null) return { ...display, color: DIM_EDGE_COLOR, zIndex: 0 };
  return display;
}
