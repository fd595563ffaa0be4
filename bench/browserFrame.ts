// The main thread's CPU time of a frame drawn at rest, without re-indexing (sigma's render, as
// bench/browser.ts's full frame), on two builds of the explorer alternately: the built explorer
// in `--builds a,b` (default /tmp/dist-after,/tmp/dist-cache), `nodes:edges` of the synthetic
// graph, `pairs` pairs. CPU from Chromium's ThreadTime metric (CDP Performance) over five frames,
// each waited for until WebGL has finished it; wall time beside it.
// `npx tsx bench/browserFrame.ts [nodes:edges] [pairs] [--builds a,b]`
import os from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './browser/chromium.ts';
import { startSyntheticApi, syntheticGraph } from './browser/syntheticApi.ts';
const [nodes, edges] = (process.argv[2] ?? '50000:150000').split(':').map(Number) as [number, number];
const pairs = Number(process.argv[3] ?? 3);
const buildsAt = process.argv.indexOf('--builds');
const builds = buildsAt >= 0 ? process.argv[buildsAt + 1]!.split(',') : ['/tmp/dist-after', '/tmp/dist-cache'];
for (let pair = 1; pair <= pairs; pair++)
  for (const dir of builds) {
    const api = await startSyntheticApi(dir);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      api.setGraph(syntheticGraph(nodes, edges));
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${api.url}/?cap=${nodes}`);
      await page.waitForFunction(
        `window.__newsgraph?.ready === true && window.__newsgraph.layout === 'idle'`,
        undefined,
        { timeout: 300000, polling: 500 },
      );
      await page.waitForTimeout(1000);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const threadTime = async () =>
        (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')!.value;
      const frames = 5;
      const t0 = await threadTime();
      const wall = (await page.evaluate(`(() => {
        const frames = ${frames};
        const sigma = window.__newsgraph.sigma;
        const layers = Object.values(sigma.getCanvases()).map((c) => c.getContext('webgl2') || c.getContext('webgl')).filter((gl) => gl !== null);
        const pixel = new Uint8Array(4);
        function finished() { for (const gl of layers) { gl.bindFramebuffer(gl.FRAMEBUFFER, null); gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel); } }
        finished();
        const start = performance.now();
        for (let i = 0; i < frames; i++) { sigma.render(); finished(); }
        return (performance.now() - start) / frames;
      })()`)) as number;
      const t1 = await threadTime();
      console.log(
        JSON.stringify({
          pair,
          build: dir,
          nodes,
          edges,
          load: os.loadavg()[0]!.toFixed(2),
          frameMainCpuMs: Math.round(((t1 - t0) * 1000) / frames),
          frameWallMs: Math.round(wall),
        }),
      );
    } finally {
      await browser.close();
      await api.close();
    }
  }
