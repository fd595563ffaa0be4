// The command an empty explorer suggests: it names the store this server holds, so the
// user's articles go where the page looks (a server started with `--data X` reads X, not
// ./data).

import type { HealthInfo } from '../../../contract/api.ts';

/** A word for a POSIX shell: as is when plain, else in single quotes. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

export function ingestCommand(health: Pick<HealthInfo, 'store' | 'storeLocation'> | null): string {
  const location = health?.storeLocation;
  if (location === undefined) return 'npx newsgraph ingest <folder>';
  const option = health?.store === 'neo4j' ? '--neo4j' : '--data';
  return `npx newsgraph ${option} ${shellWord(location)} ingest <folder>`;
}
