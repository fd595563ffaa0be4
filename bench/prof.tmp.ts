import { existsSync } from 'node:fs';
import { openStore } from '../cypher/open.ts';
import { ingestDocuments } from '../ingest/ingest.ts';
import { generateCorpus, rng } from './corpus.ts';
const N = Number(process.argv[2] ?? 2000);
const dir = `/tmp/scale-store-${N}`;
const fresh = !existsSync(`${dir}/s.grafeo`);
const store = openStore({ dataDir: dir, dbPath: `${dir}/s.grafeo` });
await store.init();
if (fresh) { const t = performance.now(); await ingestDocuments(store, generateCorpus({ articles: N, seed: 42 }), { workers: 2 }); console.log('ingest s', (performance.now() - t) / 1000); }
console.log(await store.stats());
const ids = (await store.knownEntities()).map((e) => e.id);
const top = (await store.overview({ limit: 500 })).nodes.map((n) => n.id);
const r = rng(5);
const sample = Array.from({ length: 30 }, (_, i) => (i % 2 ? top : ids)[Math.floor(r() * (i % 2 ? top : ids).length)]!);
async function time(name: string, f: (id: string) => Promise<unknown>) {
  const ts: number[] = [];
  for (const id of sample) { const t = performance.now(); await f(id); ts.push(performance.now() - t); }
  ts.sort((a, b) => a - b);
  console.log(name.padEnd(20), 'p50', ts[15]!.toFixed(1), 'p95', ts[28]!.toFixed(1), 'max', ts[29]!.toFixed(1));
}
const q = (name: string) => async (id: string) => store.run(name, { id });
await time('entity', (id) => store.entity(id));
await time('stmts speaker', (id) => store.statements({ speaker: id, limit: 200 }));
await time('stmts about', (id) => store.statements({ about: id, limit: 200 }));
await time('entity/get', (id) => store.run('entity/get', { id }));
await time('cnt speaker', (id) => store.run('statements/count-by-speaker', { speaker: id, about: null, article: null, from: null, toBefore: null }));
await time('entity/articles', (id) => store.run('entity/articles', { id, limit: 200 }));
await time('entity/relations', (id) => store.run('entity/relations', { id, relationTypes: ['MET', 'CRITICIZED'], limit: 200 }));
if (process.argv[3]) await time('nbhd d2', (id) => store.neighborhood(id, { depth: 2, limit: 300 }));
await time('search', (id) => store.search(id.split(':')[1]!.slice(0, 4), 12));
void q;
await store.close();
