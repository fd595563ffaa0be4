// The legend under an exported picture: the entity types and the kinds of link the view
// shows, each with the colour it is drawn in, in the order of the filters panel.

import { EDGE_KINDS, type EdgeKind } from '../../../contract/api.ts';
import { ENTITY_TYPES, type EntityType } from '../../../contract/graph.ts';
import { EDGE_COLORS, EDGE_KIND_LABELS, TYPE_COLORS, TYPE_LABELS } from '../../consts.ts';
import type { ExplorerGraph } from '../graph/explorerGraph.ts';
import { visibleEdgeIds, visibleNodeIds } from './scope.ts';

export interface LegendEntry {
  /** A dot for an entity type, a line for a kind of link. */
  mark: 'dot' | 'line';
  label: string;
  color: string;
}

export function legendEntries(graph: ExplorerGraph): LegendEntry[] {
  const types = new Set<EntityType>(visibleNodeIds(graph).map((id) => graph.getNodeAttribute(id, 'entityType')));
  const kinds = new Set<EdgeKind>(visibleEdgeIds(graph).map((id) => graph.getEdgeAttribute(id, 'kind')));
  return [
    ...ENTITY_TYPES.filter((type) => types.has(type)).map((type): LegendEntry => ({
      mark: 'dot',
      label: TYPE_LABELS[type],
      color: TYPE_COLORS[type],
    })),
    ...EDGE_KINDS.filter((kind) => kinds.has(kind)).map((kind): LegendEntry => ({
      mark: 'line',
      label: EDGE_KIND_LABELS[kind],
      color: EDGE_COLORS[kind],
    })),
  ];
}
