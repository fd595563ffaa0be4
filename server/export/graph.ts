// Turns what the API serves (a GraphPayload, or the result of a read-only Cypher query)
// into one graphology MultiDirectedGraph for export. Provenance is kept per edge: a
// "spoke about" or relation edge is split into one edge per statement or relation, each
// carrying its article id, character offsets and sentence, so every exported edge can be
// traced to the text. Attributes are scalars only (strings, numbers, booleans; lists
// and maps become JSON text), so GEXF, GraphML and JSON all carry them unchanged.

import { MultiDirectedGraph } from 'graphology';
import type { GraphEdgeView, GraphPayload, RelationView, StatementView } from '../../contract/api.ts';
import type { CypherResult, CypherValue, GraphNodeValue, GraphRelationshipValue } from '../../contract/cypher.ts';

export type ExportScalar = string | number | boolean;
export type ExportAttributes = Record<string, ExportScalar>;
export type ExportGraph = MultiDirectedGraph<ExportAttributes, ExportAttributes, ExportAttributes>;

/** Statements and relations behind the payload's edges, by id. */
export interface ExportEvidence {
  statements: Map<string, StatementView>;
  relations: Map<string, RelationView>;
  /**
   * Statements with no detected target by the entities exported: on no edge, they are
   * carried beside the graph so the statements CSV still lists them.
   */
  withoutTarget?: StatementView[];
}

export type ExportSource = { payload: GraphPayload; evidence?: ExportEvidence } | { cypher: CypherResult };

/** Graph-level attributes written into every format (creator, description …). */
export type ExportMeta = Record<string, string>;

// Attribute names GEXF gives a meaning of its own (label, visual variables; edge weight
// and kind): user properties with these names are renamed so they survive a round trip.
export const RESERVED_NODE_KEYS: ReadonlySet<string> = new Set([
  'label',
  'labels',
  'elementId',
  'stub',
  'x',
  'y',
  'z',
  'size',
  'color',
  'shape',
  'thickness',
]);
export const RESERVED_EDGE_KEYS: ReadonlySet<string> = new Set([...RESERVED_NODE_KEYS, 'type', 'weight', 'kind']);

// Characters XML 1.0 cannot carry, lone surrogates included.
const XML_INVALID =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, '\uFFFD');
}

/** One attribute value as a scalar; undefined when there is nothing to keep. */
export function toScalar(value: unknown): ExportScalar | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return xmlSafe(value);
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  return xmlSafe(JSON.stringify(value));
}

/** Between the rule ids of a statement's or relation's trace in one export cell, in order. */
export const RULE_SEPARATOR = ' > ';

function put(attributes: ExportAttributes, key: string, value: unknown): void {
  const scalar = toScalar(value);
  // Empty strings are left out: GEXF writers drop them, and absent says the same.
  if (scalar !== undefined && scalar !== '') attributes[key] = scalar;
}

/** Builds the export graph from a payload or a Cypher result, with optional graph attributes. */
export function buildExportGraph(source: ExportSource, meta: ExportMeta = {}): ExportGraph {
  const graph: ExportGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  for (const [key, value] of Object.entries(meta)) graph.setAttribute(key, xmlSafe(value));
  if ('payload' in source) addPayload(graph, source.payload, source.evidence);
  else addCypherResult(graph, source.cypher);
  return graph;
}

// ---------------------------------------------------------------------------
// From a GraphPayload

function addPayload(graph: ExportGraph, payload: GraphPayload, evidence?: ExportEvidence): void {
  for (const node of payload.nodes) {
    const attributes: ExportAttributes = {};
    put(attributes, 'label', node.name);
    put(attributes, 'entityType', node.type);
    if (node.aliases.length > 0) put(attributes, 'aliases', node.aliases.join('; '));
    put(attributes, 'mentions', node.mentions);
    put(attributes, 'articles', node.articles);
    put(attributes, 'statementsBy', node.statementsBy);
    put(attributes, 'statementsAbout', node.statementsAbout);
    graph.mergeNode(node.id, attributes);
  }
  for (const edge of payload.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    addPayloadEdge(graph, edge, evidence);
  }
}

function addPayloadEdge(graph: ExportGraph, edge: GraphEdgeView, evidence?: ExportEvidence): void {
  const unresolved: string[] = [];
  if (edge.kind === 'spoke_about' || edge.kind === 'relation') {
    for (const evidenceId of edge.evidenceIds) {
      const statement = edge.kind === 'spoke_about' ? evidence?.statements.get(evidenceId) : undefined;
      const relation = edge.kind === 'relation' ? evidence?.relations.get(evidenceId) : undefined;
      const key = `${edge.kind}:${evidenceId}:${edge.source}->${edge.target}`;
      if (statement && !graph.hasEdge(key))
        graph.addDirectedEdgeWithKey(key, edge.source, edge.target, statementAttributes(statement));
      else if (relation && !graph.hasEdge(key))
        graph.addDirectedEdgeWithKey(key, edge.source, edge.target, relationAttributes(relation));
      else if (!statement && !relation) unresolved.push(evidenceId);
    }
    if (unresolved.length === 0 && edge.evidenceIds.length > 0) return;
  }
  // Co-mentions, and evidence the store did not return: one aggregate edge.
  const attributes: ExportAttributes = {};
  put(attributes, 'kind', edge.kind);
  put(attributes, 'type', edge.type);
  put(attributes, 'weight', edge.kind === 'comention' ? edge.weight : Math.max(1, unresolved.length));
  if (unresolved.length > 0) put(attributes, 'evidenceIds', unresolved.join('; '));
  put(attributes, 'firstDate', edge.firstDate);
  put(attributes, 'lastDate', edge.lastDate);
  if (!graph.hasEdge(edge.id)) graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, attributes);
}

function statementAttributes(statement: StatementView): ExportAttributes {
  const attributes: ExportAttributes = {};
  put(attributes, 'kind', 'spoke_about');
  put(attributes, 'type', 'SPOKE_ABOUT');
  put(attributes, 'weight', 1);
  put(attributes, 'statementId', statement.id);
  put(attributes, 'statementKind', statement.kind);
  put(attributes, 'act', statement.act);
  put(attributes, 'quote', statement.quote);
  put(attributes, 'cue', statement.cue);
  put(attributes, 'speakerText', statement.speakerText);
  put(attributes, 'sentence', statement.sentence);
  put(attributes, 'articleId', statement.articleId);
  put(attributes, 'articleTitle', statement.article.title);
  put(attributes, 'articleUrl', statement.article.url);
  put(attributes, 'start', statement.start);
  put(attributes, 'end', statement.end);
  put(attributes, 'sentenceStart', statement.sentenceStart);
  put(attributes, 'sentenceEnd', statement.sentenceEnd);
  put(attributes, 'date', statement.date);
  put(attributes, 'confidence', statement.confidence);
  put(attributes, 'rules', statement.trace.join(RULE_SEPARATOR));
  return attributes;
}

function relationAttributes(relation: RelationView): ExportAttributes {
  const attributes: ExportAttributes = {};
  put(attributes, 'kind', 'relation');
  put(attributes, 'type', relation.type);
  put(attributes, 'weight', 1);
  put(attributes, 'relationId', relation.id);
  put(attributes, 'role', relation.role);
  put(attributes, 'evidence', relation.evidence);
  put(attributes, 'articleId', relation.articleId);
  put(attributes, 'articleTitle', relation.article.title);
  put(attributes, 'articleUrl', relation.article.url);
  put(attributes, 'start', relation.start);
  put(attributes, 'end', relation.end);
  put(attributes, 'date', relation.date);
  put(attributes, 'rules', relation.trace.join(RULE_SEPARATOR));
  return attributes;
}

// ---------------------------------------------------------------------------
// From a Cypher result: every node, relationship and path found in any cell.

function isGraphValue(value: CypherValue, type: 'node' | 'relationship' | 'path'): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    (value as { $type?: unknown }).$type === type
  );
}

function addCypherResult(graph: ExportGraph, result: CypherResult): void {
  const nodes = new Map<string, GraphNodeValue>();
  const relationships = new Map<string, GraphRelationshipValue>();
  const visit = (value: CypherValue): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (isGraphValue(value, 'node')) {
      const node = value as GraphNodeValue;
      if (!nodes.has(node.elementId)) nodes.set(node.elementId, node);
    } else if (isGraphValue(value, 'relationship')) {
      const relationship = value as GraphRelationshipValue;
      if (!relationships.has(relationship.elementId)) relationships.set(relationship.elementId, relationship);
    } else if (isGraphValue(value, 'path')) {
      const path = value as { nodes: GraphNodeValue[]; relationships: GraphRelationshipValue[] };
      path.nodes.forEach(visit);
      path.relationships.forEach(visit);
    } else {
      Object.values(value).forEach(visit);
    }
  };
  for (const row of result.rows) row.forEach(visit);

  // A node is keyed by its model `id` (stable across engines and exports), falling back
  // to the engine's elementId when it has none or the id is already taken.
  const keyOf = new Map<string, string>();
  for (const node of nodes.values()) {
    const id = node.properties.id;
    const key = typeof id === 'string' && id !== '' && !graph.hasNode(id) ? id : node.elementId;
    keyOf.set(node.elementId, key);
    const attributes: ExportAttributes = {};
    put(attributes, 'label', nodeLabel(node));
    put(attributes, 'labels', node.labels.join(';'));
    put(attributes, 'elementId', node.elementId);
    for (const [name, value] of Object.entries(node.properties)) {
      put(attributes, RESERVED_NODE_KEYS.has(name) ? `prop_${name}` : name, value);
    }
    graph.mergeNode(key, attributes);
  }
  for (const relationship of relationships.values()) {
    const source = endpoint(graph, keyOf, relationship.startNodeElementId);
    const target = endpoint(graph, keyOf, relationship.endNodeElementId);
    const attributes: ExportAttributes = {};
    put(attributes, 'type', relationship.type);
    put(attributes, 'elementId', relationship.elementId);
    for (const [name, value] of Object.entries(relationship.properties)) {
      put(attributes, RESERVED_EDGE_KEYS.has(name) ? `prop_${name}` : name, value);
    }
    if (!graph.hasEdge(relationship.elementId)) {
      graph.addDirectedEdgeWithKey(relationship.elementId, source, target, attributes);
    }
  }
}

/** A relationship's end that no cell returned becomes a stub node, so the edge is kept. */
function endpoint(graph: ExportGraph, keyOf: Map<string, string>, elementId: string): string {
  const known = keyOf.get(elementId);
  if (known !== undefined) return known;
  keyOf.set(elementId, elementId);
  if (!graph.hasNode(elementId)) graph.addNode(elementId, { label: elementId, elementId, stub: true });
  return elementId;
}

function nodeLabel(node: GraphNodeValue): string {
  const { name, title, quote, id } = node.properties;
  for (const candidate of [name, title, quote, id]) {
    if (typeof candidate === 'string' && candidate !== '')
      return candidate.length > 120 ? `${candidate.slice(0, 117)}...` : candidate;
  }
  return node.elementId;
}
