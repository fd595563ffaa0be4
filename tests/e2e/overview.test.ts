// The overview of a real-sized corpus in a real Chromium: the seed corpus and 300 generated
// articles (bench/corpus.ts) ingested, served with the built page. The largest nodes are
// labelled and no two labels overlap (the label boxes are read from the renderer, and the
// label layer is checked for ink inside each); the entities no link joins are counted in a
// note, not drawn, until it is asked to show them. Screenshots go to /tmp/overview-shots.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.ts';
import { screenshot, settled, startDemo, type Demo } from './harness.ts';

const SHOTS = '/tmp/overview-shots';
const GENERATED_ARTICLES = 300;

let demo: Demo;
let page: Page;

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  await screenshot(page, `overview-${name}`);
}

/** Resolves after sigma has drawn the current attributes (two animation frames). */
const drawn = () =>
  page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );

interface DrawnLabels {
  /** The ten largest nodes drawn, by display size (then key, as the renderer breaks ties). */
  largest: string[];
  boxes: { node: string; x: number; y: number; width: number; height: number; ink: number }[];
  width: number;
  height: number;
}

/** What the renderer drew at its last frame: its label boxes, with the inked pixels inside each. */
const drawnLabels = () =>
  page.evaluate((): DrawnLabels => {
    const { graph, sigma } = window.__newsgraph!;
    const renderer = sigma!;
    renderer.refresh();
    const shown = graph.filterNodes((node) => !renderer.getNodeDisplayData(node)!.hidden);
    const size = (node: string) => renderer.getNodeDisplayData(node)!.size;
    const largest = shown.sort((a, b) => size(b) - size(a) || (a < b ? -1 : a > b ? 1 : 0)).slice(0, 10);
    const canvas = renderer.getCanvases().labels!;
    const context = canvas.getContext('2d')!;
    const scale = canvas.width / canvas.clientWidth;
    const boxes = renderer.drawnLabels().map((box) => {
      const x = Math.max(0, Math.floor(box.x * scale));
      const y = Math.max(0, Math.floor(box.y * scale));
      const w = Math.max(1, Math.min(canvas.width - x, Math.ceil(box.width * scale)));
      const h = Math.max(1, Math.min(canvas.height - y, Math.ceil(box.height * scale)));
      const pixels = context.getImageData(x, y, w, h).data;
      let ink = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) ink++;
      return { ...box, ink };
    });
    const { width, height } = renderer.getDimensions();
    return { largest, boxes, width, height };
  });

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  demo = await startDemo({
    extraDocuments: generateCorpus({ articles: GENERATED_ARTICLES, words: 220, seed: 15 }),
  });
  page = await demo.browser.newPage({ viewport: { width: 1280, height: 800 } });
});

afterAll(async () => {
  await demo?.close();
});

describe('the overview of a 300-article corpus', () => {
  it('labels its ten largest nodes, and no two labels overlap', async () => {
    await page.goto(`${demo.server.url}/`);
    await settled(page);
    await drawn();
    const { largest, boxes, width, height } = await drawnLabels();
    expect(largest.length).toBe(10);
    const labelled = new Set(boxes.map((box) => box.node));
    expect(largest.filter((node) => !labelled.has(node))).toStrictEqual([]);
    // more than the ten: the rest are placed where they fit
    expect(boxes.length > largest.length).toBe(true);
    const overlapping: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
          overlapping.push(`${a.node} × ${b.node}`);
      }
    expect(overlapping).toStrictEqual([]);
    // each box is on the stage and has its label's ink in it
    expect(
      boxes.filter((box) => box.x + box.width <= 0 || box.x >= width || box.y + box.height <= 0 || box.y >= height),
    ).toStrictEqual([]);
    expect(boxes.filter((box) => box.ink === 0).map((box) => box.node)).toStrictEqual([]);
    await shot('overview-300-articles');
  });

  it('counts the entities no link joins instead of drawing them, and shows them when asked', async () => {
    const counts = () =>
      page.evaluate(() => {
        const { graph } = window.__newsgraph!;
        return {
          order: graph.order,
          hidden: graph.filterNodes((_n, a) => a.hidden).length,
          // hidden and with no visible link: what the note counts
          unlinked: graph.filterNodes((node, a) => a.hidden && !graph.someEdge(node, (_e, edge) => !edge.hidden))
            .length,
        };
      });
    const before = await counts();
    expect(before.unlinked > 0).toBe(true);
    // with the default filters nothing else is hidden
    expect(before.hidden).toBe(before.unlinked);
    const note = page.locator('[data-unlinked-note]');
    expect(await note.innerText()).toBe(`${before.unlinked} entities mentioned only alongside others: show`);
    expect(await page.locator('input[data-filter-unlinked]').isChecked()).toBe(false);
    await note.getByRole('button', { name: 'show' }).click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('unlinked') === '1');
    await page.waitForFunction(() => window.__newsgraph!.graph.filterNodes((_n, a) => a.hidden).length === 0);
    expect(await note.count()).toBe(0);
    expect(await page.locator('input[data-filter-unlinked]').isChecked()).toBe(true);
    expect((await counts()).order).toBe(before.order);
    await drawn();
    await shot('overview-unlinked-shown');
    // and the box in the filters takes them away again
    await page.locator('input[data-filter-unlinked]').uncheck();
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('unlinked'));
    await note.waitFor();
    expect(await counts()).toStrictEqual(before);
  });
});
