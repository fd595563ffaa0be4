// The embedded store's files as one unit: a write-ahead log that is missing, cut short or
// damaged is found at open with an error naming it and what to do, and the store is left
// as it was (put the log back and every commit is there); a write that finds no space
// says "no space left on device" with the path, stores nothing, and succeeds once there
// is space again. Crashes are real (SIGKILL of a process holding the store, ordered by its
// "written" line); space runs out for real: a file-size limit (`ulimit -f`, any user) and
// a full tmpfs (where a mount namespace can be made; skipped otherwise, as the name says).

import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../../bench/corpus.ts';
import { BIN, cli, cliEnv, ROOT, type Run } from './cli.ts';

// Several CLI runs per test, each a Node start: generous on a loaded machine.
const SPAWN_TIMEOUT = 240_000;

const HELPER = path.join(ROOT, 'tests', 'integration', 'reliability', 'writeAndHold.ts');

let tmp: string;
/** A store whose last commit is only in its log (its writer was killed), and its counts. */
let crashed: string;
let crashedStats: string;
let corpus: string;

/** Runs writeAndHold.ts in `dataDir` and waits for it (first run) or kills it once it has written (`more`). */
function writeAndHold(dataDir: string, more: boolean): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', HELPER, dataDir, ...(more ? ['more'] : [])], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (more && out.includes('written')) child.kill('SIGKILL');
    });
    child.once('exit', (code, signal) => {
      if ((more && signal === 'SIGKILL') || (!more && code === 0)) resolve();
      else reject(new Error(`writeAndHold ended with ${code ?? signal}: ${out}`));
    });
  });
}

function stats(dataDir: string): Run {
  return cli(dataDir, ['stats']);
}

function copyOf(name: string): string {
  const dir = path.join(tmp, name);
  cpSync(crashed, dir, { recursive: true });
  return dir;
}

function walSegment(dataDir: string): string {
  const wal = path.join(dataDir, 'newsgraph.grafeo.wal');
  const [segment] = readdirSync(wal);
  return path.join(wal, segment as string);
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-store-files-'));
  crashed = path.join(tmp, 'crashed');
  await writeAndHold(crashed, false);
  await writeAndHold(crashed, true);
  corpus = path.join(tmp, 'corpus');
  writeCorpus(corpus, generateCorpus({ articles: 3, words: 120, seed: 7 }));
  const intact = copyOf('intact');
  const run = stats(intact);
  expect(run.code).toBe(0);
  crashedStats = run.stdout.replace(intact, '<store>');
}, 120_000);

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('a store whose write-ahead log is missing or damaged', () => {
  it(
    'opens with every commit when its log is intact (the commit after the file is in the log)',
    { timeout: SPAWN_TIMEOUT },
    () => {
      expect(crashedStats.split('\n')[1]).toBe('articles 3, entities 7, statements 3, relations 4, mentions 14');
    },
  );

  it(
    'refuses to open without its log, names it, changes nothing, and opens whole once the log is back',
    { timeout: SPAWN_TIMEOUT },
    () => {
      const dataDir = copyOf('no-log');
      const db = path.join(dataDir, 'newsgraph.grafeo');
      const log = path.join(tmp, 'kept-log');
      cpSync(`${db}.wal`, log, { recursive: true });
      rmSync(`${db}.wal`, { recursive: true });
      const before = readFileSync(db);
      const run = stats(dataDir);
      expect([run.code, run.stdout, run.stderr]).toStrictEqual([
        3,
        '',
        `newsgraph: The store ${db} has lost commits: its write-ahead log ${db}.wal/ is missing (the store opens at commit 1, ` +
          `${db}.commit.json records commit 2). Nothing was changed. Put the log folder back if you have it, or restore a backup ` +
          `(newsgraph restore <dir>); to go on with the store as it opens, losing the commits after 1, delete ${db}.commit.json.\n`,
      ]);
      expect(readFileSync(db).equals(before)).toBe(true);
      cpSync(log, `${db}.wal`, { recursive: true });
      expect(stats(dataDir).stdout.replace(dataDir, '<store>')).toBe(crashedStats);
    },
  );

  it(
    'refuses a log cut short before anything replays it, keeps the log as it is, and opens whole once it is put back',
    { timeout: SPAWN_TIMEOUT },
    () => {
      const dataDir = copyOf('cut-log');
      const db = path.join(dataDir, 'newsgraph.grafeo');
      const segment = walSegment(dataDir);
      const whole = readFileSync(segment);
      truncateSync(segment, 200);
      const run = stats(dataDir);
      expect([run.code, run.stderr]).toStrictEqual([
        3,
        `newsgraph: The store ${db} has lost commits: its write-ahead log ${db}.wal/ is damaged or cut short (the store opens at commit 1, ` +
          `${db}.commit.json records commit 2). Nothing was changed. Put the log folder back if you have it, or restore a backup ` +
          `(newsgraph restore <dir>); to go on with the store as it opens, losing the commits after 1, delete ${db}.commit.json.\n`,
      ]);
      expect(readFileSync(segment).length).toBe(200);
      writeFileSync(segment, whole);
      expect(stats(dataDir).stdout.replace(dataDir, '<store>')).toBe(crashedStats);
    },
  );

  it('names a damaged log the engine finds, and says what to do', { timeout: SPAWN_TIMEOUT }, () => {
    const dataDir = copyOf('bad-log');
    const db = path.join(dataDir, 'newsgraph.grafeo');
    const segment = walSegment(dataDir);
    const bytes = readFileSync(segment);
    bytes[100] = (bytes[100] as number) ^ 0xff;
    writeFileSync(segment, bytes);
    const run = stats(dataDir);
    expect(run.code).toBe(3);
    expect(
      run.stderr.startsWith(`newsgraph: The store ${db} cannot be opened: its write-ahead log ${db}.wal/ is damaged (`),
    ).toBe(true);
    expect(run.stderr.includes(`the file ${segment} is damaged`)).toBe(true);
    expect(
      run.stderr.endsWith(
        'Nothing was changed. Restore a backup (newsgraph restore <dir>), or move the log folder aside to open the store without the commits it holds.\n',
      ),
    ).toBe(true);
  });

  it('refuses a store file that is gone while its commit record remains', { timeout: SPAWN_TIMEOUT }, () => {
    const dataDir = copyOf('no-file');
    const db = path.join(dataDir, 'newsgraph.grafeo');
    rmSync(db);
    rmSync(`${db}.wal`, { recursive: true });
    const run = stats(dataDir);
    expect([run.code, run.stderr]).toStrictEqual([
      3,
      `newsgraph: The store ${db} is missing, but ${db}.commit.json records commit 2. Restore a backup (newsgraph restore <dir>) ` +
        `or put the file back; to start an empty store, delete ${db}.commit.json.\n`,
    ]);
    expect(readdirSync(dataDir)).toStrictEqual(['newsgraph.grafeo.commit.json']);
  });
});

/** The ingest of the corpus in `dataDir`, the command started by `sh -c` with `prefix` before it. */
function ingestScript(prefix: string): string {
  return `${prefix} exec "${process.execPath}" "${BIN}" ingest "${corpus}"`;
}

describe('a write that finds no space', () => {
  it(
    'under a file-size limit (ulimit -f): says no space is left with the path, stores nothing, and works once the limit is gone',
    { timeout: SPAWN_TIMEOUT },
    () => {
      const dataDir = copyOf('size-limit');
      const db = path.join(dataDir, 'newsgraph.grafeo');
      const segment = walSegment(dataDir);
      const run = spawnSync('sh', ['-c', ingestScript("trap '' XFSZ; ulimit -f 16;")], {
        cwd: ROOT,
        env: cliEnv(dataDir),
        encoding: 'utf8',
      });
      expect([run.status, run.stdout, run.stderr]).toStrictEqual([
        1,
        '',
        `newsgraph: The store ${db} could not be written: no space left for it, the file size limit was reached (${segment}; ulimit -f). ` +
          'Nothing of this write was stored; raise the limit and run it again.\n',
      ]);
      expect(stats(dataDir).stdout.replace(dataDir, '<store>')).toBe(crashedStats);
      const again = cli(dataDir, ['ingest', corpus]);
      expect([again.code, /^Ingested 3 articles \(0 already stored\)/.test(again.stdout)]).toStrictEqual([0, true]);
    },
  );

  const mountable =
    process.platform === 'linux' &&
    spawnSync('unshare', ['-rm', 'sh', '-c', `mount -t tmpfs -o size=64k tmpfs "${os.tmpdir()}"`]).status === 0;

  it.skipIf(!mountable)(
    'on a full tmpfs (skipped where no mount namespace can be made): says "no space left on device" with the path, stores nothing, and works once there is space',
    { timeout: SPAWN_TIMEOUT },
    () => {
      const mount = path.join(tmp, 'mnt');
      cpSync(crashed, path.join(tmp, 'tmpfs-seed'), { recursive: true });
      const db = path.join(mount, 'newsgraph.grafeo');
      // In a mount namespace of its own: a 2 MiB tmpfs with the crashed store, filled up
      // to 8 KiB, an ingest, the filler removed, stats, the ingest again, stats.
      const script = [
        'set -u',
        `mkdir -p "${mount}" && mount -t tmpfs -o size=2m tmpfs "${mount}"`,
        `cp -r "${path.join(tmp, 'tmpfs-seed')}"/. "${mount}"/`,
        `dd if=/dev/zero of="${mount}/filler" bs=4k 2>/dev/null; truncate -s -8k "${mount}/filler"`,
        `"${process.execPath}" "${BIN}" ingest "${corpus}"; echo "ingest exit $?"`,
        `rm "${mount}/filler"`,
        `"${process.execPath}" "${BIN}" stats`,
        `"${process.execPath}" "${BIN}" ingest "${corpus}" 2>&1 | sed 's/ in [0-9.]* s:/:/'`,
      ].join('\n');
      const run = spawnSync('unshare', ['-rm', 'sh', '-c', script], {
        cwd: ROOT,
        env: cliEnv(mount),
        encoding: 'utf8',
      });
      expect(run.stderr).toMatch(
        new RegExp(
          `^newsgraph: The store ${db.replace(/[.]/g, '\\.')} could not be written: no space left on device \\(${mount}/newsgraph\\.grafeo\\.wal/wal_\\d+\\.log\\)\\. ` +
            'Nothing of this write was stored; free some space and run it again\\.\n$',
        ),
      );
      const [exit, ...rest] = run.stdout.split('\n');
      expect(exit).toBe('ingest exit 1');
      expect(`${rest.slice(0, 5).join('\n')}\n`.replace(mount, '<store>')).toBe(crashedStats);
      expect(rest[5]).toMatch(/^Ingested 3 articles \(0 already stored\): /);
    },
  );
});
