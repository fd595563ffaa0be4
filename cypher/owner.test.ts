import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ownerFilePath, readStoreOwner, removeStoreOwner, writeStoreOwner } from './owner.ts';

describe('store owner file', () => {
  let dir: string;
  let dbPath: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-owner-'));
    dbPath = path.join(dir, 'data', 'newsgraph.grafeo');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('round-trips the owner of a live process', () => {
    expect(readStoreOwner(dbPath)).toBe(null);
    writeStoreOwner(dbPath, { pid: process.pid, url: 'http://127.0.0.1:5173', startedAt: '2024-01-01T00:00:00.000Z' });
    expect(readStoreOwner(dbPath)).toStrictEqual({
      pid: process.pid,
      url: 'http://127.0.0.1:5173',
      startedAt: '2024-01-01T00:00:00.000Z',
    });
    expect(removeStoreOwner(dbPath)).toBe(true);
    expect(fs.existsSync(ownerFilePath(dbPath))).toBe(false);
    expect(removeStoreOwner(dbPath)).toBe(false);
  });

  it('ignores and clears the owner file of a process that is gone', () => {
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    const pid = Number(gone.stdout.toString());
    writeStoreOwner(dbPath, { pid, startedAt: 'x' });
    expect(readStoreOwner(dbPath)).toBe(null);
    expect(removeStoreOwner(dbPath)).toBe(true);
  });

  it('leaves the owner file of another live process alone', () => {
    writeStoreOwner(dbPath, { pid: process.ppid, startedAt: 'x' });
    expect(removeStoreOwner(dbPath)).toBe(false);
    expect(readStoreOwner(dbPath)).toStrictEqual({ pid: process.ppid, startedAt: 'x' });
  });

  it('reads a damaged file as no owner', () => {
    fs.mkdirSync(path.dirname(dbPath), { recursive: true });
    fs.writeFileSync(ownerFilePath(dbPath), '{not json');
    expect(readStoreOwner(dbPath)).toBe(null);
  });
});
