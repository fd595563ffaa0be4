// What every browser suite starts from: the seed corpus ingested into a temporary Grafeo
// store, served with the built page (dist/, or NEWSGRAPH_STATIC_DIR), and a headless
// Debian Chromium driven by playwright-core. Screenshots go under test-results/e2e/.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from '../../bench/browser/chromium.ts';
import { openStore } from '../../cypher/open.ts';
import type { RawDocument } from '../../contract/extraction.ts';
import type { GraphStore } from '../../cypher/store.ts';
import { ingestDocuments } from '../../ingest/ingest.ts';
import { readInputs } from '../../ingest/readers/index.ts';
import { startServer, type RunningServer } from '../../server/main.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = process.env.NEWSGRAPH_SHARED
  ? path.resolve(process.env.NEWSGRAPH_SHARED)
  : path.resolve(REPO_ROOT, '../shared');
export const SEEDS = path.join(SHARED, 'corpus/seeds');
export const ARTIFACTS = path.join(REPO_ROOT, 'test-results/e2e');

/** What Peskov said about whom: the query the console and export suites type into the console. */
export const PESKOV_QUERY = "MATCH (p:Person {name:'Dmitry Peskov'})-[:SAID]->(s)-[:ABOUT]->(t) RETURN p,s,t";
const STATIC_DIR = process.env.NEWSGRAPH_STATIC_DIR
  ? path.resolve(process.env.NEWSGRAPH_STATIC_DIR)
  : path.join(REPO_ROOT, 'dist');

export interface Demo {
  dir: string;
  store: GraphStore;
  server: RunningServer;
  browser: Browser;
  /** Articles, entities and statements the corpus gave. */
  ingested: { articles: number; statements: number };
  /** What the readers said about files read with a caveat (an encoding guessed). */
  notices: string[];
  close(): Promise<void>;
}

export interface DemoOptions {
  /** Files and folders read instead of the seed corpus. */
  corpus?: string[];
  /** Articles ingested after the corpus. */
  extraDocuments?: RawDocument[];
  /** The server's environment (NEWSGRAPH_TOKEN …); empty by default. */
  env?: NodeJS.ProcessEnv;
  /** Serve from this Neo4j, emptied first (tests/neo4j, under `npm run test:neo4j`). */
  neo4jUri?: string;
}

/** Ingests the seed corpus into a fresh store, serves it, and launches Chromium. */
export async function startDemo(options: DemoOptions = {}): Promise<Demo> {
  if (!existsSync(path.join(STATIC_DIR, 'index.html'))) {
    throw new Error(`${STATIC_DIR} is not built: run \`npm run test:e2e\` (it builds first) or \`npm run build\`.`);
  }
  if (!existsSync(SEEDS)) throw new Error(`seed corpus not found at ${SEEDS} (set NEWSGRAPH_SHARED)`);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
  mkdirSync(ARTIFACTS, { recursive: true });
  const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-e2e-'));
  const dbPath = path.join(dir, 'e2e.grafeo');
  const store = openStore({ dataDir: dir, dbPath, ...(options.neo4jUri ? { neo4j: { uri: options.neo4jUri } } : {}) });
  await store.init();
  if (options.neo4jUri) await store.reset();
  const { documents, notices } = await readInputs(options.corpus ?? [SEEDS]);
  const summary = await ingestDocuments(store, [...documents, ...(options.extraDocuments ?? [])]);
  const server = await startServer({
    store,
    host: '127.0.0.1',
    port: 0,
    dataDir: dir,
    dbPath,
    staticDir: STATIC_DIR,
    handleSignals: false,
    logLevel: 'silent',
    env: options.env ?? {},
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    dir,
    store,
    server,
    browser,
    ingested: { articles: summary.articles, statements: summary.statements },
    notices: notices.map((notice) => `${notice.source}: ${notice.notice}`),
    async close() {
      await browser.close();
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

export interface ExplorerPageOptions {
  /** Path and query opened on the demo's server; `/` by default. */
  path?: string;
  viewport?: { width: number; height: number };
}

/**
 * The setup every suite repeats: a new page of the demo's browser (1280×800 unless asked,
 * downloads accepted), the explorer opened on it, and the graph drawn and laid out.
 */
export async function openExplorer(demo: Demo, options: ExplorerPageOptions = {}): Promise<Page> {
  const page = await demo.browser.newPage({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  await page.goto(`${demo.server.url}${options.path ?? '/'}`);
  await settled(page);
  return page;
}

/**
 * Exports from the graph toolbar's Export menu (opened if it is not) in `format`, with the
 * scope chosen there, and returns the downloaded file's name and bytes.
 */
export async function downloadExport(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
  if ((await page.locator('.export-panel').count()) === 0) {
    await page.locator('[data-export="toggle"]').click();
    await page.locator('.export-panel').waitFor();
  }
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`.export-format[data-format="${format}"]`).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** Waits until the graph is loaded and the layout has stopped (nodes no longer move). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => window.__newsgraph?.ready === true && window.__newsgraph.layout === 'idle',
    undefined,
    { timeout: 60_000 },
  );
}

/**
 * Moves the pointer onto the node drawn farthest from any other (so that no other node can
 * be drawn over it), where its graph attributes say it is, and expects the renderer to
 * report that node hovered; then onto the stage's corner, inside its padding, where no node
 * is drawn, and expects nothing hovered.
 */
export async function expectPointerFindsIsolatedNode(page: Page): Promise<void> {
  const target = await page.evaluate(() => {
    const { graph, sigma } = window.__newsgraph!;
    const points: { node: string; x: number; y: number }[] = [];
    const { width, height } = sigma!.getDimensions();
    graph.forEachNode((node, a) => {
      const at = sigma!.graphToViewport(a);
      if (!a.hidden && at.x > 20 && at.y > 20 && at.x < width - 20 && at.y < height - 20)
        points.push({ node, x: at.x, y: at.y });
    });
    let best = { node: '', x: 0, y: 0, distance: -1 };
    for (const p of points) {
      let distance = Infinity;
      for (const q of points) if (q !== p) distance = Math.min(distance, Math.hypot(p.x - q.x, p.y - q.y));
      if (distance > best.distance) best = { ...p, distance };
    }
    const box = sigma!.getContainer().getBoundingClientRect();
    return { node: best.node, x: box.left + best.x, y: box.top + best.y, corner: { x: box.left + 4, y: box.top + 4 } };
  });
  // sigma keeps the hovered node to itself; the page shows it only through its drawing
  const hovered = () =>
    page.evaluate(() => (window.__newsgraph!.sigma as unknown as { hoveredNode: string | null }).hoveredNode);
  // The stage can still move after the first draw (a camera or layout step settling): each try
  // reads where the node is now and moves the pointer there.
  const placeOf = (node: string) =>
    page.evaluate((id) => {
      const { graph, sigma } = window.__newsgraph!;
      // Draw now, picking layer included, so what the pointer reads is this frame's stage.
      sigma!.refresh();
      const at = sigma!.graphToViewport(graph.getNodeAttributes(id));
      const box = sigma!.getContainer().getBoundingClientRect();
      return { x: box.left + at.x, y: box.top + at.y };
    }, node);
  await expect
    .poll(async () => {
      const at = await placeOf(target.node);
      await page.mouse.move(at.x, at.y);
      return hovered();
    })
    .toBe(target.node);
  await page.mouse.move(target.corner.x, target.corner.y);
  await expect.poll(hovered).toBe(null);
}
