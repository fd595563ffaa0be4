// The console's "Graph" tab: every node and relationship a result holds (entities,
// statements, articles, schema nodes alike, wherever they sit in its cells) as a small
// directed graph with a name, a colour by label and a circular start layout. Relationships
// whose ends the result did not return are left out: the tab draws what came back.
import { MultiDirectedGraph } from 'graphology';
import type { CypherResult, CypherValue, GraphNodeValue } from '../../../contract/cypher.ts';
import type { EntityType } from '../../../contract/graph.ts';
import { STATEMENT_NODE_COLOR, TYPE_COLORS } from '../../consts.ts';
import { collectGraphValues } from './toGraph.ts';

export interface ResultNode {
  label: string;
  /** The node's most specific label (`Person` rather than `Entity`). */
  category: string;
  color: string;
  /** The model `id` of an entity node (a click selects it in the explorer); null for others. */
  entityId: string | null;
  x: number;
  y: number;
  size: number;
}

export interface ResultEdge {
  label: string;
  type: 'arrow';
  size: number;
  color: string;
}

export type ResultGraph = MultiDirectedGraph<ResultNode, ResultEdge>;

/** Colours of the model's labels that are not entity types. */
const OTHER_LABEL_COLORS: Record<string, string> = {
  Statement: STATEMENT_NODE_COLOR,
  Article: '#5B6B82',
};
const UNKNOWN_COLOR = '#9AA3AF';
const EDGE_COLOR = '#8A94A6';
const MAX_NAME = 40;

function text(value: CypherValue | undefined): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

export function categoryOf(node: GraphNodeValue): string {
  const specific = node.labels.filter((label) => label !== 'Entity');
  return specific[0] ?? node.labels[0] ?? '';
}

function colorOf(category: string): string {
  if (Object.hasOwn(TYPE_COLORS, category)) return TYPE_COLORS[category as EntityType];
  return OTHER_LABEL_COLORS[category] ?? UNKNOWN_COLOR;
}

function nameOf(node: GraphNodeValue, category: string): string {
  const { name, title, quote, id } = node.properties;
  const found = text(name) ?? text(title) ?? text(quote) ?? text(id) ?? category;
  return found.length > MAX_NAME ? `${found.slice(0, MAX_NAME - 1).trimEnd()}…` : found;
}

/** The nodes and relationships of `result`, keyed by element id, placed on a circle. */
export function resultGraph(result: Pick<CypherResult, 'rows'>): ResultGraph {
  const graph: ResultGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  const { nodes, relationships } = collectGraphValues(result);
  nodes.forEach((node, index) => {
    const category = categoryOf(node);
    const angle = (2 * Math.PI * index) / Math.max(1, nodes.length);
    graph.addNode(node.elementId, {
      label: nameOf(node, category),
      category,
      color: colorOf(category),
      entityId: node.labels.includes('Entity') ? text(node.properties.id) : null,
      x: Math.round(Math.cos(angle) * 1000) / 1000,
      y: Math.round(Math.sin(angle) * 1000) / 1000,
      size: 6,
    });
  });
  for (const rel of relationships) {
    if (!graph.hasNode(rel.startNodeElementId) || !graph.hasNode(rel.endNodeElementId)) continue;
    graph.addDirectedEdgeWithKey(rel.elementId, rel.startNodeElementId, rel.endNodeElementId, {
      label: rel.type,
      type: 'arrow',
      size: 1.5,
      color: EDGE_COLOR,
    });
  }
  return graph;
}
