// `newsgraph backup <dir>` and `newsgraph restore <dir>`: the embedded store copied whole,
// consistent as of its last commit; a backup also works while a server holds the store.

import { copyFileSync, existsSync, mkdirSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { backupStore, BACKUP_FILE, BACKUP_MANIFEST, restoreStore } from '../../cypher/backup.ts';
import { GrafeoStore } from '../../cypher/engines/grafeo.ts';
import { printable } from '../../contract/printable.ts';
import type { CliConfig } from '../../server/config.ts';
import { runningServer, sayIfReadOnly } from '../target.ts';
import { say, UserError } from '../terminal.ts';
import { statsLine } from './stats.ts';

function rmEmptyFolder(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // Not empty (another backup is being made), or already gone.
  }
}

export async function backupCommand(dir: string, config: CliConfig): Promise<number> {
  if (config.neo4j)
    throw new UserError('backup is for the embedded store: back Neo4j up with neo4j-admin database dump', 2);
  const target = path.resolve(dir);
  const remote = await runningServer(config);
  if (remote) {
    if (existsSync(target) && readdirSync(target).length > 0) {
      throw new UserError(`${printable(target)} is not empty: a backup goes into a new or empty folder`);
    }
    say(`(working through the newsgraph server at ${remote.baseUrl})`);
    const made = await remote.backup();
    // The server made the copy beside its store; it moves here whole, manifest last.
    mkdirSync(target, { recursive: true });
    for (const name of [BACKUP_FILE, BACKUP_MANIFEST]) copyFileSync(path.join(made.dir, name), path.join(target, name));
    rmSync(made.dir, { recursive: true, force: true });
    rmEmptyFolder(path.dirname(made.dir));
    console.log(
      `Backed up ${printable(config.dbPath)} at commit ${made.manifest.epoch} (${statsLine(made.manifest.stats)}) to ${printable(target)}.`,
    );
    return 0;
  }
  const store = new GrafeoStore({ dbPath: config.dbPath, readOnly: config.readOnly });
  try {
    await store.init();
    sayIfReadOnly(store);
    const manifest = await backupStore(store, target);
    console.log(
      `Backed up ${printable(config.dbPath)} at commit ${manifest.epoch} (${statsLine(manifest.stats)}) to ${printable(target)}.`,
    );
  } finally {
    await store.close();
  }
  return 0;
}

export async function restoreCommand(dir: string, config: CliConfig): Promise<number> {
  if (config.neo4j)
    throw new UserError('restore is for the embedded store: restore Neo4j with neo4j-admin database load', 2);
  const remote = await runningServer(config);
  if (remote) {
    throw new UserError(
      `a newsgraph server at ${remote.baseUrl} holds ${printable(config.dbPath)}: stop it before restoring; nothing was changed`,
    );
  }
  const { manifest, keptAt } = await restoreStore(dir, config.dbPath);
  console.log(
    `Restored ${printable(path.resolve(dir))} (commit ${manifest.epoch}: ${statsLine(manifest.stats)}) into ${printable(config.dbPath)}.`,
  );
  if (keptAt) console.log(`The store it replaced is kept in ${printable(keptAt)}.`);
  return 0;
}
