// `newsgraph stats`: what the store holds.

import type { StoreStats } from '../../contract/api.ts';
import { printable } from '../../contract/printable.ts';
import type { CliConfig } from '../../server/config.ts';
import { withTarget } from '../target.ts';

export function statsLine(stats: StoreStats): string {
  return `articles ${stats.articles}, entities ${stats.entities}, statements ${stats.statements}, relations ${stats.relations}, mentions ${stats.mentions}`;
}

export async function statsCommand(config: CliConfig): Promise<number> {
  const stats: StoreStats = await withTarget(config, (target) => target.stats());
  console.log(`store: ${printable(config.neo4j ? config.neo4j.uri : config.dbPath)}`);
  console.log(statsLine(stats));
  for (const [type, count] of Object.entries(stats.byType).sort()) console.log(`  ${type}: ${count}`);
  return 0;
}
