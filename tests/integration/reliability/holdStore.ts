// Holds an embedded store open in a separate process until its standard input closes,
// for the tests of a store held by another process.
//   node --import tsx holdStore.ts <dataDir>

import { openStore } from '../../../cypher/open.ts';

const store = openStore({ dataDir: process.argv[2] as string });
await store.init();
process.stdout.write('held\n');
process.stdin.resume();
process.stdin.on('end', () => {
  void store.close().then(() => process.exit(0));
});
