// The files of an embedded store, one unit: the database file `<db>`, its write-ahead log
// folder `<db>.wal/` (present while the store is open, and after a crash until the next
// open replays it), the commit record `<db>.commit.json`, the owner file
// `<db>.owner.json` and the query snapshots `<db>.queries/`.
//
// The commit record holds the epoch of the last commit this project saw succeed. Grafeo
// opens a store whose log is missing, or cut short, with the commits it still finds and
// no error; the record lets an open tell that commits are missing and refuse, instead of
// going on without them.

import fs from 'node:fs';
import path from 'node:path';
import { StoreWriteError } from './store.ts';

export function walPath(dbPath: string): string {
  return `${dbPath}.wal`;
}

export function commitRecordPath(dbPath: string): string {
  return `${dbPath}.commit.json`;
}

/** The epoch recorded for the store, or null when none was recorded (a store made before the record existed). */
export function readCommitRecord(dbPath: string): bigint | null {
  let text: string;
  try {
    text = fs.readFileSync(commitRecordPath(dbPath), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const epoch = (JSON.parse(text) as { epoch?: unknown }).epoch;
  if (typeof epoch !== 'string' || !/^\d+$/.test(epoch)) {
    throw new Error(`${commitRecordPath(dbPath)} is not a commit record (no "epoch")`);
  }
  return BigInt(epoch);
}

/**
 * Records `epoch` as committed: a temporary file renamed over the record, so a reader
 * sees the old record or the new one. Written after the engine's commit returned, so the
 * record never runs ahead of what the log holds.
 */
export function writeCommitRecord(dbPath: string, epoch: bigint): void {
  const file = commitRecordPath(dbPath);
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify({ epoch: epoch.toString() })}\n`);
  fs.renameSync(temporary, file);
}

/** Commits missing from the store as opened, compared with the record: the message says what to do. */
export function missingCommitsMessage(dbPath: string, opened: bigint, recorded: bigint): string {
  const wal = walPath(dbPath);
  const where = fs.existsSync(wal)
    ? `its write-ahead log ${wal}${path.sep} is damaged or cut short`
    : `its write-ahead log ${wal}${path.sep} is missing`;
  return (
    `The store ${dbPath} has lost commits: ${where} (the store opens at commit ${opened}, ` +
    `${commitRecordPath(dbPath)} records commit ${recorded}). Nothing was changed. ` +
    `Put the log folder back if you have it, or restore a backup (newsgraph restore <dir>); ` +
    `to go on with the store as it opens, losing the commits after ${opened}, delete ${commitRecordPath(dbPath)}.`
  );
}

const NO_SPACE = /No space left on device|os error 28\b|ENOSPC|Disk quota exceeded|os error 122\b/i;
const TOO_LARGE = /File too large|os error 27\b|EFBIG/i;
const READ_ONLY_FS = /Read-only file system|os error 30\b|EROFS|Permission denied|os error 13\b/i;

/**
 * A write the engine could not make, in the user's words: a full disk says "no space
 * left on device" with the store's path, not the engine's transaction error. Null when
 * the error is not about the file system.
 */
export function storeWriteError(
  dbPath: string,
  error: unknown,
  when: 'write' | 'close' = 'write',
): StoreWriteError | null {
  const message = error instanceof Error ? error.message : String(error);
  const file = / at (\/[^:]+):/.exec(message)?.[1] ?? /WAL (\/[^:]+):/.exec(message)?.[1] ?? dbPath;
  // A close that fails folds the log into the file: the commits stay in the log, replayed at the next open.
  const nothing =
    when === 'write'
      ? 'Nothing of this write was stored'
      : `Its commits are kept in ${walPath(dbPath)}${path.sep}, replayed when it opens`;
  if (NO_SPACE.test(message)) {
    return new StoreWriteError(
      `The store ${dbPath} could not be written: no space left on device (${file}). ${nothing}; free some space and run it again.`,
      'NO_SPACE',
    );
  }
  if (TOO_LARGE.test(message)) {
    return new StoreWriteError(
      `The store ${dbPath} could not be written: no space left for it, the file size limit was reached (${file}; ulimit -f). ${nothing}; raise the limit and run it again.`,
      'NO_SPACE',
    );
  }
  if (READ_ONLY_FS.test(message)) {
    return new StoreWriteError(
      `The store ${dbPath} could not be written: ${file} is on a read-only file system or not writable. ${nothing}.`,
      'READ_ONLY',
    );
  }
  return null;
}
