// Lint rules; the import restrictions keep the one-direction architecture:
// contract/ imports nothing; cypher/ and extract/ import contract/; ingest/ imports those
// (readers → extract → write); server/ imports those; cli/ imports everything and nothing
// imports it; src/ imports contract/ only and reaches the server over HTTP.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const driverImports = [
  {
    name: '@grafeo-db/js',
    message: 'Only cypher/engines/grafeo.ts and its query process cypher/engines/queryWorker.ts talk to Grafeo.',
  },
  { name: 'neo4j-driver', message: 'Only cypher/engines/neo4j.ts talks to Neo4j.' },
];

const notCli = { group: ['**/cli/**'], message: 'Nothing imports cli/: it is the top floor.' };

export default tseslint.config(
  { ignores: ['dist/', 'data/', 'node_modules/', 'coverage/', 'test-results/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: driverImports, patterns: [notCli] }],
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
            { regex: '^(?!\\./[^/]+$)', message: 'contract/ is the ground floor: it imports nothing outside itself.' },
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
          patterns: [
            {
              group: ['**/extract/**', '**/ingest/**', '**/server/**', '**/src/**', '**/cli/**'],
              message: 'cypher/ imports nothing of extract/, ingest/, server/, src/ or cli/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Its tests may read documents with ingest's readers and ingest into a store, as its callers do.
    files: ['extract/**/*.ts'],
    ignores: ['extract/**/*.test.ts', 'extract/**/*.bench.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: driverImports,
          patterns: [
            {
              group: ['**/ingest/**', '**/cypher/**', '**/server/**', '**/src/**', '**/cli/**'],
              message: 'extract/ imports contract/ only: not ingest/, cypher/, server/, src/ or cli/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['ingest/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: driverImports,
          patterns: [
            {
              group: ['**/server/**', '**/src/**', '**/cli/**'],
              message: 'ingest/ imports nothing of server/, src/ or cli/ (it imports contract/, extract/ and cypher/).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: driverImports,
          patterns: [{ group: ['**/src/**', '**/cli/**'], message: 'server/ imports nothing of src/ or cli/.' }],
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
              group: [
                '**/extract/**',
                '**/ingest/**',
                '**/server/**',
                '**/cli/**',
                '**/cypher/**',
                '**/bench/**',
                '**/tests/**',
                '**/scripts/**',
                '**/bin/**',
              ],
              message: 'src/ talks to the server over HTTP: outside src/ it imports contract/ only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'cypher/engines/grafeo.ts',
      'cypher/engines/queryWorker.ts',
      'cypher/engines/neo4j.ts',
      'cypher/**/*.test.ts',
      'extract/**/*.test.ts',
      'extract/**/*.bench.ts',
      'tests/**/*.ts',
      'bench/**/*.ts',
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: [notCli] }] },
  },
);
