import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      '{contract,src,extract,ingest,cli,cypher,server,bench}/**/*.test.{ts,tsx}',
      'tests/integration/**/*.test.ts',
    ],
    // the slow reliability suites have their own run: npm run test:reliability
    exclude: ['**/node_modules/**', 'tests/integration/reliability/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
