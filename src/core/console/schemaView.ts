// `CALL db.schema.visualization()` in the console. Neo4j answers it; the embedded engine
// does not know the procedure. The console answers it the same way on both: the labels and
// relationship types with their counts from the store's schema (GET /api/schema), and
// which labels each type joins from one portable read-only query (SCHEMA_PATTERNS_QUERY),
// shaped as Neo4j shapes it: one row, a list of nodes (one per label) and a list of
// relationships between them. The table lists them; the Graph tab draws them.
import type { SchemaInfo } from '../../../contract/api.ts';
import type { CypherResult, CypherValue, GraphNodeValue, GraphRelationshipValue } from '../../../contract/cypher.ts';

const SCHEMA_CALL = /^CALL\s+db\.schema\.visualization\s*\(\s*\)\s*(?:YIELD\s+nodes\s*,\s*relationships\s*)?;?$/i;

/** The query asks for the schema's picture (with or without its YIELD and a final `;`). */
export function isSchemaVisualization(query: string): boolean {
  return SCHEMA_CALL.test(query.trim());
}

/** Which labels each relationship type joins, and how often. */
export const SCHEMA_PATTERNS_QUERY =
  'MATCH (a)-[r]->(b) RETURN labels(a) AS from, type(r) AS type, labels(b) AS to, count(*) AS n';

/** The label that names a node's kind: `Person` rather than the `Entity` every entity has. */
function kindOf(labels: readonly string[]): string | null {
  return labels.find((label) => label !== 'Entity') ?? labels[0] ?? null;
}

const strings = (value: CypherValue | undefined): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

export function schemaVisualization(
  schema: SchemaInfo,
  patterns: Pick<CypherResult, 'rows' | 'elapsedMs'>,
): CypherResult {
  const nodeId = (label: string) => `schema:${label}`;
  const counts = new Map(schema.labels.map(({ label, count }) => [label, count]));
  const joins = new Map<string, { from: string; type: string; to: string; count: number }>();
  for (const [from, type, to, n] of patterns.rows) {
    const start = kindOf(strings(from));
    const end = kindOf(strings(to));
    if (start === null || end === null || typeof type !== 'string') continue;
    const key = `${start}|${type}|${end}`;
    const join = joins.get(key) ?? { from: start, type, to: end, count: 0 };
    join.count += typeof n === 'number' ? n : 0;
    joins.set(key, join);
  }
  const used = new Set([...joins.values()].flatMap((join) => [join.from, join.to]));
  const labels = [...new Set([...schema.labels.map(({ label }) => label), ...used])].filter(
    (label) => label !== 'Entity' || used.has(label),
  );
  const nodes: GraphNodeValue[] = labels.map((label) => ({
    $type: 'node',
    elementId: nodeId(label),
    labels: [label],
    properties: { name: label, count: counts.get(label) ?? 0 },
  }));
  const relationships: GraphRelationshipValue[] = [...joins.values()].map((join) => ({
    $type: 'relationship',
    elementId: `schema:${join.from}-${join.type}->${join.to}`,
    type: join.type,
    startNodeElementId: nodeId(join.from),
    endNodeElementId: nodeId(join.to),
    properties: { count: join.count },
  }));
  return {
    columns: ['nodes', 'relationships'],
    rows: [[nodes, relationships]],
    truncated: false,
    rowCap: 1,
    elapsedMs: patterns.elapsedMs,
  };
}
