// The export graph read as a labelled property graph, the shape Neo4j stores: nodes with
// labels and typed properties, keyed by `id`; relationships with a type and properties.
// The Cypher script and the neo4j-admin CSV are both written from it, so they recreate
// the same graph. Two kinds of element meet in an export graph:
// - database elements (from a Cypher result; they carry `elementId`): their labels, type
//   and properties as stored, renamed attributes (`prop_x`) named back, and the list
//   properties of the model, which the export graph holds as JSON text, parsed back;
// - the explorer's view of an entity neighborhood (from a GraphPayload): an entity node
//   becomes (:<Type>:Entity {id, name, type, aliases, …}); an edge keeps its attributes
//   (kind, statement or relation provenance) as properties and its export key as `id`.
// Every node is keyed by its export key: its model id (a node without one, or whose id
// another node holds, by its elementId).
import { ENTITY_LABEL } from '../../contract/graph.ts';
import {
  RESERVED_EDGE_KEYS,
  RESERVED_NODE_KEYS,
  type ExportAttributes,
  type ExportGraph,
  type ExportScalar,
} from './graph.ts';

export type PropertyScalar = string | number | boolean;
export type PropertyValue = PropertyScalar | PropertyScalar[];
export type PropertyMap = Record<string, PropertyValue>;

export interface PropertyNode {
  id: string;
  /** Sorted. */
  labels: string[];
  /** Always holds `id`. */
  properties: PropertyMap;
}

export interface PropertyRelationship {
  start: string;
  end: string;
  type: string;
  properties: PropertyMap;
}

export interface PropertyGraph {
  nodes: PropertyNode[];
  relationships: PropertyRelationship[];
}

/** Properties the model stores as lists (cypher/queries/write/*.cypher). */
export const LIST_PROPERTIES: ReadonlySet<string> = new Set([
  'aliases',
  'externalIds',
  'errors',
  'starts',
  'ends',
  'texts',
  'readings',
  'readingRules',
  'trace',
]);
/** Properties the model stores as floats even when a value is whole (`toFloat(row.confidence)`). */
export const FLOAT_PROPERTIES: ReadonlySet<string> = new Set(['confidence']);
/** Labels the model keys its nodes on (a uniqueness constraint on `id` each), in order of preference. */
export const KEY_LABELS: readonly string[] = [ENTITY_LABEL, 'Article', 'Statement'];

/** The label to MERGE a node on: the model's key label it has, else its first, else none. */
export function keyLabel(labels: readonly string[]): string | undefined {
  return KEY_LABELS.find((label) => labels.includes(label)) ?? labels[0];
}

function isScalar(value: unknown): value is PropertyScalar {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** A list property held as JSON text, parsed back; anything else is kept as it is. */
function decodeList(value: ExportScalar): PropertyValue {
  if (typeof value !== 'string' || !value.startsWith('[')) return value;
  try {
    const parsed: unknown = JSON.parse(value);
    if (Array.isArray(parsed) && parsed.every(isScalar)) return parsed;
  } catch {
    // not JSON: a string that happens to start with a bracket
  }
  return value;
}

function storedProperties(
  attributes: ExportAttributes,
  internal: readonly string[],
  reserved: ReadonlySet<string>,
): PropertyMap {
  const properties: PropertyMap = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (internal.includes(key)) continue;
    const name = key.startsWith('prop_') && reserved.has(key.slice(5)) ? key.slice(5) : key;
    properties[name] = LIST_PROPERTIES.has(name) ? decodeList(value) : value;
  }
  return properties;
}

function propertyNode(id: string, attributes: ExportAttributes): PropertyNode {
  if (attributes.elementId !== undefined) {
    const labels = typeof attributes.labels === 'string' ? attributes.labels.split(';').filter(Boolean) : [];
    const stored = storedProperties(attributes, ['label', 'labels', 'elementId', 'stub'], RESERVED_NODE_KEYS);
    return { id, labels: labels.sort(), properties: { ...stored, id } };
  }
  const { label, entityType, aliases, ...counters } = attributes;
  const properties: PropertyMap = { id };
  if (label !== undefined) properties.name = label;
  if (entityType !== undefined) properties.type = entityType;
  properties.aliases = typeof aliases === 'string' ? aliases.split('; ') : [];
  Object.assign(properties, counters);
  const labels = typeof entityType === 'string' ? [entityType, ENTITY_LABEL] : [];
  return { id, labels: labels.sort(), properties };
}

function propertyRelationship(
  key: string,
  attributes: ExportAttributes,
  start: string,
  end: string,
): PropertyRelationship {
  const type = String(attributes.type ?? 'RELATED');
  if (attributes.elementId !== undefined) {
    return { start, end, type, properties: storedProperties(attributes, ['type', 'elementId'], RESERVED_EDGE_KEYS) };
  }
  const { type: _type, ...rest } = attributes;
  return { start, end, type, properties: { id: key, ...rest } };
}

export function toPropertyGraph(graph: ExportGraph): PropertyGraph {
  const nodes = graph.mapNodes((node, attributes) => propertyNode(node, attributes));
  const relationships = graph.mapEdges((edge, attributes, source, target) =>
    propertyRelationship(edge, attributes, source, target),
  );
  return { nodes, relationships };
}

// ---------------------------------------------------------------------------
// Property types, for the writers that declare them (neo4j-admin headers) or must spell
// them (a whole float in Cypher is written `1.0`).

export type ScalarKind = 'boolean' | 'int' | 'long' | 'double' | 'string';

export interface PropertyKind {
  scalar: ScalarKind;
  /** Every value is a list (of `scalar`). A key holding lists and scalars is a string. */
  list: boolean;
}

const INT32 = 2 ** 31;

function scalarKind(value: PropertyScalar): ScalarKind {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'string';
  if (!Number.isInteger(value)) return 'double';
  return value >= -INT32 && value < INT32 ? 'int' : 'long';
}

const NUMERIC: ScalarKind[] = ['int', 'long', 'double'];

function widen(previous: ScalarKind | undefined, next: ScalarKind): ScalarKind {
  if (previous === undefined || previous === next) return next;
  if (NUMERIC.includes(previous) && NUMERIC.includes(next)) {
    return NUMERIC[Math.max(NUMERIC.indexOf(previous), NUMERIC.indexOf(next))] as ScalarKind;
  }
  return 'string';
}

/** The kind of every property key over the given elements, keys in order of first appearance. */
export function propertyKinds(elements: readonly { properties: PropertyMap }[]): Map<string, PropertyKind> {
  const scalars = new Map<string, ScalarKind | undefined>();
  const shapes = new Map<string, 'list' | 'scalar' | 'mixed'>();
  for (const { properties } of elements) {
    for (const [key, value] of Object.entries(properties)) {
      const shape = Array.isArray(value) ? 'list' : 'scalar';
      const seen = shapes.get(key);
      shapes.set(key, seen === undefined || seen === shape ? shape : 'mixed');
      let kind = scalars.get(key);
      for (const item of Array.isArray(value) ? value : [value]) kind = widen(kind, scalarKind(item));
      scalars.set(key, kind);
    }
  }
  const kinds = new Map<string, PropertyKind>();
  for (const [key, shape] of shapes) {
    let scalar: ScalarKind = scalars.get(key) ?? 'string';
    if (FLOAT_PROPERTIES.has(key) && (scalar === 'int' || scalar === 'long')) scalar = 'double';
    kinds.set(key, shape === 'mixed' ? { scalar: 'string', list: false } : { scalar, list: shape === 'list' });
  }
  return kinds;
}
