import { defineConfig } from 'vitest/config';

// `npm run test:neo4j`: the suites that need a real Neo4j (NEO4J_URI, set by
// scripts/withNeo4j.ts). Files run one after another: Community has one user database,
// which each suite empties.
export default defineConfig({
  test: {
    include: ['cypher/contract.test.ts', 'tests/neo4j/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
