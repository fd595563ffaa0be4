// Browser benchmark: the built explorer (dist/) in headless Chromium against a synthetic API
// (bench/browser/syntheticApi.ts), so no big store is needed. For each graph size it reports
// the time to the first frame drawn with the whole graph, the longest main-thread task and
// the total blocking time while it loads and lays out, ForceAtlas2 iterations per second in
// the layout worker, and frames per second while a mouse drag pans the view (during the
// layout and at rest). Chromium here has no GPU: WebGL runs in software (SwiftShader)
// unless the renderer string recorded beside the figures says otherwise.
//
//   npx tsx bench/browser.ts                  # 5k/20k, 50k/150k and 200k/600k
//   npx tsx bench/browser.ts --sizes 5000:20000
//   npx tsx bench/browser.ts --out /tmp/trial.json   # a trial run, elsewhere
//   npx tsx bench/browser.ts --traces /tmp/traces     # also keeps each size's Chromium trace
//
// Writes bench/results/browser.json unless --out says otherwise.

import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './browser/chromium.ts';
import { startSyntheticApi, syntheticGraph } from './browser/syntheticApi.ts';
import { GRAPH_BUILD_MEASURE } from '../src/consts.ts';
import { LAYOUT_INPUT_MEASURE } from '../src/core/layout/forceAtlas2Matrices.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '..');
const VIEWPORT = { width: 1280, height: 800 };
/** How long each scripted pan lasts. */
const PAN_MS = 3000;
/** Issue #17's bound on one main-thread task. */
const TASK_TARGET_MS = 200;
/**
 * Marks the bench's own work in the page (looking for a free spot to grab for a pan walks
 * every node: seconds at 200k): a console.timeStamp of this name in the trace, an interval in
 * window.__bench.own; the tasks that hold it are left out of the figures.
 */
const OWN_WORK = 'newsgraph-bench-own-work';

export interface BrowserSize {
  nodes: number;
  edges: number;
}

export interface BrowserFigures extends BrowserSize {
  /** Navigation start to the first frame drawn with every node in the graph. */
  firstRenderMs: number;
  /** First render to the layout (ForceAtlas2 then noverlap) stopping by itself. */
  layoutMs: number;
  /**
   * Longest main-thread task from navigation to the end of the layout (Long Tasks API, tasks
   * over 50 ms), the bench's own work in the page left out.
   */
  longestTaskMs: number;
  /**
   * Longest of those tasks that ended before the first full frame: fetching the overview,
   * reading it and building the graph, before sigma draws it.
   */
  longestLoadTaskMs: number;
  /** Sum over those tasks of their time beyond 50 ms. */
  totalBlockingMs: number;
  /**
   * Longest main-thread task once the time it spent waiting for WebGL read-backs is taken
   * out (from a Chromium trace): without a GPU, every composited frame waits there while
   * SwiftShader draws it, which says more about software WebGL than about the page's code.
   */
  longestTaskWithoutGpuWaitMs: number;
  /** Tasks over TASK_TARGET_MS once their wait for WebGL is taken out: the page's JavaScript (and its garbage collection) alone. */
  tasksOverTargetWithoutGpuWait: number;
  /** Total blocking time (beyond 50 ms per task) once the wait for WebGL is taken out of each task. */
  blockingWithoutGpuWaitMs: number;
  /**
   * The longest main-thread task in CPU time (the trace's thread time), the bench's own work
   * left out, and how many tasks took over TASK_TARGET_MS of CPU: on a shared machine a task's
   * wall time is its CPU time stretched by every process that took the core meanwhile (3–4x
   * at a load of 10 on 2 cores), which says more about the machine than about the page.
   */
  longestTaskCpuMs: number;
  tasksOverTargetCpu: number;
  /**
   * Building the graph from the overview (the page's GRAPH_BUILD_MEASURE, from a Chromium
   * trace): its wall time, the main thread's busy time within it less its waits for WebGL
   * read-backs, and the garbage collection within that (minor, major and incremental marking
   * steps). -1 when the build measured records no such measure (builds before it).
   */
  graphBuildMs: number;
  graphBuildMainMs: number;
  graphBuildGcMs: number;
  /** The main thread's CPU time (thread time) in the tasks of the build. */
  graphBuildCpuMs: number;
  /**
   * The preparation between the graph built and the layout's worker started (the structure's
   * walks, sigma's sliced indexing, the layout's input; from GRAPH_BUILD_MEASURE's end to the
   * first LAYOUT_INPUT_MEASURE's end): its wall time and the main thread's CPU time in its
   * tasks. -1 when the build measured records no such measure.
   */
  prepareMs: number;
  prepareCpuMs: number;
  /** ForceAtlas2 iterations per second in its worker, over its whole run (the coarse start left out). */
  layoutIterationsPerSecond: number;
  layoutIterations: number;
  /** Time the worker spent on the coarse-to-fine start before its first iteration (0 on small graphs). */
  layoutStartMs: number;
  /**
   * How well the final layout keeps linked nodes together: mean length of a shown edge (the
   * edges the layout pulls on; filtered ones pull nothing) over the mean distance between two
   * nodes drawn at random (20,000 seeded pairs). Lower is tighter; 1 for nodes thrown at random.
   */
  layoutEdgeRatio: number;
  /** Frames per second during a scripted mouse-drag pan while the layout runs. */
  panFpsDuringLayout: number;
  /** Frames per second during the same pan once the layout has stopped. */
  panFpsAtRest: number;
  /**
   * One full frame at rest, median of five: sigma's render() of every node and edge, until
   * WebGL has finished drawing it (a one-pixel read-back from each WebGL layer waits for that).
   */
  fullFrameMs: number;
}

export interface BrowserBenchResult {
  machine: {
    cpu: string;
    cores: number;
    memoryGiB: number;
    loadAverage: number[];
    chromium: string;
    webgl: string;
    /** How the explorer drew: 'plain' (no instancing, software WebGL) or 'instanced' (sigma's programs). */
    drawing: string;
    platform: string;
  };
  date: string;
  sizes: BrowserFigures[];
}

export const DEFAULT_SIZES: BrowserSize[] = [
  { nodes: 5000, edges: 20000 },
  { nodes: 50000, edges: 150000 },
  { nodes: 200000, edges: 600000 },
];

// Installed before the page's own scripts: long tasks, buffered from navigation on. tsx
// compiles the functions given to page.evaluate with esbuild's keepNames, whose __name
// helper exists only in Node: the page gets an identity one.
const INIT_SCRIPT = `
  window.__name = (fn) => fn;
  window.__bench = { longTasks: [], own: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

interface BenchWindow {
  __bench: { longTasks: { start: number; duration: number }[]; own: { start: number; end: number }[] };
}

/** Resolves, in the page, at the first frame drawn once the whole graph is loaded; returns its time. */
function firstFullFrame(page: Page, nodes: number, timeoutMs: number): Promise<number> {
  return page.evaluate(
    ({ nodes, timeoutMs }) =>
      new Promise<number>((resolve, reject) => {
        const deadline = performance.now() + timeoutMs;
        const tick = () => {
          const hook = window.__newsgraph;
          if (hook?.ready && hook.sigma && hook.graph.order === nodes) {
            // the frame sigma draws after the graph became complete
            hook.sigma.once('afterRender', () => resolve(performance.now()));
            hook.sigma.scheduleRender();
            return;
          }
          if (performance.now() > deadline)
            reject(new Error(`the graph did not load (${hook?.graph.order ?? 0} nodes)`));
          else requestAnimationFrame(tick);
        };
        tick();
      }),
    { nodes, timeoutMs },
  );
}

/** Drags the view with the mouse for `PAN_MS`, counting animation frames; returns frames per second. */
export async function panFps(page: Page): Promise<number> {
  // Grab the stage where no node is: pressing on a node would drag the node instead.
  const start = await page.evaluate((ownWork) => {
    const began = performance.now();
    console.timeStamp(ownWork);
    const { sigma, graph } = window.__newsgraph!;
    const box = sigma!.getContainer().getBoundingClientRect();
    const { width, height } = sigma!.getDimensions();
    const points: { x: number; y: number }[] = [];
    graph.forEachNode((_node, a) => {
      if (!a.hidden) points.push(sigma!.graphToViewport(a));
    });
    // A grid over the stage, and its left margin (sigma's stage padding, free of nodes).
    const candidates: { x: number; y: number }[] = [];
    for (let gy = 2; gy < 9; gy++) {
      candidates.push({ x: 15, y: (height * gy) / 10 });
      for (let gx = 1; gx < 10; gx++) candidates.push({ x: (width * gx) / 10, y: (height * gy) / 10 });
    }
    let best = { x: width / 2, y: height / 2, distance: -1 };
    for (const { x, y } of candidates) {
      let distance = Infinity;
      for (const p of points) distance = Math.min(distance, Math.hypot(p.x - x, p.y - y));
      if (distance > best.distance) best = { x, y, distance };
    }
    (window as unknown as BenchWindow).__bench.own.push({ start: began, end: performance.now() });
    return { x: box.left + best.x, y: box.top + best.y };
  }, OWN_WORK);
  const cx = start.x;
  const cy = start.y;
  await page.evaluate(() => {
    const counter = { frames: 0, started: performance.now(), running: true };
    (window as unknown as { __pan: typeof counter }).__pan = counter;
    const count = () => {
      if (!counter.running) return;
      counter.frames++;
      requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
  });
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const started = Date.now();
  let step = 0;
  while (Date.now() - started < PAN_MS) {
    step++;
    const angle = step / 10;
    await page.mouse.move(cx + Math.cos(angle) * 60, cy + Math.sin(angle) * 40);
  }
  await page.mouse.up();
  return page.evaluate(() => {
    const counter = (window as unknown as { __pan: { frames: number; started: number; running: boolean } }).__pan;
    counter.running = false;
    return (counter.frames * 1000) / (performance.now() - counter.started);
  });
}

/** Median cost of five full frames drawn at rest, each until WebGL has finished it. */
function fullFrame(page: Page): Promise<number> {
  return page.evaluate(() => {
    const sigma = window.__newsgraph!.sigma!;
    const layers = Object.values(sigma.getCanvases())
      .map((canvas) => canvas.getContext('webgl2') ?? canvas.getContext('webgl'))
      .filter((gl): gl is WebGL2RenderingContext | WebGLRenderingContext => gl !== null);
    const pixel = new Uint8Array(4);
    const finished = () => {
      for (const gl of layers) {
        gl.bindFramebuffer(gl.FRAMEBUFFER, null);
        gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
      }
    };
    finished();
    const costs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      // render() is sigma's draw without re-indexing; private in its types
      (sigma as unknown as { render(): void }).render();
      finished();
      costs.push(performance.now() - start);
    }
    return costs.sort((a, b) => a - b)[2]!;
  });
}

async function measureSize(
  browser: Browser,
  api: Awaited<ReturnType<typeof startSyntheticApi>>,
  size: BrowserSize,
  traceDir?: string,
): Promise<{ figures: BrowserFigures; drawing: string }> {
  api.setGraph(syntheticGraph(size.nodes, size.edges));
  const page = await browser.newPage({ viewport: VIEWPORT });
  try {
    await page.addInitScript(INIT_SCRIPT);
    await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'gpu', 'blink.user_timing'] });
    const timeoutMs = 300_000;
    await page.goto(`${api.url}/?cap=${size.nodes}`);
    const firstRenderMs = await firstFullFrame(page, size.nodes, timeoutMs);
    const panFpsDuringLayout = await panFps(page);
    await page.waitForFunction(() => window.__newsgraph?.layout === 'idle', undefined, {
      timeout: timeoutMs,
      polling: 250,
    });
    const layoutEnd = await page.evaluate(() => performance.now());
    const trace = await browser.stopTracing();
    if (traceDir) writeFileSync(path.join(traceDir, `trace-${size.nodes}.json`), trace);
    const events = traceEvents(trace);
    const withoutGpuWait = tasksWithoutGpuWait(events);
    const build = graphBuildFromTrace(events);
    // The end of a layout is not the end of its effects: let the last redraws happen.
    await page.waitForTimeout(500);
    const panFpsAtRest = await panFps(page);
    const fullFrameMs = await fullFrame(page);
    // How the page drew the graph (GraphCanvas's data-drawing).
    const drawing = (await page.locator('.graph-canvas').getAttribute('data-drawing')) ?? 'unknown';
    const measured = await page.evaluate(
      ({ layoutEnd, firstRenderMs }) => {
        const { longTasks, own } = (window as unknown as BenchWindow).__bench;
        const tasks = longTasks.filter(
          (task) =>
            task.start <= layoutEnd &&
            !own.some((work) => task.start <= work.end && task.start + task.duration >= work.start),
        );
        const loadTasks = tasks.filter((task) => task.start + task.duration < firstRenderMs);
        const runs = performance.getEntriesByName('newsgraph:forceatlas2', 'measure') as PerformanceMeasure[];
        const details = runs.map((run) => run.detail as { iterations: number; workerMs: number; startMs: number });
        const iterations = details.reduce((sum, detail) => sum + detail.iterations, 0);
        const ms = details.reduce((sum, detail) => sum + detail.workerMs, 0);
        // Builds from before the coarse start have no startMs.
        const startMs = details.reduce((sum, detail) => sum + (detail.startMs ?? 0), 0);
        return {
          longestTaskMs: tasks.reduce((max, task) => Math.max(max, task.duration), 0),
          longestLoadTaskMs: loadTasks.reduce((max, task) => Math.max(max, task.duration), 0),
          totalBlockingMs: tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
          layoutIterations: iterations,
          layoutIterationsPerSecond: ms > 0 ? (iterations * 1000) / ms : 0,
          layoutStartMs: startMs,
          layoutEdgeRatio: edgeRatio(),
        };
        function edgeRatio(): number {
          const graph = window.__newsgraph!.graph;
          const nodes = graph.nodes();
          const at = (node: string) => graph.getNodeAttributes(node);
          const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
            Math.hypot(a.x - b.x, a.y - b.y);
          let edgeSum = 0;
          let shown = 0;
          graph.forEachEdge((_edge, a, _s, _t, source, target) => {
            if (a.hidden) return;
            edgeSum += distance(source, target);
            shown++;
          });
          let seed = 7;
          const random = () => {
            seed = (seed * 1103515245 + 12345) % 2147483648;
            return seed / 2147483648;
          };
          let pairSum = 0;
          const pairs = 20_000;
          for (let i = 0; i < pairs; i++)
            pairSum += distance(
              at(nodes[Math.floor(random() * nodes.length)]!),
              at(nodes[Math.floor(random() * nodes.length)]!),
            );
          return pairSum > 0 && shown > 0 ? edgeSum / shown / (pairSum / pairs) : 0;
        }
      },
      { layoutEnd, firstRenderMs },
    );
    const figures = {
      ...size,
      firstRenderMs,
      layoutMs: layoutEnd - firstRenderMs,
      ...measured,
      longestTaskWithoutGpuWaitMs: withoutGpuWait.longestMs,
      tasksOverTargetWithoutGpuWait: withoutGpuWait.overTarget,
      blockingWithoutGpuWaitMs: withoutGpuWait.blockingMs,
      longestTaskCpuMs: withoutGpuWait.longestCpuMs,
      tasksOverTargetCpu: withoutGpuWait.overTargetCpu,
      graphBuildMs: build.wallMs,
      graphBuildMainMs: build.mainMs,
      graphBuildGcMs: build.gcMs,
      graphBuildCpuMs: build.cpuMs,
      prepareMs: build.prepareMs,
      prepareCpuMs: build.prepareCpuMs,
      panFpsDuringLayout,
      panFpsAtRest,
      fullFrameMs,
    };
    return { figures, drawing };
  } finally {
    await page.close();
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs. */
  tdur?: number;
  args?: { name?: string; data?: { message?: string } };
  cat?: string;
}

const GC_EVENTS = new Set(['MinorGC', 'MajorGC', 'V8.GC_MC_INCREMENTAL']);

/** Total length of the union of `intervals` ([start, end] pairs) clipped to [from, to]. */
function coveredTime(intervals: [number, number][], from: number, to: number): number {
  const clipped = intervals
    .map(([start, end]): [number, number] => [Math.max(start, from), Math.min(end, to)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reach = -Infinity;
  for (const [start, end] of clipped) {
    if (end <= reach) continue;
    total += end - Math.max(start, reach);
    reach = end;
  }
  return total;
}

/** A Chromium trace's events (a bare array or a `traceEvents` record), parsed once for every figure read from it. */
export function traceEvents(trace: Buffer): TraceEvent[] {
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/**
 * The page's graph build as the trace saw it (see BrowserFigures.graphBuildMs), in ms; -1
 * each when the trace holds no GRAPH_BUILD_MEASURE (the page's user timing, an async pair).
 */
export function graphBuildFromTrace(events: TraceEvent[]): {
  wallMs: number;
  mainMs: number;
  gcMs: number;
  cpuMs: number;
  prepareMs: number;
  prepareCpuMs: number;
} {
  const begin = events.find((e) => e.name === GRAPH_BUILD_MEASURE && e.ph === 'b');
  const end = events.find((e) => e.name === GRAPH_BUILD_MEASURE && e.ph === 'e');
  if (!begin || !end) return { wallMs: -1, mainMs: -1, gcMs: -1, cpuMs: -1, prepareMs: -1, prepareCpuMs: -1 };
  const prepared = events
    .filter((e) => e.name === LAYOUT_INPUT_MEASURE && e.ph === 'e' && e.ts >= end.ts)
    .sort((a, b) => a.ts - b.ts)[0];
  const main = `${begin.pid}:${begin.tid}`;
  const onMain = events.filter((e) => e.ph === 'X' && e.dur !== undefined && `${e.pid}:${e.tid}` === main);
  const span = (e: TraceEvent): [number, number] => [e.ts, e.ts + e.dur!];
  const runTasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const tasks = runTasks.map(span);
  const cpuIn = (from: number, to: number) =>
    runTasks.filter((e) => e.ts >= from && e.ts < to).reduce((sum, e) => sum + (e.tdur ?? 0), 0);
  const cpu = cpuIn(begin.ts, end.ts);
  const waits = onMain.filter((e) => e.name === 'GLES2::ReadPixels').map(span);
  const gc = onMain.filter((e) => GC_EVENTS.has(e.name)).map(span);
  return {
    wallMs: (end.ts - begin.ts) / 1000,
    mainMs: (coveredTime(tasks, begin.ts, end.ts) - coveredTime(waits, begin.ts, end.ts)) / 1000,
    gcMs: coveredTime(gc, begin.ts, end.ts) / 1000,
    cpuMs: cpu / 1000,
    prepareMs: prepared ? (prepared.ts - end.ts) / 1000 : -1,
    prepareCpuMs: prepared ? cpuIn(end.ts, prepared.ts) / 1000 : -1,
  };
}

/**
 * The page's main-thread tasks (the bench's own left out) minus the WebGL read-backs nested
 * in each: the longest, how many are still over TASK_TARGET_MS, and their blocking time (ms).
 */
export function tasksWithoutGpuWait(events: TraceEvent[]): {
  longestMs: number;
  overTarget: number;
  blockingMs: number;
  longestCpuMs: number;
  overTargetCpu: number;
} {
  const mainThreads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && e.dur !== undefined && mainThreads.has(`${e.pid}:${e.tid}`));
  const tasks = onMain
    .filter((e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur! > 50_000)
    .sort((a, b) => a.ts - b.ts);
  const waits = onMain.filter((e) => e.name === 'GLES2::ReadPixels').sort((a, b) => a.ts - b.ts);
  const own = events.filter(
    (e) => e.name === 'TimeStamp' && e.args?.data?.message === OWN_WORK && mainThreads.has(`${e.pid}:${e.tid}`),
  );
  let longestMs = 0;
  let overTarget = 0;
  let blockingMs = 0;
  let longestCpuMs = 0;
  let overTargetCpu = 0;
  let w = 0;
  for (const task of tasks) {
    if (own.some((e) => e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts <= task.ts + task.dur!))
      continue;
    while (w < waits.length && waits[w]!.ts < task.ts) w++;
    let waited = 0;
    for (let i = w; i < waits.length && waits[i]!.ts < task.ts + task.dur!; i++) {
      if (waits[i]!.pid === task.pid && waits[i]!.tid === task.tid) waited += waits[i]!.dur!;
    }
    const ms = (task.dur! - waited) / 1000;
    longestMs = Math.max(longestMs, ms);
    if (ms > TASK_TARGET_MS) overTarget++;
    blockingMs += Math.max(0, ms - 50);
    const cpuMs = (task.tdur ?? 0) / 1000;
    longestCpuMs = Math.max(longestCpuMs, cpuMs);
    if (cpuMs > TASK_TARGET_MS) overTargetCpu++;
  }
  return { longestMs, overTarget, blockingMs, longestCpuMs, overTargetCpu };
}

/** The WebGL renderer Chromium reports (SwiftShader when there is no GPU). */
async function webglRenderer(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl');
      if (!gl) return 'no WebGL';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    });
  } finally {
    await page.close();
  }
}

function describeWebgl(renderer: string): string {
  return /swiftshader/i.test(renderer) ? `software WebGL (SwiftShader), no GPU: ${renderer}` : renderer;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Runs the browser benchmark on the built page in `staticDir` and returns its figures;
 * `bench/run.ts` prints them beside the others. `onStep` receives progress lines.
 */
export async function runBrowserBench(
  options: { sizes?: BrowserSize[]; staticDir?: string; traceDir?: string; onStep?: (line: string) => void } = {},
): Promise<BrowserBenchResult> {
  const sizes = options.sizes ?? DEFAULT_SIZES;
  const staticDir = options.staticDir ?? process.env.NEWSGRAPH_STATIC_DIR ?? path.join(REPO_ROOT, 'dist');
  const api = await startSyntheticApi(path.resolve(staticDir));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const renderer = await webglRenderer(browser);
    const figures: BrowserFigures[] = [];
    const drawings = new Set<string>();
    for (const size of sizes) {
      options.onStep?.(`browser: ${size.nodes} nodes / ${size.edges} edges`);
      const { figures: measured, drawing } = await measureSize(browser, api, size, options.traceDir);
      drawings.add(drawing);
      figures.push(
        Object.fromEntries(
          Object.entries(measured).map(([key, value]) => [
            key,
            key === 'layoutEdgeRatio' ? round(value, 3) : round(value),
          ]),
        ) as unknown as BrowserFigures,
      );
    }
    const cpus = os.cpus();
    return {
      machine: {
        cpu: cpus[0]?.model ?? 'unknown',
        cores: cpus.length,
        memoryGiB: round(os.totalmem() / 2 ** 30),
        loadAverage: os.loadavg().map((load) => round(load, 2)),
        chromium: browser.version(),
        webgl: describeWebgl(renderer),
        drawing: [...drawings].join(', '),
        platform: `${os.platform()} ${os.arch()}`,
      },
      date: new Date().toISOString(),
      sizes: figures,
    };
  } finally {
    await browser.close();
    await api.close();
  }
}

export function browserTable(result: BrowserBenchResult): string {
  const seconds = (ms: number) => `${round(ms / 1000)} s`;
  const rows = result.sizes.map(
    (s) =>
      `${s.nodes}/${s.edges}`.padEnd(14) +
      seconds(s.firstRenderMs).padStart(12) +
      seconds(s.layoutMs).padStart(9) +
      seconds(s.layoutStartMs).padStart(9) +
      `${s.layoutIterations}`.padStart(7) +
      `${s.layoutIterationsPerSecond} it/s`.padStart(11) +
      `${s.layoutEdgeRatio}`.padStart(7) +
      `${s.longestTaskMs} ms`.padStart(11) +
      `${s.longestLoadTaskMs} ms`.padStart(11) +
      `${s.totalBlockingMs} ms`.padStart(12) +
      `${s.longestTaskWithoutGpuWaitMs} ms`.padStart(13) +
      `${s.tasksOverTargetWithoutGpuWait}`.padStart(9) +
      `${s.blockingWithoutGpuWaitMs} ms`.padStart(12) +
      `${round(s.longestTaskCpuMs)} ms`.padStart(10) +
      `${s.tasksOverTargetCpu}`.padStart(6) +
      `${s.panFpsDuringLayout}`.padStart(9) +
      `${s.panFpsAtRest}`.padStart(9) +
      `${s.fullFrameMs} ms`.padStart(12) +
      (s.graphBuildMs < 0
        ? ''
        : `${seconds(s.graphBuildMs)} / ${seconds(s.graphBuildMainMs)} / ${seconds(s.graphBuildGcMs)} / ${seconds(s.graphBuildCpuMs)}`.padStart(
            31,
          )) +
      (s.prepareMs < 0 ? '' : `${seconds(s.prepareMs)} / ${seconds(s.prepareCpuMs)}`.padStart(18)),
  );
  return [
    `Browser (${result.machine.webgl}; ${result.machine.drawing} drawing; ${result.machine.cpu}, ${result.machine.cores} cores, load ${result.machine.loadAverage.join(' ')})`,
    `nodes/edges   first render   layout   coarse  iter.  FA2 worker  edges  longest task  in load  blocking  w/o GPU wait >${TASK_TARGET_MS} ms  blocking¹  CPU³ >${TASK_TARGET_MS} fps/lay. fps/rest  full frame  build: wall / main² / GC / CPU³  prepare: wall / CPU³`,
    ...rows,
    `(w/o GPU wait, >${TASK_TARGET_MS} ms, blocking¹: each task less its wait for WebGL read-backs, i.e. the page's JavaScript and garbage collection without software rasterisation; build: the graph built from the overview, main²: the main thread's busy time in it less WebGL read-backs; CPU³: the main thread's CPU time, of its longest task and how many took over ${TASK_TARGET_MS} ms of it, of the build and of the preparation between the graph built and the layout's worker started)`,
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { sizes: { type: 'string' }, out: { type: 'string' }, traces: { type: 'string' } },
  });
  const sizes = values.sizes?.split(',').map((pair) => {
    const [nodes, edges] = pair.split(':').map(Number);
    if (!Number.isInteger(nodes) || !Number.isInteger(edges))
      throw new Error(`--sizes takes nodes:edges[,nodes:edges], not ${pair}`);
    return { nodes: nodes!, edges: edges! };
  });
  const traceDir = values.traces ? path.resolve(values.traces) : undefined;
  if (traceDir) mkdirSync(traceDir, { recursive: true });
  const result = await runBrowserBench({ sizes, traceDir, onStep: (line) => process.stderr.write(`${line}\n`) });
  console.log(browserTable(result));
  const out = values.out ? path.resolve(values.out) : path.join(HERE, 'results', 'browser.json');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
