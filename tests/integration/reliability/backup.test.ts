// `newsgraph backup <dir>` and `newsgraph restore <dir>`: a backup made with no server, or
// through a server that holds the store, restores into a store with the same counts and
// the same query answers; restore refuses a store in use and a folder that is not a whole
// backup, changing nothing, and keeps the store it replaces.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, holdStore, type Run } from './cli.ts';
import { fillStore, startServerProcess } from './server.ts';

// Several CLI runs per test, each a Node start: generous on a loaded machine.
const SPAWN_TIMEOUT = 240_000;

const NAMES = 'MATCH (e:Entity) RETURN e.id AS id, e.name AS name ORDER BY id';

let tmp: string;
let data: string;
let original: { stats: string; names: string };

function answers(dataDir: string): { stats: string; names: string } {
  const stats = cli(dataDir, ['stats']);
  const names = cli(dataDir, ['query', NAMES, '--format', 'csv', '--row-cap', '10000']);
  expect([stats.code, names.code]).toStrictEqual([0, 0]);
  return { stats: stats.stdout.split('\n').slice(1).join('\n'), names: names.stdout };
}

function statsLine(run: Run): string {
  return run.stdout.split('\n')[1] as string;
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-backup-'));
  data = path.join(tmp, 'data');
  await fillStore(data, 12, 120, 5);
  original = answers(data);
}, 120_000);

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('newsgraph backup and restore', () => {
  it(
    'backs up a store no process holds and restores it with the same counts and answers',
    { timeout: SPAWN_TIMEOUT },
    () => {
      const dir = path.join(tmp, 'backup-plain');
      const made = cli(data, ['backup', dir]);
      const db = path.join(data, 'newsgraph.grafeo');
      expect([made.code, made.stderr]).toStrictEqual([0, '']);
      expect(made.stdout).toMatch(
        new RegExp(
          `^Backed up ${db.replace(/\./g, '\\.')} at commit \\d+ \\(articles 12, .*\\) to ${dir.replace(/\./g, '\\.')}\\.\n$`,
        ),
      );
      expect(readdirSync(dir).sort()).toStrictEqual(['newsgraph-backup.json', 'newsgraph.grafeo']);

      const target = path.join(tmp, 'restored-plain');
      const restored = cli(target, ['restore', dir]);
      expect([restored.code, restored.stderr]).toStrictEqual([0, '']);
      expect(restored.stdout.startsWith(`Restored ${dir} (commit `)).toBe(true);
      expect(answers(target)).toStrictEqual(original);
    },
  );

  it(
    'backs up through the server that holds the store, consistent with what it answers, and restore refuses that store',
    { timeout: SPAWN_TIMEOUT },
    async () => {
      const server = await startServerProcess(data);
      try {
        const dir = path.join(tmp, 'backup-served');
        const made = cli(data, ['backup', dir]);
        expect([made.code, made.stderr]).toStrictEqual([
          0,
          `(working through the newsgraph server at ${server.url})\n`,
        ]);
        expect(readdirSync(dir).sort()).toStrictEqual(['newsgraph-backup.json', 'newsgraph.grafeo']);
        // The server's copy was moved here: nothing of it is left beside the store.
        expect(existsSync(path.join(data, 'newsgraph.grafeo.backups'))).toBe(false);
        const served = answers(data);
        expect(served).toStrictEqual(original);

        const target = path.join(tmp, 'restored-served');
        expect(cli(target, ['restore', dir]).code).toBe(0);
        expect(answers(target)).toStrictEqual(served);

        const refused = cli(data, ['restore', dir]);
        expect([refused.code, refused.stdout, refused.stderr]).toStrictEqual([
          1,
          '',
          `newsgraph: a newsgraph server at ${server.url} holds ${path.join(data, 'newsgraph.grafeo')}: stop it before restoring; nothing was changed\n`,
        ]);
      } finally {
        await server.stop();
      }
    },
  );

  it('refuses a store another process holds, changing nothing', { timeout: SPAWN_TIMEOUT }, async () => {
    const dir = path.join(tmp, 'backup-held');
    expect(cli(data, ['backup', dir]).code).toBe(0);
    const holder = await holdStore(data);
    try {
      const before = readdirSync(data).sort();
      const refused = cli(data, ['restore', dir]);
      expect([refused.code, refused.stderr]).toStrictEqual([
        3,
        `newsgraph: The store ${path.join(data, 'newsgraph.grafeo')} is in use (process ${holder.pid}): stop it before restoring; nothing was changed.\n`,
      ]);
      expect(readdirSync(data).sort()).toStrictEqual(before);
    } finally {
      await holder.release();
    }
  });

  it('refuses a folder that is not a whole backup, changing nothing', { timeout: SPAWN_TIMEOUT }, () => {
    const target = path.join(tmp, 'restored-refusals');
    expect(cli(target, ['restore', path.join(tmp, 'backup-plain')]).code).toBe(0);
    const before = readFileSync(path.join(target, 'newsgraph.grafeo'));
    const empty = path.join(tmp, 'empty');
    mkdirSync(empty);
    const damaged = path.join(tmp, 'backup-damaged');
    expect(cli(data, ['backup', damaged]).code).toBe(0);
    const file = path.join(damaged, 'newsgraph.grafeo');
    const bytes = readFileSync(file);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) ^ 0xff;
    writeFileSync(file, bytes);
    const foreign = path.join(tmp, 'foreign');
    mkdirSync(foreign);
    writeFileSync(path.join(foreign, 'newsgraph-backup.json'), '{"format":"something else"}');

    const refusals = [empty, data, damaged, foreign, path.join(tmp, 'nowhere')].map((dir) => {
      const run = cli(target, ['restore', dir]);
      return [run.code, run.stdout, run.stderr];
    });
    expect(refusals).toStrictEqual([
      [1, '', `newsgraph: ${empty} is not a newsgraph backup: it has no newsgraph-backup.json\n`],
      [1, '', `newsgraph: ${data} is not a newsgraph backup: it has no newsgraph-backup.json\n`],
      [
        1,
        '',
        `newsgraph: the backup in ${damaged} is damaged: newsgraph.grafeo differs from the size and checksum its manifest records\n`,
      ],
      [
        1,
        '',
        `newsgraph: ${foreign} is not a newsgraph backup: newsgraph-backup.json is not a backup manifest of version 1\n`,
      ],
      [1, '', `newsgraph: ${path.join(tmp, 'nowhere')} is not a newsgraph backup: no such folder\n`],
    ]);
    expect(readFileSync(path.join(target, 'newsgraph.grafeo')).equals(before)).toBe(true);
  });

  it(
    'keeps the store it replaces aside, and backs up only into a new or empty folder',
    { timeout: SPAWN_TIMEOUT },
    () => {
      const target = path.join(tmp, 'restored-twice');
      const dir = path.join(tmp, 'backup-plain');
      expect(cli(target, ['restore', dir]).code).toBe(0);
      const again = cli(target, ['restore', dir]);
      expect(again.code).toBe(0);
      const kept = /^The store it replaced is kept in (.+)\.$/m.exec(again.stdout)?.[1] as string;
      expect(path.dirname(kept)).toBe(target);
      expect(readdirSync(kept).sort()).toStrictEqual(['newsgraph.grafeo', 'newsgraph.grafeo.commit.json']);
      expect(statsLine(cli(target, ['stats']))).toBe(original.stats.split('\n')[0]);

      const refused = cli(data, ['backup', dir]);
      expect([refused.code, refused.stderr]).toStrictEqual([
        1,
        `newsgraph: ${dir} is not empty: a backup goes into a new or empty folder\n`,
      ]);
    },
  );
});
