// Which entities an export covers: the current view (nodes the filters leave visible), the
// selected entity with or without its visible neighbors, or the console's last result.

import { isStatementNodeId } from '../aggregation/statementNodes.ts';
import type { ExplorerGraph } from '../graph/explorerGraph.ts';

export type ExportScope = 'view' | 'selection' | 'console';

/**
 * Ids of the entities the filters leave visible, in graph order. Statement nodes (the
 * "statements as nodes" toggle) are views of the spoke-about edges, not entities: the
 * export carries those statements through the edges between the entities.
 */
export function visibleNodeIds(graph: ExplorerGraph): string[] {
  return graph.filterNodes((node, attributes) => !attributes.hidden && !isStatementNodeId(node));
}

/** The selected node, then (if asked) its visible neighbors in graph order; none if it is gone. */
export function selectionNodeIds(graph: ExplorerGraph, selected: string | null, withNeighbors: boolean): string[] {
  if (selected === null || !graph.hasNode(selected)) return [];
  if (!withNeighbors) return [selected];
  const neighbors = graph.filterNeighbors(
    selected,
    (node, attributes) => !attributes.hidden && !isStatementNodeId(node),
  );
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
