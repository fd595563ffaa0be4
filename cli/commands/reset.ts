// `newsgraph reset --yes`: delete the whole graph (never through a running server).

import { printable } from '../../contract/printable.ts';
import type { CliConfig } from '../../server/config.ts';
import { runningServer, withLocalStore } from '../target.ts';
import { UserError } from '../terminal.ts';

export async function resetCommand(options: { yes?: boolean }, config: CliConfig): Promise<number> {
  if (!options.yes) throw new UserError('reset deletes the whole graph: run it again with --yes to confirm', 2);
  if (await runningServer(config)) {
    throw new UserError('a newsgraph server holds this store: stop it before resetting the graph');
  }
  await withLocalStore(config, (store) => store.reset());
  console.log(`The graph in ${printable(config.neo4j ? config.neo4j.uri : config.dbPath)} is now empty.`);
  return 0;
}
