// Speech acts and the statements table in a real Chromium on the seed corpus: Peskov's
// «Tutto questo non è vero…» is shown as a denial attributed to Peskov; the finder's denial
// filter lists it, and only denials, and comes back from its link; the statements table sorts
// by date, opens a row's statement and article, and its CSV holds exactly the rows it shows.

import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatementView } from '../../contract/api.ts';
import { parseCsv } from '../../contract/csv.ts';
import type { RunningServer } from '../../server/main.ts';
import { statementNodeId } from '../../src/core/aggregation/statementNodes.ts';
import { screenshot, settled, startDemo, type Demo } from './harness.ts';

let demo: Demo;
let server: RunningServer;
let browser: Browser;
let page: Page;

/** Statements the API finds for a query string of /api/statements/search, newest first. */
const apiFinds = (query: string) =>
  page.evaluate(async (q) => {
    const response = await fetch(`/api/statements/search?${q}`);
    return ((await response.json()) as { statements: StatementView[] }).statements;
  }, query);

/** The ids the finder lists, in order. */
const finderIds = () =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-statement-finder] .finder-row')].map((row) =>
      row.getAttribute('data-statement-id'),
    ),
  );

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

const table = () => page.locator('[data-statements-table]');
/** The cells of one column of the table's rows shown, top to bottom. */
const columnTexts = (column: string) => table().locator(`tbody td[data-column="${column}"]`).allInnerTexts();
const tableIds = () =>
  table()
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-statement-id') ?? ''));

/** Waits until the table shows `count` rows (its count line says so). */
async function tableCounts(count: number): Promise<void> {
  await page.locator(`[data-statements-table] [data-table-count="${count}"]`).waitFor();
}

let peskovDenial: StatementView;

beforeAll(async () => {
  demo = await startDemo();
  ({ server, browser } = demo);
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  await page.goto(`${server.url}/`);
  await settled(page);
  const found = await apiFinds('q=Tutto%20questo%20non%20%C3%A8%20vero');
  expect(found.map((statement) => [statement.speaker?.name, statement.act])).toStrictEqual([
    ['Dmitry Peskov', 'denial'],
  ]);
  peskovDenial = found[0]!;
});

afterAll(async () => {
  await demo?.close();
});

describe('speech acts in the explorer', () => {
  it("shows Peskov's «Tutto questo non è vero…» as a denial attributed to Peskov", async () => {
    await page.locator('.search-input').fill('Tutto questo non è vero');
    const option = page.locator(`[role="option"][data-search-result="statement:${peskovDenial.id}"]`);
    await option.waitFor();
    expect(await option.locator('.hit-speaker').innerText()).toContain('Dmitry Peskov');
    expect(await option.locator('.act-pill').getAttribute('aria-label')).toBe('speech act: denial');
    await option.click();
    const card = page.locator(
      `.statement-panel[data-statement-panel="${peskovDenial.id}"] .statement-card[data-statement-id="${peskovDenial.id}"]`,
    );
    await card.waitFor();
    expect(await card.locator('.statement-head .entity-chip').first().innerText()).toContain('Dmitry Peskov');
    const pill = card.locator('.statement-head .act-pill');
    expect([
      await pill.innerText(),
      await pill.getAttribute('aria-label'),
      await pill.getAttribute('title'),
    ]).toStrictEqual(['denial', 'speech act: denial', 'speech act: denial']);
    expect(await card.locator('.quote').innerText()).toContain('Tutto questo non è vero');
    await screenshot(page, 'acts-01-statement');
  });

  it('the finder filters by act: denials only, Peskov among them, and the link brings them back', async () => {
    await page.getByRole('button', { name: 'Statements', exact: true }).first().click();
    const finder = page.locator('[data-statement-finder]');
    await finder.waitFor();
    await finder.locator('.finder-acts label', { hasText: 'denial' }).locator('input').check();
    const denials = await apiFinds('acts=denial&limit=100');
    expect(denials.every((statement) => statement.act === 'denial')).toBe(true);
    const ids = denials.map((statement) => statement.id);
    expect(ids).toContain(peskovDenial.id);
    await finderLists(ids);
    const pills = await finder
      .locator('.finder-row .act-pill')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label')));
    expect(pills).toStrictEqual(ids.map(() => 'speech act: denial'));
    expect(await page.evaluate(() => location.search)).toBe('?find=&findActs=denial');
    await screenshot(page, 'acts-02-denials');
    await page.reload();
    await page.locator('[data-statement-finder]').waitFor();
    await finderLists(ids);
    expect(
      await page
        .locator('[data-statement-finder] .finder-acts label', { hasText: 'denial' })
        .locator('input')
        .isChecked(),
    ).toBe(true);
    expect(await finderIds()).toContain(peskovDenial.id);
    await page.locator('[data-statement-finder] button[aria-label="Close panel"]').click();
  });
});

describe('the statements table', () => {
  let total: number;

  it('opens from the top bar with every statement, newest first', async () => {
    total = await page.evaluate(async () => {
      const response = await fetch('/api/statements?limit=1');
      return ((await response.json()) as { total: number }).total;
    });
    expect(total > 0).toBe(true);
    await page.locator('[data-toggle="statements-table"]').click();
    await tableCounts(total);
    expect(new URLSearchParams(await page.evaluate(() => location.search)).get('table')).toBe('1');
    expect(await table().locator('thead th[data-column="date"]').getAttribute('aria-sort')).toBe('descending');
    const dates = (await columnTexts('date')).filter(Boolean);
    expect(dates.length > 1).toBe(true);
    expect(dates).toStrictEqual([...dates].sort().reverse());
    await screenshot(page, 'acts-03-table');
  });

  it('sorts by date ascending when its header is clicked, the undated rows last', async () => {
    await table().locator('thead th[data-column="date"] button').click();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-statements-table] th[data-column="date"]')?.getAttribute('aria-sort') ===
        'ascending',
    );
    const shown = await columnTexts('date');
    const dated = shown.filter(Boolean);
    expect(dated).toStrictEqual([...dated].sort());
    expect(shown).toStrictEqual([...dated, ...shown.slice(dated.length).map(() => '')]);
    expect(new URLSearchParams(await page.evaluate(() => location.search)).get('tDir')).toBe('asc');
  });

  it('filters by act, and a row opens the statement and its article', async () => {
    await table().locator('[data-table-acts] label', { hasText: 'denial' }).locator('input').check();
    const denials = await apiFinds('acts=denial&limit=200');
    await tableCounts(denials.length);
    const ids = await tableIds();
    expect([...ids].sort()).toStrictEqual(denials.map((statement) => statement.id).sort());
    const acts = await table().locator('tbody td[data-column="act"] .act-pill').allInnerTexts();
    expect(acts).toStrictEqual(ids.map(() => 'denial'));
    const peskovRow = table().locator(`tbody tr[data-statement-id="${peskovDenial.id}"]`);
    expect(await peskovRow.locator('td[data-column="speaker"]').innerText()).toBe('Dmitry Peskov');
    await peskovRow.locator('.row-open').click();
    const reader = page.locator('.article-panel');
    await reader.locator('mark.stmt.focus').first().waitFor();
    expect(await reader.locator('mark.stmt.focus').first().innerText()).toContain('Tutto questo non è vero');
    const params = new URLSearchParams(await page.evaluate(() => location.search));
    expect([params.get('node'), params.get('read'), params.get('tActs')]).toStrictEqual([
      statementNodeId(peskovDenial.id),
      peskovDenial.articleId,
      'denial',
    ]);
    // Closing the article leaves the statement's card.
    await page.locator('.article-panel button[aria-label="Close the article"]').click();
    await page.locator(`.statement-panel[data-statement-panel="${peskovDenial.id}"]`).waitFor();
    await screenshot(page, 'acts-04-table-row');
  });

  it('exports exactly the rows shown, in their order, with an act column', async () => {
    const ids = await tableIds();
    const speakers = await columnTexts('speaker');
    const dates = await columnTexts('date');
    const [file] = await Promise.all([page.waitForEvent('download'), table().locator('[data-table-export]').click()]);
    expect(file.suggestedFilename()).toMatch(/^statements-\d{4}-\d{2}-\d{2}\.csv$/);
    const records = parseCsv(readFileSync(await file.path(), 'utf8'));
    const header = records[0]!;
    const column = (name: string) => records.slice(1).map((record) => record[header.indexOf(name)] ?? '');
    expect(header.slice(0, 7)).toStrictEqual(['speaker', 'act', 'quote', 'about', 'date', 'outlet', 'article']);
    expect(column('statementId')).toStrictEqual(ids);
    expect(column('act')).toStrictEqual(ids.map(() => 'denial'));
    expect(column('speaker')).toStrictEqual(speakers);
    expect(column('date')).toStrictEqual(dates);
  });

  it('comes back from its link, filtered and sorted as it was', async () => {
    const ids = await tableIds();
    await page.reload();
    await tableCounts(ids.length);
    expect(await tableIds()).toStrictEqual(ids);
    expect(await table().locator('thead th[data-column="date"]').getAttribute('aria-sort')).toBe('ascending');
    await page.locator('[data-toggle="statements-table"]').click();
    await table().waitFor({ state: 'detached' });
    expect(new URLSearchParams(await page.evaluate(() => location.search)).has('table')).toBe(false);
  });
});
