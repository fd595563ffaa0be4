// Shared by the suites under tests/neo4j (run by `npm run test:neo4j`, which starts a
// throwaway Neo4j and sets NEO4J_URI): the Neo4j they were given, and the sample corpus.
// Every expectation compares Neo4j with the embedded store filled in the same run, never
// with numbers that depend on what the extractor finds today.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Neo4jStore } from '../../cypher/neo4j.ts';

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
