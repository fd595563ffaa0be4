import { defineConfig } from 'vitest/config';

/** The slow reliability suites (load, crash, fuzz, backups, security): `npm run test:reliability`, run by CI. */
export default defineConfig({
  test: {
    include: ['tests/integration/reliability/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
