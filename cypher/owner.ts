// The owner file of an embedded store, `<dbPath>.owner.json`: which process holds the
// database (Grafeo locks its file exclusively) and the URL of its API, so another process
// can work through that server instead of opening the file.

import fs from 'node:fs';
import path from 'node:path';

export interface StoreOwner {
  pid: number;
  url?: string;
  startedAt: string;
}

export function ownerFilePath(dbPath: string): string {
  return `${dbPath}.owner.json`;
}

/** Whether a process with this pid exists (EPERM: it exists but belongs to someone else). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The recorded owner, or null when there is none, it is unreadable, or its process is gone. */
export function readStoreOwner(dbPath: string): StoreOwner | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(ownerFilePath(dbPath), 'utf8'));
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { pid, url, startedAt } = parsed as Record<string, unknown>;
  if (typeof pid !== 'number' || !processAlive(pid)) return null;
  const owner: StoreOwner = { pid, startedAt: typeof startedAt === 'string' ? startedAt : '' };
  if (typeof url === 'string') owner.url = url;
  return owner;
}

/** Records the owner; written to a temporary file and renamed, so readers never see half of it. */
export function writeStoreOwner(dbPath: string, owner: StoreOwner): void {
  const file = ownerFilePath(dbPath);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(owner, null, 2)}\n`);
  fs.renameSync(temporary, file);
}

/**
 * Removes the owner file when it names this process or a process that is gone; the file
 * of another live process is left alone. Returns whether a file was removed.
 */
export function removeStoreOwner(dbPath: string): boolean {
  const file = ownerFilePath(dbPath);
  let pid: unknown;
  try {
    pid = (JSON.parse(fs.readFileSync(file, 'utf8')) as { pid?: unknown }).pid;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    pid = undefined;
  }
  if (typeof pid === 'number' && pid !== process.pid && processAlive(pid)) return false;
  try {
    fs.rmSync(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * The pid holding a lock on `file`, read from /proc/locks (Linux), or null elsewhere or
 * when no process holds one. Names the holder when no owner file was written.
 */
export function lockHolderPid(file: string): number | null {
  let locks: string;
  let inode: number;
  try {
    locks = fs.readFileSync('/proc/locks', 'utf8');
    inode = fs.statSync(file).ino;
  } catch {
    return null;
  }
  for (const line of locks.split('\n')) {
    // "1: FLOCK  ADVISORY  WRITE 13085 fe:00:2146820 0 EOF"
    const fields = line.trim().split(/\s+/);
    const device = fields.find((field) => /^[0-9a-f]+:[0-9a-f]+:\d+$/i.test(field));
    if (!device) continue;
    const lockedInode = Number(device.split(':')[2]);
    const pid = Number(fields[fields.indexOf(device) - 1]);
    if (lockedInode === inode && Number.isInteger(pid) && pid > 0 && pid !== process.pid) return pid;
  }
  return null;
}
