// The overview of a real-sized corpus in a real Chromium: the seed corpus, 300 generated
// articles (bench/corpus.ts) and two articles of one outlet's local editions with their
// declared source name, ingested and served with the built page. The largest nodes are
// labelled and no two labels overlap (the label boxes are read from the renderer, and the
// label layer is checked for ink inside each); the entities no link joins are counted in a
// note, not drawn, until it is asked to show them; outlets are domains with their declared
// names, and no folder of this machine reaches the page; the timeline follows the outlet
// and publication-date filters. Screenshots go to /tmp/overview-shots.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.ts';
import type { ArticleSummary, OutletCount, StatementTimeline } from '../../contract/api.ts';
import type { RawDocument } from '../../contract/extraction.ts';
import { timelineOf } from '../../src/core/timeline/buckets.ts';
import { screenshot, settled, startDemo, type Demo } from './harness.ts';

const SHOTS = '/tmp/overview-shots';
const GENERATED_ARTICLES = 300;

/** Two articles of one outlet, from two local editions, read from a JSON file in a home folder. */
const DECLARED: RawDocument[] = [
  {
    source: '/home/redazione/archivio/gazzetta.json[0]',
    sourceName: 'Gazzetta di Prova',
    title: 'Il bilancio del Comune di Vallefonda',
    date: '2025-02-03',
    url: 'https://vallefonda.gazzetta-prova.example/bilancio',
    text: 'Il bilancio del Comune di Vallefonda\n\n«I conti sono in ordine», ha detto il sindaco Carlo Verdimare.',
    language: 'it',
    errors: [],
  },
  {
    source: '/home/redazione/archivio/gazzetta.json[1]',
    sourceName: 'Gazzetta di Prova',
    title: 'La giunta di Pietralunga approva il piano',
    date: '2025-02-10',
    url: 'https://pietralunga.gazzetta-prova.example/piano',
    text: "La giunta di Pietralunga approva il piano\n\n«Il piano sarà pronto in estate», ha annunciato l'assessora Lucia Fontebella.",
    language: 'it',
    errors: [],
  },
];
const OUTLET = 'gazzetta-prova.example';

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
    extraDocuments: [...generateCorpus({ articles: GENERATED_ARTICLES, words: 220, seed: 15 }), ...DECLARED],
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

  it('lists outlets by registrable domain with their declared name, and shows no folder of this machine', async () => {
    const { outlets, articles } = await page.evaluate(async () => {
      const outletsAnswer = await fetch('/api/scope/outlets');
      const articlesAnswer = await fetch('/api/articles?limit=500&offset=0');
      return {
        outlets: ((await outletsAnswer.json()) as { outlets: OutletCount[] }).outlets,
        articles: ((await articlesAnswer.json()) as { articles: ArticleSummary[] }).articles,
      };
    });
    const gazzetta = outlets.find((o) => o.outlet === OUTLET);
    expect(gazzetta && [gazzetta.name, gazzetta.articles]).toStrictEqual(['Gazzetta di Prova', 2]);
    expect(outlets.filter((o) => o.outlet.endsWith(`.${OUTLET}`))).toStrictEqual([]);
    const option = page.locator(`select[data-filter="outlet"] option[value="${OUTLET}"]`);
    const statements = gazzetta!.statements;
    expect(await option.innerText()).toBe(
      `Gazzetta di Prova (${OUTLET}) (2 articles, ${statements} ${statements === 1 ? 'statement' : 'statements'})`,
    );
    // every article's source is a URL or a file's name
    expect(articles.length > 0).toBe(true);
    expect(articles.filter((a) => !/^https?:/.test(a.source) && /[\\/]/.test(a.source))).toStrictEqual([]);
    const local = articles.find((a) => a.url === null)!;
    await page.goto(`${demo.server.url}/?read=${encodeURIComponent(local.id)}`);
    await page.locator('.article-url').waitFor();
    expect(await page.locator('.article-url').innerText()).toBe(local.source);
    expect(local.source).toMatch(/^[^\\/]+\.txt$/);
    const text = await page.locator('body').innerText();
    expect([text.includes('/home/redazione'), text.includes('generated/')]).toStrictEqual([false, false]);
    await shot('reader-file-name');
  });

  it('the timeline follows the outlet and publication-date filters', async () => {
    /** The timeline the page asks for next (its request names the filters), and the bars it draws. */
    const nextTimeline = async (change: () => Promise<void>, query: string) => {
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith(`/api/statements/timeline${query}`)),
        change(),
      ]);
      const answer = (await response.json()) as StatementTimeline;
      await page.waitForFunction(
        (n) => document.querySelectorAll('.timeline .timeline-bar').length === n,
        timelineOf(answer.dates, answer.undated).buckets.length,
      );
      return answer;
    };
    const total = (answer: StatementTimeline) =>
      answer.undated + answer.dates.reduce((sum, entry) => sum + entry.statements, 0);
    const inScope = (query: string) =>
      page.evaluate(async (q) => {
        const response = await fetch(`/api/scope?${q}`);
        return ((await response.json()) as { statementIds: string[] }).statementIds.length;
      }, query);

    const all = await nextTimeline(() => page.goto(`${demo.server.url}/`).then(() => undefined), '');
    expect(await page.locator('[data-timeline-scope]').getAttribute('data-timeline-scope')).toBe('all');
    const select = page.locator('select[data-filter="outlet"]');
    await page.locator(`select[data-filter="outlet"] option[value="${OUTLET}"]`).waitFor({ state: 'attached' });
    const outlet = await nextTimeline(() => select.selectOption(OUTLET).then(() => undefined), `?outlet=${OUTLET}`);
    expect(total(outlet)).toBe(await inScope(`outlet=${OUTLET}`));
    expect(total(outlet) > 0 && total(outlet) < total(all)).toBe(true);
    expect(outlet.dates.every((entry) => entry.date.startsWith('2025-02'))).toBe(true);
    expect(await page.locator('[data-timeline-scope]').getAttribute('data-timeline-scope')).toBe('filtered');
    await drawn();
    await shot('timeline-one-outlet');

    const published = await nextTimeline(async () => {
      await page.getByLabel('Published from').fill('2025-02-05');
      await page.getByLabel('Published from').press('Enter');
    }, `?outlet=${OUTLET}&pubFrom=2025-02-05`);
    expect(total(published)).toBe(await inScope(`outlet=${OUTLET}&from=2025-02-05`));
    expect(total(published) < total(outlet)).toBe(true);
    // Reset gives the whole store's timeline back
    const reset = await nextTimeline(
      () => page.locator('.filters-panel').getByRole('button', { name: 'Reset' }).click(),
      '',
    );
    expect(reset).toStrictEqual(all);
  });
});
