// Writes into an embedded store and holds it open, without closing it, until killed: the
// last commit is then only in the write-ahead log, as after a crash. The first run writes
// the small test graph and closes the store; a run with `more` opens it again, ingests one
// more article, prints "written <epoch>" once that is committed, and waits.
//   node --import tsx writeAndHold.ts <dataDir> [more]

import { GrafeoStore } from '../../../cypher/engines/grafeo.ts';
import { ingestDocuments } from '../../../ingest/ingest.ts';
import { smallGraph } from '../../../server/testing/smallGraph.ts';

const store = new GrafeoStore({ dbPath: `${process.argv[2] as string}/newsgraph.grafeo` });
await store.init();
if (process.argv[3] !== 'more') {
  await store.writeExtraction(smallGraph());
  await store.close();
} else {
  const text = 'Mario Rossi, sindaco di Parma, ha detto: «Il ponte sarà pronto a giugno».';
  await ingestDocuments(store, [
    { source: 'extra.txt', title: null, date: '2024-05-02', url: null, text, language: 'it', errors: [] },
  ]);
  process.stdout.write(`written ${await store.epoch()}\n`);
  process.stdin.resume();
}
