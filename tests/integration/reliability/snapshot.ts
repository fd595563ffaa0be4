// What "the same graph" means in the reliability tests: the counts, every node id with
// its labels, every relationship by its ends, type and evidence offsets, and the
// entities with their names and aliases. Sorted, so two stores compare with toStrictEqual.

import type { GraphStore } from '../../../cypher/store.ts';

export interface GraphSnapshot {
  stats: Awaited<ReturnType<GraphStore['stats']>>;
  nodes: string[];
  relationships: string[];
  entities: string[];
}

const ALL = { rowCap: 10_000_000, timeoutMs: 120_000 };

function text(value: unknown): string {
  return value === null || value === undefined ? '' : Array.isArray(value) ? value.map(text).join(',') : String(value);
}

export async function graphSnapshot(store: GraphStore): Promise<GraphSnapshot> {
  const nodes = await store.readOnly('MATCH (n) RETURN n.id AS id, labels(n) AS labels', {}, ALL);
  const relationships = await store.readOnly(
    'MATCH (a)-[r]->(b) RETURN a.id AS source, type(r) AS type, b.id AS target, r.articleId AS article, r.start AS start, r.end AS end, r.count AS count',
    {},
    ALL,
  );
  const entities = await store.knownEntities();
  const sorted = (rows: unknown[][]) =>
    rows
      .map((row) =>
        row.map((cell) => (Array.isArray(cell) ? [...cell].map(text).sort().join('+') : text(cell))).join('|'),
      )
      .sort();
  return {
    stats: await store.stats(),
    nodes: sorted(nodes.rows),
    relationships: sorted(relationships.rows),
    entities: entities
      .map((entity) => [entity.id, entity.type, entity.name, [...entity.aliases].sort().join('+')].join('|'))
      .sort(),
  };
}
