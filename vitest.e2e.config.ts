import { defineConfig } from 'vitest/config';

// Browser tests: a real Chromium driven by playwright-core against a served demo store.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
