import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{contract,src,ingest,cli,cypher,server,bench}/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
