// Finding a statement by what it says, in a real Chromium on the seed corpus: a phrase of
// Peskov's denial typed in the search box lists the statement with the phrase highlighted,
// and choosing it opens it with its source sentence and article; the statements finder
// lists every match, narrows by kind, and comes back from its link.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/main.ts';
import { statementNodeId } from '../../src/core/aggregation/statementNodes.ts';
import { screenshot, settled, startDemo, type Demo } from './harness.ts';

let demo: Demo;
let server: RunningServer;
let browser: Browser;
let page: Page;

/** Statement ids the API finds for a query string of /api/statements/search, newest first. */
const apiFinds = (query: string) =>
  page.evaluate(async (q) => {
    const response = await fetch(`/api/statements/search?${q}`);
    const body = (await response.json()) as { statements: { id: string }[] };
    return body.statements.map((statement) => statement.id);
  }, query);

const finderRows = () => page.locator('[data-statement-finder] .finder-row');

/** Waits until the finder lists exactly `ids`, in order. */
async function finderLists(ids: string[]): Promise<void> {
  await page.waitForFunction(
    (wanted) =>
      JSON.stringify(
        [...document.querySelectorAll('[data-statement-finder] .finder-row')].map((row) =>
          row.getAttribute('data-statement-id'),
        ),
      ) === JSON.stringify(wanted),
    ids,
  );
}

beforeAll(async () => {
  demo = await startDemo();
  ({ server, browser } = demo);
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${server.url}/`);
  await settled(page);
});

afterAll(async () => {
  await demo?.close();
});

describe('finding a statement by what it says', () => {
  let denial: string;

  it('the search box lists the statement whose quote holds the phrase, the phrase highlighted', async () => {
    const found = await apiFinds('q=assolutamente%20false');
    expect(found.length).toBe(1);
    denial = found[0]!;
    await page.locator('.search-input').fill('ASSOLUTAMENTE False');
    const option = page.locator(`[role="option"][data-search-result="statement:${denial}"]`);
    await option.waitFor();
    expect(await option.locator('.hit-speaker').innerText()).toContain('Dmitry Peskov');
    expect(await option.locator('.hit-quote strong').innerText()).toBe('assolutamente false');
    expect(await page.locator('[role="option"]', { hasText: 'All statements with' }).count()).toBe(1);
    await screenshot(page, 'statement-search-01-list');
  });

  it('choosing it opens the statement with its sentence, and its article at the quote', async () => {
    await page.locator(`[data-search-result="statement:${denial}"]`).click();
    const panel = page.locator(`.statement-panel[data-statement-panel="${denial}"]`);
    await panel.waitFor();
    expect(await page.evaluate(() => new URLSearchParams(location.search).get('node'))).toBe(statementNodeId(denial));
    const card = panel.locator(`.statement-card[data-statement-id="${denial}"]`);
    expect((await card.locator('.sentence').innerText()).replace(/\s+/g, ' ')).toContain(
      'Peskov ha respinto le accuse come',
    );
    expect(await card.locator('.sentence mark').innerText()).toContain('assolutamente false');
    await screenshot(page, 'statement-search-02-statement');
    await card.locator('.statement-foot .link').click();
    const reader = page.locator('.article-panel');
    await reader.locator('mark.stmt.focus').first().waitFor();
    expect(await reader.locator('mark.stmt.focus').first().innerText()).toContain('assolutamente false');
    await screenshot(page, 'statement-search-03-article');
  });

  it('the finder lists every statement holding the words, and narrows by kind', async () => {
    await page.locator('.search-input').fill('false');
    // the list of the new query, not the one still shown for the previous
    await page.locator('[role="option"]', { hasText: 'All statements with “false”' }).click();
    await page.locator('[data-statement-finder]').waitFor();
    const all = await apiFinds('q=false&limit=100');
    expect(all).toContain(denial);
    await finderLists(all);
    const finder = page.locator('[data-statement-finder]');
    await finder.locator('label', { hasText: 'direct quote' }).locator('input').check();
    const direct = await apiFinds('q=false&kinds=direct&limit=100');
    expect(direct).not.toContain(denial);
    await finderLists(direct);
    await finder.locator('label', { hasText: 'direct quote' }).locator('input').uncheck();
    await finder.locator('label', { hasText: 'reported speech' }).locator('input').check();
    const reported = await apiFinds('q=false&kinds=indirect&limit=100');
    expect(reported).toContain(denial);
    await finderLists(reported);
    expect(await page.evaluate(() => location.search)).toBe('?find=false&findKinds=indirect');
    await screenshot(page, 'statement-search-04-finder');
  });

  it('its link brings the same list back, and a row opens its statement', async () => {
    await page.reload();
    await page.locator('[data-statement-finder]').waitFor();
    const reported = await apiFinds('q=false&kinds=indirect&limit=100');
    await finderLists(reported);
    expect(
      await page.locator('[data-statement-finder] label', { hasText: 'reported speech' }).locator('input').isChecked(),
    ).toBe(true);
    await finderRows()
      .and(page.locator(`[data-statement-id="${denial}"]`))
      .click();
    await page.locator(`.statement-panel[data-statement-panel="${denial}"]`).waitFor();
    // closing the statement goes back to the list
    await page.locator('.statement-panel button[aria-label="Close panel"]').click();
    await finderLists(reported);
  });
});
