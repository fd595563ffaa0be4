// Store-wide reads: the totals, and the schema the console's completion offers.

import type { SchemaInfo, StoreStats } from '../../contract/api.ts';
import { RELATION_TYPES } from '../../contract/graph.ts';
import { num, str, type Run } from './decode.ts';

const RELATION_TYPE_LIST: string[] = [...RELATION_TYPES];

export async function stats(run: Run): Promise<StoreStats> {
  const [totals, mentions, types] = await Promise.all([
    run('stats/totals', { relationTypes: RELATION_TYPE_LIST }),
    run('stats/mentions'),
    run('stats/entity-types'),
  ]);
  const row = totals[0] ?? {};
  const byType: Record<string, number> = {};
  for (const type of types) byType[str(type.type)] = num(type.count);
  return {
    articles: num(row.articles),
    entities: num(row.entities),
    statements: num(row.statements),
    relations: num(row.relations),
    mentions: num(mentions[0]?.mentions),
    byType,
  };
}

export async function schema(run: Run): Promise<SchemaInfo> {
  const [labels, types, keys, labelCounts, typeCounts] = await Promise.all([
    run('schema/labels'),
    run('schema/relationship-types'),
    run('schema/property-keys'),
    run('schema/label-counts'),
    run('schema/relationship-type-counts'),
  ]);
  const labelCount = new Map(labelCounts.map((row) => [str(row.label), num(row.count)]));
  const typeCount = new Map(typeCounts.map((row) => [str(row.type), num(row.count)]));
  const labelNames = new Set([...labels.map((row) => str(row.label)), ...labelCount.keys()]);
  const typeNames = new Set([...types.map((row) => str(row.relationshipType)), ...typeCount.keys()]);
  return {
    labels: [...labelNames].sort().map((label) => ({ label, count: labelCount.get(label) ?? 0 })),
    relationshipTypes: [...typeNames].sort().map((type) => ({ type, count: typeCount.get(type) ?? 0 })),
    propertyKeys: [...new Set(keys.map((row) => str(row.propertyKey)))].sort(),
  };
}
