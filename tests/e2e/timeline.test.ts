// The timeline strip in a real Chromium on the seed corpus: its bars are the API's
// statements per date, and choosing a range (arrow keys, or a drag across the bars) sets
// the statement-date filter in the URL, after which the statements drawn as nodes are
// exactly those the API dates inside the range.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatementTimeline, StatementView } from '../../contract/api.ts';
import type { RunningServer } from '../../server/main.ts';
import { timelineOf, type Timeline } from '../../src/core/timeline/buckets.ts';
import { screenshot, settled, startDemo, type Demo } from './harness.ts';

let demo: Demo;
let server: RunningServer;
let browser: Browser;
let page: Page;
let timeline: Timeline;

beforeAll(async () => {
  demo = await startDemo();
  ({ server, browser } = demo);
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});

afterAll(async () => {
  await demo?.close();
});

const urlDates = () =>
  page.evaluate(() => {
    const params = new URLSearchParams(location.search);
    return [params.get('from'), params.get('to')];
  });

/** Statement nodes shown and hidden, each with the date the API gives its statement. */
async function statementNodeDates(): Promise<{ shown: (string | null)[]; hidden: (string | null)[] }> {
  return page.evaluate(async () => {
    const { graph } = window.__newsgraph!;
    const nodes = graph.filterNodes((_n, a) => a.statement !== undefined);
    const ids = nodes.map((n) => graph.getNodeAttribute(n, 'statement')!.statementId);
    const response = await fetch('/api/statements/by-id', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ids }),
    });
    const { statements } = (await response.json()) as { statements: StatementView[] };
    const dateOf = new Map(statements.map((s) => [s.id, s.date]));
    const shown: (string | null)[] = [];
    const hidden: (string | null)[] = [];
    nodes.forEach((n, i) => (graph.getNodeAttribute(n, 'hidden') ? hidden : shown).push(dateOf.get(ids[i]!) ?? null));
    return { shown, hidden };
  });
}

/** On their common precision, as a partial date ('2021-12') is matched: within the month. */
const atPrecision = (a: string, b: string) => [
  a.slice(0, Math.min(a.length, b.length)),
  b.slice(0, Math.min(a.length, b.length)),
];
const inside = (date: string | null, from: string, to: string) => {
  if (date === null) return false;
  const [d1, f] = atPrecision(date, from);
  const [d2, t] = atPrecision(date, to);
  return d1! >= f! && d2! <= t!;
};

describe('the timeline', () => {
  it('draws the statements per date that the API counts', async () => {
    await page.goto(`${server.url}/?statements=1`);
    await settled(page);
    const answer = await page.evaluate(async () => {
      const response = await fetch('/api/statements/timeline');
      return (await response.json()) as StatementTimeline;
    });
    timeline = timelineOf(answer.dates, answer.undated);
    expect(timeline.buckets.length).toBeGreaterThan(1);
    await page.waitForFunction(
      (n) => document.querySelectorAll('.timeline .timeline-bar').length === n,
      timeline.buckets.length,
    );
    expect(await page.locator('.timeline').getAttribute('data-timeline-unit')).toBe(timeline.unit);
    await page.waitForFunction(() => window.__newsgraph!.graph.someNode((_n, a) => a.statement !== undefined));
  });

  it('arrow keys choose a range, and only statements dated inside it stay drawn', async () => {
    await page.locator('.timeline-plot').focus();
    // The first press chooses the first bucket, the second moves the range to the next one.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const first = timeline.buckets[1]!;
    const second = timeline.buckets[1]!;
    await page.waitForFunction((to) => new URLSearchParams(location.search).get('to') === to, second.end);
    expect(await urlDates()).toStrictEqual([first.start, second.end]);
    await page.waitForFunction(
      ([from, to]) =>
        window.__newsgraph!.graph.someNode((_n, a) => a.statement !== undefined) &&
        document.querySelector('[data-timeline-range]')?.textContent === `${from} – ${to}`,
      [first.start, second.end] as const,
    );
    const { shown, hidden } = await statementNodeDates();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((date) => !inside(date, first.start, second.end))).toStrictEqual([]);
    expect(hidden.filter((date) => inside(date, first.start, second.end))).toStrictEqual([]);
    await screenshot(page, 'timeline-01-keys');
  });

  it('a drag across the bars sets the range; Clear dates removes it', async () => {
    const box = (await page.locator('.timeline-plot').boundingBox())!;
    const n = timeline.buckets.length;
    const last = n - 1;
    const xOf = (i: number) => box.x + ((i + 0.5) * box.width) / n;
    // From the middle of the last bar back into the first.
    await page.mouse.move(xOf(last), box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 2, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    const from = timeline.buckets[0]!.start;
    const to = timeline.buckets[last]!.end;
    await page.waitForFunction((f) => new URLSearchParams(location.search).get('from') === f, from);
    expect(await urlDates()).toStrictEqual([from, to]);
    await page.waitForFunction(
      (text) => document.querySelector('[data-timeline-range]')?.textContent === text,
      `${from} – ${to}`,
    );
    const { shown, hidden } = await statementNodeDates();
    expect(shown.filter((date) => !inside(date, from, to))).toStrictEqual([]);
    expect(hidden.filter((date) => inside(date, from, to))).toStrictEqual([]);
    await screenshot(page, 'timeline-02-drag');
    await page.locator('.timeline button', { hasText: 'Clear dates' }).click();
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('from'));
    expect(await urlDates()).toStrictEqual([null, null]);
  });
});
