// Lint rules; the import restrictions keep the one-direction architecture
// (ingest → cypher, server → cypher, src → server over HTTP only).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const driverImports = [
  { name: '@grafeo-db/js', message: 'Only cypher/grafeo.ts and its query process cypher/queryWorker.ts talk to Grafeo.' },
  { name: 'neo4j-driver', message: 'Only cypher/neo4j.ts talks to Neo4j.' },
];

export default tseslint.config(
  { ignores: ['dist/', 'data/', 'node_modules/', 'coverage/', 'test-results/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: driverImports }],
    },
  },
  {
    files: ['contract/**/*.ts'],
    ignores: ['contract/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: driverImports,
          patterns: [
            { group: ['**/cypher/**', '**/ingest/**', '**/server/**', '**/src/**'], message: 'contract/ imports nothing of the other layers.' },
          ],
        },
      ],
    },
  },
  {
    files: ['cypher/**/*.ts'],
    ignores: ['cypher/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: driverImports,
          patterns: [{ group: ['**/ingest/**', '**/server/**', '**/src/**'], message: 'cypher/ imports nothing of ingest/, server/ or src/.' }],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: driverImports,
          patterns: [
            {
              group: ['**/ingest/**', '**/server/**', '**/cypher/**', '!**/cypher/model', '!**/cypher/model.ts'],
              message: 'src/ talks to the server over HTTP; it may only `import type` from cypher/model.ts (and import contract/).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['cypher/grafeo.ts', 'cypher/queryWorker.ts', 'cypher/neo4j.ts', 'cypher/**/*.test.ts', 'tests/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
