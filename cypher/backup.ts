// Backups of the embedded store and their restore. A backup is a folder holding one file,
// `newsgraph.grafeo` (the store as of one commit, saved by the engine in turn with the
// writes, so it is consistent while a server runs), and `newsgraph-backup.json`, which
// says what it is: the commit, the counts, the file's size and SHA-256. A restore checks
// all of that before it touches the store, refuses a store that a process holds, and
// moves the store it replaces aside instead of deleting it.

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { GrafeoStore } from './engines/grafeo.ts';
import type { StoreStats } from '../contract/api.ts';
import { STORE_FILE } from '../contract/store.ts';
import { lockHolderPid, readStoreOwner } from './owner.ts';
import { commitRecordPath, walPath, writeCommitRecord } from './storeFiles.ts';
import { StoreUnavailableError } from './store.ts';

/** The store's file inside a backup folder: the same name as in a data folder. */
export const BACKUP_FILE = STORE_FILE;
export const BACKUP_MANIFEST = 'newsgraph-backup.json';
const FORMAT = 'newsgraph-backup';
const VERSION = 1;

export interface BackupManifest {
  format: typeof FORMAT;
  version: typeof VERSION;
  /** The commit (engine epoch) the copy holds, as decimal text. */
  epoch: string;
  createdAt: string;
  /** The store the copy was made of. */
  source: string;
  bytes: number;
  sha256: string;
  stats: StoreStats;
}

/** A backup that cannot be used: the message says why. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

function fileDigest(file: string): string {
  const hash = createHash('sha256');
  const descriptor = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1 << 20);
    for (;;) {
      const read = fs.readSync(descriptor, buffer, 0, buffer.length, null);
      if (read === 0) break;
      hash.update(buffer.subarray(0, read));
    }
  } finally {
    fs.closeSync(descriptor);
  }
  return hash.digest('hex');
}

/** The counts and epoch of a store file, opened read-only. */
async function inspect(file: string): Promise<{ epoch: bigint; stats: StoreStats }> {
  const copy = new GrafeoStore({ dbPath: file, readOnly: true });
  try {
    await copy.init();
    return { epoch: await copy.epoch(), stats: await copy.stats() };
  } finally {
    await copy.close();
  }
}

/**
 * Backs `store` up into `dir`, a new or empty folder: the engine's copy as of the last
 * commit, checked by opening it, then its manifest. Fails before writing anything when
 * `dir` holds files.
 */
export async function backupStore(store: GrafeoStore, dir: string): Promise<BackupManifest> {
  const target = path.resolve(dir);
  if (fs.existsSync(target)) {
    if (!fs.statSync(target).isDirectory()) throw new BackupError(`${target} is not a folder`);
    if (fs.readdirSync(target).length > 0) {
      throw new BackupError(`${target} is not empty: a backup goes into a new or empty folder`);
    }
  }
  fs.mkdirSync(target, { recursive: true });
  const file = path.join(target, BACKUP_FILE);
  const epoch = await store.saveCopy(file);
  const { epoch: copied, stats } = await inspect(file);
  if (copied !== epoch) throw new BackupError(`the copy ${file} holds commit ${copied}, not ${epoch}`);
  const manifest: BackupManifest = {
    format: FORMAT,
    version: VERSION,
    epoch: epoch.toString(),
    createdAt: new Date().toISOString(),
    source: store.location,
    bytes: fs.statSync(file).size,
    sha256: fileDigest(file),
    stats,
  };
  const temporary = path.join(target, `${BACKUP_MANIFEST}.tmp`);
  fs.writeFileSync(temporary, `${JSON.stringify(manifest, null, 2)}\n`);
  fs.renameSync(temporary, path.join(target, BACKUP_MANIFEST));
  return manifest;
}

/** The manifest of the backup in `dir`, its file checked against it; BackupError when it is not a usable backup. */
export function readBackup(dir: string): BackupManifest {
  const source = path.resolve(dir);
  const notBackup = (why: string) => new BackupError(`${source} is not a newsgraph backup: ${why}`);
  if (!fs.existsSync(source) || !fs.statSync(source).isDirectory()) throw notBackup('no such folder');
  let manifest: Partial<BackupManifest>;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(source, BACKUP_MANIFEST), 'utf8')) as Partial<BackupManifest>;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw notBackup(code === 'ENOENT' ? `it has no ${BACKUP_MANIFEST}` : `${BACKUP_MANIFEST} cannot be read`);
  }
  if (
    manifest.format !== FORMAT ||
    manifest.version !== VERSION ||
    typeof manifest.epoch !== 'string' ||
    !/^\d+$/.test(manifest.epoch) ||
    typeof manifest.bytes !== 'number' ||
    typeof manifest.sha256 !== 'string'
  ) {
    throw notBackup(`${BACKUP_MANIFEST} is not a backup manifest of version ${VERSION}`);
  }
  const file = path.join(source, BACKUP_FILE);
  if (!fs.existsSync(file)) throw notBackup(`it has no ${BACKUP_FILE}`);
  const bytes = fs.statSync(file).size;
  if (bytes !== manifest.bytes || fileDigest(file) !== manifest.sha256) {
    throw new BackupError(
      `the backup in ${source} is damaged: ${BACKUP_FILE} differs from the size and checksum its manifest records`,
    );
  }
  return manifest as BackupManifest;
}

/** The process holding the store at `dbPath`, in words, or null when none does. */
function holderOf(dbPath: string): string | null {
  const owner = readStoreOwner(dbPath);
  if (owner) return `process ${owner.pid}${owner.url ? `, serving ${owner.url}` : ''}`;
  const pid = fs.existsSync(dbPath) ? lockHolderPid(dbPath) : null;
  return pid === null ? null : `process ${pid}`;
}

export interface RestoreResult {
  manifest: BackupManifest;
  /** Where the store that was replaced now is, or null when there was none. */
  keptAt: string | null;
}

/**
 * Restores the backup in `dir` as the store at `dbPath`. Refuses a folder that is not a
 * whole backup and a store a process holds; moves the current store's files into
 * `<db>.before-restore-<time>/`; writes the copy under a temporary name and renames it.
 */
export async function restoreStore(dir: string, dbPath: string): Promise<RestoreResult> {
  const manifest = readBackup(dir);
  const source = path.join(path.resolve(dir), BACKUP_FILE);
  const { epoch } = await inspect(source);
  if (epoch.toString() !== manifest.epoch) {
    throw new BackupError(
      `the backup in ${path.resolve(dir)} opens at commit ${epoch}, its manifest says ${manifest.epoch}`,
    );
  }
  const holder = holderOf(dbPath);
  if (holder) {
    throw new StoreUnavailableError(
      `The store ${dbPath} is in use (${holder}): stop it before restoring; nothing was changed.`,
    );
  }
  fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  const present = [dbPath, walPath(dbPath), commitRecordPath(dbPath)].filter((file) => fs.existsSync(file));
  let keptAt: string | null = null;
  if (present.length > 0) {
    keptAt = `${dbPath}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    fs.mkdirSync(keptAt);
    for (const file of present) fs.renameSync(file, path.join(keptAt, path.basename(file)));
  }
  fs.rmSync(`${dbPath}.queries`, { recursive: true, force: true });
  const temporary = `${dbPath}.restoring`;
  fs.copyFileSync(source, temporary);
  const descriptor = fs.openSync(temporary, 'r+');
  try {
    fs.fsyncSync(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
  fs.renameSync(temporary, dbPath);
  writeCommitRecord(dbPath, BigInt(manifest.epoch));
  return { manifest, keptAt };
}
