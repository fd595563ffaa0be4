// What colouring by community costs the page's main thread in a real Chromium: the built
// explorer against the synthetic API (bench/browser/syntheticApi.ts) on a graph of 50,000
// nodes / 150,000 edges by default; once the graph is drawn and laid out, "Community" is
// chosen in the filters, and the script waits until the legend lists the communities. It
// reports the time from the click to the legend and, between them, the longest main-thread
// task and the total blocking time (Long Tasks API: tasks over 50 ms), with the machine.
//
//   npx tsx bench/browserCommunities.ts [nodes:edges]        # dist/, or NEWSGRAPH_STATIC_DIR
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './browser/chromium.ts';
import { startSyntheticApi, syntheticGraph } from './browser/syntheticApi.ts';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [nodes, edges] = (process.argv[2] ?? '50000:150000').split(':').map(Number) as [number, number];
const staticDir = path.resolve(process.env.NEWSGRAPH_STATIC_DIR ?? path.join(REPO_ROOT, 'dist'));

const INIT_SCRIPT = `
  window.__name = (fn) => fn;
  window.__bench = { longTasks: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

interface BenchWindow {
  __bench: { longTasks: { start: number; duration: number }[] };
}

const api = await startSyntheticApi(staticDir);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  api.setGraph(syntheticGraph(nodes, edges));
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(INIT_SCRIPT);
  await page.goto(`${api.url}/?cap=${nodes}`);
  await page.waitForFunction(
    (order) => window.__newsgraph?.ready === true && window.__newsgraph.graph.order === order,
    nodes,
    { timeout: 600_000, polling: 500 },
  );
  await page.waitForFunction(() => window.__newsgraph?.layout === 'idle', undefined, {
    timeout: 600_000,
    polling: 500,
  });
  const clicked = await page.evaluate(() => performance.now());
  await page.getByRole('radiogroup', { name: 'Colour nodes by' }).getByText('Community').click();
  await page.waitForSelector('[data-community-legend]:not([data-updating]) li', { timeout: 600_000 });
  const listed = await page.evaluate(() => performance.now());
  const tasks = await page.evaluate(
    ({ from, to }) =>
      (window as unknown as BenchWindow).__bench.longTasks.filter(
        (task) => task.start + task.duration >= from && task.start <= to,
      ),
    { from: clicked, to: listed },
  );
  console.log(
    JSON.stringify({
      nodes,
      edges,
      staticDir,
      clickToLegendMs: Math.round(listed - clicked),
      longestTaskMs: Math.round(tasks.reduce((max, task) => Math.max(max, task.duration), 0)),
      totalBlockingMs: Math.round(tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0)),
      machine: {
        cpu: os.cpus()[0]?.model,
        cores: os.cpus().length,
        loadAverage: os.loadavg().map((l) => +l.toFixed(2)),
      },
      chromium: browser.version(),
      date: new Date().toISOString(),
    }),
  );
} finally {
  await browser.close();
  await api.close();
}
