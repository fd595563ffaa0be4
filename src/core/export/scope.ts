// Which entities an export covers: the current view (nodes the filters leave visible), the
// selected entity with or without its visible neighbors, or the console's last result.

import type { ExplorerGraph } from '../graph/explorerGraph.ts';

export type ExportScope = 'view' | 'selection' | 'console';

/** Ids of the nodes the filters leave visible, in graph order. */
export function visibleNodeIds(graph: ExplorerGraph): string[] {
  return graph.filterNodes((_node, attributes) => !attributes.hidden);
}

/** The selected node, then (if asked) its visible neighbors in graph order; none if it is gone. */
export function selectionNodeIds(graph: ExplorerGraph, selected: string | null, withNeighbors: boolean): string[] {
  if (selected === null || !graph.hasNode(selected)) return [];
  if (!withNeighbors) return [selected];
  const neighbors = graph.filterNeighbors(selected, (_node, attributes) => !attributes.hidden);
  return [selected, ...neighbors.filter((id) => id !== selected)];
}

export interface ScopeInput {
  graph: ExplorerGraph;
  selected: string | null;
  withNeighbors: boolean;
  /** Entity ids of the console's last result drawn on the graph, or null for none. */
  consoleIds: readonly string[] | null;
}

/** The entity ids `scope` covers. */
export function scopeNodeIds(scope: ExportScope, input: ScopeInput): string[] {
  switch (scope) {
    case 'view':
      return visibleNodeIds(input.graph);
    case 'selection':
      return selectionNodeIds(input.graph, input.selected, input.withNeighbors);
    case 'console':
      return [...new Set(input.consoleIds ?? [])];
  }
}
