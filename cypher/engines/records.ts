// Turns every engine's result values into the one shape of contract/cypher.ts (CypherValue), once:
// nodes, relationships and paths as tagged objects; integers as numbers when they fit in
// 2^53, else as decimal strings; temporal values as ISO strings. The adapters hand their
// raw values here and nothing else converts them.

import type { CypherValue, GraphNodeValue, GraphPathValue, GraphRelationshipValue } from '../../contract/cypher.ts';
import type { Row } from '../store.ts';

function fromBigInt(value: bigint): number | string {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(value)
    : value.toString();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------
// Grafeo: nodes are {_id, _labels, ...props}, relationships {_id, _source, _target, _type,
// ...props}, paths {nodes, edges}; element ids are 'n:<id>' / 'e:<id>' as elementId() gives.

function isGrafeoNode(value: Record<string, unknown>): boolean {
  return typeof value._id === 'number' && Array.isArray(value._labels);
}

function isGrafeoRelationship(value: Record<string, unknown>): boolean {
  return typeof value._id === 'number' && typeof value._type === 'string' && '_source' in value && '_target' in value;
}

function isGrafeoPath(value: Record<string, unknown>): boolean {
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    Array.isArray(value.nodes) &&
    Array.isArray(value.edges) &&
    value.nodes.every((node) => isRecord(node) && isGrafeoNode(node)) &&
    value.edges.every((edge) => isRecord(edge) && isGrafeoRelationship(edge))
  );
}

function grafeoProperties(value: Record<string, unknown>, internal: readonly string[]): Record<string, CypherValue> {
  const properties: Record<string, CypherValue> = {};
  for (const [key, property] of Object.entries(value)) {
    if (!internal.includes(key)) properties[key] = fromGrafeo(property);
  }
  return properties;
}

function grafeoNode(value: Record<string, unknown>): GraphNodeValue {
  return {
    $type: 'node',
    elementId: `n:${String(value._id)}`,
    labels: [...(value._labels as string[])].sort(),
    properties: grafeoProperties(value, ['_id', '_labels']),
  };
}

function grafeoRelationship(value: Record<string, unknown>): GraphRelationshipValue {
  return {
    $type: 'relationship',
    elementId: `e:${String(value._id)}`,
    type: value._type as string,
    startNodeElementId: `n:${String(value._source)}`,
    endNodeElementId: `n:${String(value._target)}`,
    properties: grafeoProperties(value, ['_id', '_type', '_source', '_target']),
  };
}

/** One Grafeo result value in the common shape. */
export function fromGrafeo(value: unknown): CypherValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'boolean':
    case 'string':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'bigint':
      return fromBigInt(value);
    case 'object':
      break;
    default:
      return String(value);
  }
  if (Array.isArray(value)) return value.map(fromGrafeo);
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Float32Array || value instanceof Float64Array) return Array.from(value);
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  const record = value as Record<string, unknown>;
  if (typeof record.termType === 'string' && typeof record.value === 'string') return record.value;
  if (isGrafeoNode(record)) return grafeoNode(record);
  if (isGrafeoRelationship(record)) return grafeoRelationship(record);
  if (isGrafeoPath(record)) {
    const path: GraphPathValue = {
      $type: 'path',
      nodes: (record.nodes as Record<string, unknown>[]).map(grafeoNode),
      relationships: (record.edges as Record<string, unknown>[]).map(grafeoRelationship),
    };
    return path;
  }
  const map: Record<string, CypherValue> = {};
  for (const [key, entry] of Object.entries(record)) map[key] = fromGrafeo(entry);
  return map;
}

/** One Grafeo row (column → raw value) in the common shape. */
export function grafeoRow(row: Record<string, unknown>): Row {
  const converted: Row = {};
  for (const [key, value] of Object.entries(row)) converted[key] = fromGrafeo(value);
  return converted;
}

// ---------------------------------------------------------------------------
// Neo4j: the driver's own classes. The predicates come from neo4j-driver through
// cypher/engines/neo4j.ts, so that only the adapter imports the driver.

export interface Neo4jInteger {
  inSafeRange(): boolean;
  toNumber(): number;
  toString(): string;
}
export interface Neo4jNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}
export interface Neo4jRelationship {
  elementId: string;
  type: string;
  startNodeElementId: string;
  endNodeElementId: string;
  properties: Record<string, unknown>;
}
export interface Neo4jPath {
  start: Neo4jNode;
  segments: { start: Neo4jNode; relationship: Neo4jRelationship; end: Neo4jNode }[];
}

export interface Neo4jKinds {
  isInt(value: unknown): boolean;
  isNode(value: unknown): boolean;
  isRelationship(value: unknown): boolean;
  isPath(value: unknown): boolean;
  /** Dates, times, durations, points: written as their Cypher literal text. */
  isTextual(value: unknown): boolean;
}

function neo4jProperties(properties: Record<string, unknown>, kinds: Neo4jKinds): Record<string, CypherValue> {
  const converted: Record<string, CypherValue> = {};
  for (const [key, value] of Object.entries(properties)) converted[key] = fromNeo4j(value, kinds);
  return converted;
}

function neo4jNode(node: Neo4jNode, kinds: Neo4jKinds): GraphNodeValue {
  return {
    $type: 'node',
    elementId: node.elementId,
    labels: [...node.labels].sort(),
    properties: neo4jProperties(node.properties, kinds),
  };
}

function neo4jRelationship(relationship: Neo4jRelationship, kinds: Neo4jKinds): GraphRelationshipValue {
  return {
    $type: 'relationship',
    elementId: relationship.elementId,
    type: relationship.type,
    startNodeElementId: relationship.startNodeElementId,
    endNodeElementId: relationship.endNodeElementId,
    properties: neo4jProperties(relationship.properties, kinds),
  };
}

/** One Neo4j result value in the common shape. */
export function fromNeo4j(value: unknown, kinds: Neo4jKinds): CypherValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return fromBigInt(value);
  if (Array.isArray(value)) return value.map((entry) => fromNeo4j(entry, kinds));
  if (kinds.isInt(value)) {
    const integer = value as Neo4jInteger;
    return integer.inSafeRange() ? integer.toNumber() : integer.toString();
  }
  if (kinds.isNode(value)) return neo4jNode(value as Neo4jNode, kinds);
  if (kinds.isRelationship(value)) return neo4jRelationship(value as Neo4jRelationship, kinds);
  if (kinds.isPath(value)) {
    const path = value as Neo4jPath;
    return {
      $type: 'path',
      nodes: [path.start, ...path.segments.map((segment) => segment.end)].map((node) => neo4jNode(node, kinds)),
      relationships: path.segments.map((segment) => neo4jRelationship(segment.relationship, kinds)),
    };
  }
  if (kinds.isTextual(value)) return String(value);
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (isRecord(value)) {
    const map: Record<string, CypherValue> = {};
    for (const [key, entry] of Object.entries(value)) map[key] = fromNeo4j(entry, kinds);
    return map;
  }
  return String(value);
}
