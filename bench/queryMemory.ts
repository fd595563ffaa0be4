// Peak memory of the worst console queries: runs each through POST /api/cypher of an app
// on a small embedded store and samples the resident memory of this process and of its
// children (the query processes) from /proc every 20 ms. Linux only.
//   npx tsx bench/queryMemory.ts [repo root, default this checkout] [stop at GiB, default 4] [query number, default all]
// A run past the stop limit is ended there (the figure is then "more than").

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..'));
const stopBytes = Number(process.argv[3] ?? 4) * 1024 ** 3;
const load = async <T>(file: string): Promise<T> => (await import(pathToFileURL(path.join(root, file)).href)) as T;

const QUERIES: { name: string; query: string; params?: Record<string, unknown>; rowCap?: number }[] = [
  { name: 'UNWIND range(1, 100000000) AS x RETURN x', query: 'UNWIND range(1, 100000000) AS x RETURN x' },
  {
    name: '10,000 rows of 50 KB (wide rows, row cap 10,000)',
    query: 'UNWIND range(1, 10000) AS i RETURN i, $wide AS wide',
    params: { wide: 'x'.repeat(50_000) },
    rowCap: 10_000,
  },
];

function rssOf(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
    return line ? Number(line[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function treeRss(): number {
  let children: number[];
  try {
    children = execFileSync('pgrep', ['-P', String(process.pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    children = [];
  }
  return children.reduce((sum, pid) => sum + rssOf(pid), rssOf(process.pid));
}

const { openStore } = await load<typeof import('../cypher/open.ts')>('cypher/open.ts');
const { buildApp } = await load<typeof import('../server/app.ts')>('server/app.ts');
const { loadServerConfig } = await load<typeof import('../server/config.ts')>('server/config.ts');
const { smallGraph } = await load<typeof import('../server/testing/smallGraph.ts')>('server/testing/smallGraph.ts');

const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-query-memory-'));
const store = openStore({ dataDir: dir });
await store.init();
await store.writeExtraction(smallGraph());
const app = await buildApp({ store, config: loadServerConfig({ dataDir: dir, port: 0, queryTimeoutMs: 600_000 }, {}) });
const only = process.argv[4] === undefined ? null : Number(process.argv[4]);
for (const { name, query, params, rowCap } of QUERIES.filter((_, index) => only === null || index === only)) {
  const baseline = treeRss();
  let peak = baseline;
  let stopped = false;
  const sampler = setInterval(() => {
    peak = Math.max(peak, treeRss());
    if (peak > stopBytes) {
      stopped = true;
      console.log(`${name}: more than ${(stopBytes / 1024 ** 3).toFixed(1)} GiB, stopped there`);
      process.exit(1);
    }
  }, 20);
  const started = performance.now();
  const answer = await app.inject({ method: 'POST', url: '/api/cypher', payload: { query, params, rowCap } });
  clearInterval(sampler);
  peak = Math.max(peak, treeRss());
  const body = JSON.parse(answer.body) as { code?: string; rows?: unknown[]; cypher?: { message: string } };
  const outcome = body.rows
    ? `${body.rows.length} rows`
    : `${answer.statusCode} ${body.code}: ${body.cypher?.message ?? ''}`;
  if (!stopped)
    console.log(
      `${name}: peak ${(peak / 1024 ** 2).toFixed(0)} MiB (baseline ${(baseline / 1024 ** 2).toFixed(0)} MiB), ` +
        `body ${(answer.body.length / 1024 ** 2).toFixed(1)} MiB, ${Math.round(performance.now() - started)} ms, ${outcome}`,
    );
}
await app.close();
await store.close();
rmSync(dir, { recursive: true, force: true });
