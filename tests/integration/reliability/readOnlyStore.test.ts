// A store opened read-only answers queries (stats, query, the server's read routes) with a
// notice that it is read-only, refuses writes with a clear error, and is left byte for
// byte as it was. `--read-only` makes it so for any user; a folder that cannot be written
// makes it so by itself, which is checked only where permissions stop writes (not as root).

import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../../bench/corpus.ts';
import { cli } from './cli.ts';
import { fillStore, startServerProcess } from './server.ts';

// Several CLI runs per test, each a Node start: generous on a loaded machine.
const SPAWN_TIMEOUT = 240_000;

const PEOPLE = 'MATCH (p:Person) RETURN count(p) AS people';

let tmp: string;
let data: string;
let db: string;
let corpus: string;
let writable: { stats: string; people: string };

/** Every file of the store folder with its bytes. */
function files(dir: string): Record<string, string> {
  const all: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, name);
    try {
      all[name] = readFileSync(file).toString('base64');
    } catch {
      all[name] = '(folder)';
    }
  }
  return all;
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-read-only-'));
  data = path.join(tmp, 'data');
  db = path.join(data, 'newsgraph.grafeo');
  await fillStore(data, 6, 120, 9);
  corpus = path.join(tmp, 'corpus');
  writeCorpus(corpus, generateCorpus({ articles: 2, words: 100, seed: 3 }));
  writable = { stats: cli(data, ['stats']).stdout, people: cli(data, ['query', PEOPLE, '--format', 'csv']).stdout };
}, 120_000);

afterAll(() => {
  chmodSync(data, 0o755);
  rmSync(tmp, { recursive: true, force: true });
});

describe('a store opened with --read-only', () => {
  const notice = () => `(the store ${db} is read-only: it was opened read-only; queries only)\n`;

  it(
    'answers stats and query with a notice, refuses ingest and reset, and changes no byte',
    { timeout: SPAWN_TIMEOUT },
    () => {
      const before = files(data);
      const stats = cli(data, ['--read-only', 'stats']);
      const people = cli(data, ['--read-only', 'query', PEOPLE, '--format', 'csv']);
      expect([stats.code, stats.stdout, stats.stderr]).toStrictEqual([0, writable.stats, notice()]);
      expect([people.code, people.stdout, people.stderr]).toStrictEqual([0, writable.people, notice()]);

      const refusal = `newsgraph: The store ${db} is open read-only (it was opened read-only): writes are refused, nothing was changed.\n`;
      const ingest = cli(data, ['--read-only', 'ingest', corpus]);
      expect([ingest.code, ingest.stdout, ingest.stderr]).toStrictEqual([1, '', `${notice()}${refusal}`]);
      const reset = cli(data, ['--read-only', 'reset', '--yes']);
      expect([reset.code, reset.stdout, reset.stderr]).toStrictEqual([1, '', `${notice()}${refusal}`]);
      expect(files(data)).toStrictEqual(before);
    },
  );

  it(
    'serves the read routes, refuses POST /api/ingest with 409, and says it is read-only',
    { timeout: SPAWN_TIMEOUT },
    async () => {
      const server = await startServerProcess(data, ['--read-only']);
      try {
        expect(server.output()).toContain(notice());
        const stats = await fetch(`${server.url}/api/stats`);
        expect(stats.status).toBe(200);
        const cypher = await fetch(`${server.url}/api/cypher`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: PEOPLE }),
        });
        expect([cypher.status, ((await cypher.json()) as { rows: unknown[] }).rows]).toStrictEqual([
          200,
          [[Number(writable.people.split('\n')[1])]],
        ]);
        const ingest = await fetch(`${server.url}/api/ingest`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            documents: [
              {
                source: 'x.txt',
                title: null,
                date: null,
                url: null,
                text: 'Mario Rossi ha parlato.',
                language: 'it',
                errors: [],
              },
            ],
          }),
        });
        expect([ingest.status, await ingest.json()]).toStrictEqual([
          409,
          {
            error: `The store ${db} is open read-only (it was opened read-only): writes are refused, nothing was changed.`,
            code: 'STORE_READ_ONLY',
          },
        ]);
      } finally {
        await server.stop();
      }
    },
  );
});

const root = typeof process.getuid === 'function' && process.getuid() === 0;

describe.skipIf(root)(
  'a store in a folder that cannot be written (skipped as root, where permissions do not stop writes)',
  () => {
    it(
      'opens read-only by itself for stats and query, with a notice, and refuses ingest',
      { timeout: SPAWN_TIMEOUT },
      () => {
        chmodSync(data, 0o555);
        try {
          const notice = `(the store ${db} is read-only: ${data} is not writable; queries only)\n`;
          const stats = cli(data, ['stats']);
          expect([stats.code, stats.stdout, stats.stderr]).toStrictEqual([0, writable.stats, notice]);
          const people = cli(data, ['query', PEOPLE, '--format', 'csv']);
          expect([people.code, people.stdout, people.stderr]).toStrictEqual([0, writable.people, notice]);
          const ingest = cli(data, ['ingest', corpus]);
          expect([ingest.code, ingest.stderr]).toStrictEqual([
            1,
            `${notice}newsgraph: The store ${db} is open read-only (${data} is not writable): writes are refused, nothing was changed.\n`,
          ]);
        } finally {
          chmodSync(data, 0o755);
        }
      },
    );
  },
);
