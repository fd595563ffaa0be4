// Shared by the suites under tests/neo4j (run by `npm run test:neo4j`, which starts a
// throwaway Neo4j and sets NEO4J_URI): the Neo4j they were given, and the sample corpus.
// Every expectation compares Neo4j with the embedded store filled in the same run, never
// with numbers that depend on what the extractor finds today.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { SchemaInfo } from '../../contract/api.ts';
import { Neo4jStore } from '../../cypher/engines/neo4j.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = path.resolve(process.env.NEWSGRAPH_SHARED ?? path.join(ROOT, '..', 'shared'));
export const SEEDS = path.join(SHARED, 'corpus', 'seeds');

/** The Neo4j to use; these suites empty it. */
export function neo4jUri(): string {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: run these suites with `npm run test:neo4j`');
  return uri;
}

export function openNeo4j(uri = neo4jUri()): Neo4jStore {
  return new Neo4jStore({
    uri,
    user: process.env.NEO4J_USER,
    password: process.env.NEO4J_PASSWORD,
    database: process.env.NEO4J_DATABASE,
  });
}

/**
 * Neo4j's db.propertyKeys() also lists keys that no node or relationship holds any longer
 * (a key, once created, stays; earlier suites leave some): those checked unused and set
 * aside, the schema is the embedded store's.
 */
export async function expectSameSchema(neo4j: Neo4jStore, actual: SchemaInfo, expected: SchemaInfo): Promise<void> {
  const extra = actual.propertyKeys.filter((key) => !expected.propertyKeys.includes(key));
  for (const key of extra) {
    const used = await neo4j.readOnly(
      'MATCH (n) WHERE n[$key] IS NOT NULL RETURN count(n) AS c UNION ALL MATCH ()-[r]->() WHERE r[$key] IS NOT NULL RETURN count(r) AS c',
      { key },
    );
    expect(used.rows, `property key ${key}`).toStrictEqual([[0], [0]]);
  }
  expect({ ...actual, propertyKeys: actual.propertyKeys.filter((key) => !extra.includes(key)) }).toStrictEqual(
    expected,
  );
}
