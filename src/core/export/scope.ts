// Which entities an export covers: the current view (nodes the filters leave visible), the
// selected entity with or without its visible neighbors, or the console's last result; and,
// for the view, which links among them are shown and how each entity is drawn, so the file
// holds what the screen shows and nothing the filters hid.

import type { ExportNodeLook } from '../../../contract/api.ts';
import { isStatementNodeId } from '../aggregation/statementNodes.ts';
import type { CommunityColouring } from '../graph/communityColours.ts';
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

/**
 * Ids of the entity-to-entity links the view shows, in graph order: those the filters leave
 * visible (hidden kinds such as co-mentions, hidden types and hidden nodes take theirs
 * along), and the "spoke about" links drawn as statement nodes, which stand for them.
 */
export function visibleEdgeIds(graph: ExplorerGraph): string[] {
  const drawnAsStatements = new Set<string>();
  graph.forEachNode((_node, attributes) => {
    if (attributes.statement && !attributes.hidden) {
      for (const parent of attributes.statement.parents) drawnAsStatements.add(parent);
    }
  });
  return graph.filterEdges(
    (edge, attributes, source, target, sourceAttributes, targetAttributes) =>
      attributes.statementLink === undefined &&
      !isStatementNodeId(source) &&
      !isStatementNodeId(target) &&
      !sourceAttributes.hidden &&
      !targetAttributes.hidden &&
      (!attributes.hidden || drawnAsStatements.has(edge)),
  );
}

/**
 * How each of `ids` is drawn: its layout position, size and colour (not a passing highlight):
 * the type's, or, while the view is coloured by community (`colouring`), its community's
 * colour and number, as the screen draws it.
 */
export function nodeLooks(
  graph: ExplorerGraph,
  ids: readonly string[],
  colouring: CommunityColouring | null = null,
): ExportNodeLook[] {
  return ids
    .filter((id) => graph.hasNode(id))
    .map((id) => {
      const { x, y, size, color } = graph.getNodeAttributes(id);
      const community = colouring?.communityOf.get(id);
      if (community === undefined) return { id, x, y, size, color };
      return { id, x, y, size, color: colouring?.colorOf.get(id) ?? color, community };
    });
}
