// The statements table in a real Chromium on the seed corpus, a page of 50 rows at a time,
// sorted, filtered and paged by the server: it sorts by date both ways, pages forward and
// back from the keyboard ("rows 51–86 of 86"), keeps its sort, filter and page in the link,
// filters the denials, and its CSV holds every matching row in the table's order, not only
// the page on screen. What each page should hold is read from the API at run time.

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../contract/csv.ts';
import { STATEMENT_TABLE_PAGE, type StatementSearchPage } from '../../contract/statementTable.ts';
import { openExplorer, screenshot, startDemo, type Demo } from './harness.ts';

let demo: Demo;
let page: Page;

/** The API's answer for a query string of /api/statements/search. */
const apiPage = (query: string) =>
  page.evaluate(async (q) => {
    const response = await fetch(`/api/statements/search?${q}`);
    return (await response.json()) as StatementSearchPage;
  }, query);

const table = () => page.locator('[data-statements-table]');
const tableIds = () =>
  table()
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-statement-id') ?? ''));
const columnTexts = (column: string) => table().locator(`tbody td[data-column="${column}"]`).allInnerTexts();
const urlParams = async () => new URLSearchParams(await page.evaluate(() => location.search));

/** Waits until the table shows rows `first`–`last` of `total`. */
async function tableShows(first: number, last: number, total: number): Promise<void> {
  await table().locator(`[data-table-count="${total}"][data-table-rows="${first}-${last}"]`).waitFor();
}

async function headerSorted(column: string, direction: 'ascending' | 'descending'): Promise<void> {
  await table().locator(`thead th[data-column="${column}"][aria-sort="${direction}"]`).waitFor();
}

/** The CSV the Export button saves, as records under its header. */
async function exportedCsv(): Promise<{ header: string[]; column: (name: string) => string[]; rows: number }> {
  const [file] = await Promise.all([page.waitForEvent('download'), table().locator('[data-table-export]').click()]);
  expect(file.suggestedFilename()).toMatch(/^statements-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync(await file.path());
  expect([...bytes.subarray(0, 3)]).toStrictEqual([0xef, 0xbb, 0xbf]);
  const [header, ...records] = parseCsv(bytes.toString('utf8').slice(1)) as string[][];
  return {
    header: header!,
    column: (name) => records.map((record) => record[header!.indexOf(name)] ?? ''),
    rows: records.length,
  };
}

let total: number;

beforeAll(async () => {
  demo = await startDemo();
  page = await openExplorer(demo, { viewport: { width: 1400, height: 900 } });
  total = (await apiPage('limit=1')).total;
  expect(total > STATEMENT_TABLE_PAGE).toBe(true);
});

afterAll(async () => {
  await demo?.close();
});

describe('the statements table, paged by the server', () => {
  it('opens on the first 50 of every statement, newest first', async () => {
    await page.locator('[data-toggle="statements-table"]').click();
    await tableShows(1, STATEMENT_TABLE_PAGE, total);
    expect(await table().locator('.table-count').innerText()).toBe(`rows 1–50 of ${total} statements`);
    await headerSorted('date', 'descending');
    expect(await tableIds()).toStrictEqual(
      (await apiPage('in=sentence&limit=50')).statements.map((statement) => statement.id),
    );
    expect(await table().locator('thead th[data-column="about"] button').count()).toBe(0);
    await screenshot(page, 'table-01-first-page');
  });

  it('sorts by date, oldest first, the undated rows after the dated ones', async () => {
    await table().locator('thead th[data-column="date"] button').click();
    await headerSorted('date', 'ascending');
    const expected = await apiPage('in=sentence&sort=date&dir=asc&limit=50');
    expect(await tableIds()).toStrictEqual(expected.statements.map((statement) => statement.id));
    const dates = await columnTexts('date');
    const dated = dates.filter(Boolean);
    expect(dated.length > 1).toBe(true);
    expect(dates).toStrictEqual([...[...dated].sort(), ...dates.slice(dated.length).map(() => '')]);
    expect([(await urlParams()).get('tSort'), (await urlParams()).get('tDir')]).toStrictEqual([null, 'asc']);
  });

  it('pages forward and back from the keyboard, and the link keeps the page', async () => {
    const firstPage = await tableIds();
    const next = table().locator('[data-table-next]');
    await next.focus();
    await page.keyboard.press('Enter');
    await tableShows(STATEMENT_TABLE_PAGE + 1, total, total);
    expect(await table().locator('.table-count').innerText()).toBe(`rows 51–${total} of ${total} statements`);
    const expected = await apiPage('in=sentence&sort=date&dir=asc&offset=50&limit=50');
    const secondPage = await tableIds();
    expect(secondPage).toStrictEqual(expected.statements.map((statement) => statement.id));
    expect(secondPage.filter((id) => firstPage.includes(id))).toStrictEqual([]);
    expect((await urlParams()).get('tPage')).toBe('2');
    expect(await next.getAttribute('aria-disabled')).toBe('true');
    await screenshot(page, 'table-02-second-page');

    await page.reload();
    await tableShows(STATEMENT_TABLE_PAGE + 1, total, total);
    expect(await tableIds()).toStrictEqual(secondPage);
    await headerSorted('date', 'ascending');

    const previous = table().locator('[data-table-previous]');
    await previous.focus();
    await page.keyboard.press('Enter');
    await tableShows(1, STATEMENT_TABLE_PAGE, total);
    expect(await tableIds()).toStrictEqual(firstPage);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-table-previous'))).toBe(true);
  });

  it('exports every statement, past the page on screen, in the order of the table', async () => {
    const shown = await tableIds();
    const csv = await exportedCsv();
    expect(csv.header.slice(0, 7)).toStrictEqual(['speaker', 'act', 'quote', 'about', 'date', 'outlet', 'article']);
    expect(csv.rows).toBe(total);
    const ordered = [
      ...(await apiPage('in=sentence&sort=date&dir=asc&limit=50')).statements,
      ...(await apiPage('in=sentence&sort=date&dir=asc&offset=50&limit=50')).statements,
    ];
    expect(csv.column('statementId')).toStrictEqual(ordered.map((statement) => statement.id));
    expect(csv.column('statementId').slice(0, STATEMENT_TABLE_PAGE)).toStrictEqual(shown);
    expect(csv.column('date').slice(0, STATEMENT_TABLE_PAGE)).toStrictEqual(await columnTexts('date'));
  });

  it('filters the denials: one page, every row a denial, Peskov among the speakers, and the CSV the same rows', async () => {
    await table().locator('[data-table-acts] label', { hasText: 'denial' }).locator('input').check();
    const denials = await apiPage('in=sentence&acts=denial&sort=date&dir=asc&limit=50');
    expect(denials.total > 0 && denials.total < STATEMENT_TABLE_PAGE).toBe(true);
    await tableShows(1, denials.total, denials.total);
    expect(await table().locator('.table-count').innerText()).toBe(
      `${denials.total} ${denials.total === 1 ? 'statement' : 'statements'}`,
    );
    const ids = await tableIds();
    expect(ids).toStrictEqual(denials.statements.map((statement) => statement.id));
    expect(await table().locator('tbody td[data-column="act"] .act-pill').allInnerTexts()).toStrictEqual(
      ids.map(() => 'denial'),
    );
    expect(await columnTexts('speaker')).toContain('Dmitry Peskov');
    expect(await table().locator('[data-table-next]').count()).toBe(0);
    const params = await urlParams();
    expect([params.get('tActs'), params.get('tPage'), params.get('tDir')]).toStrictEqual(['denial', null, 'asc']);
    await screenshot(page, 'table-03-denials');

    const csv = await exportedCsv();
    expect(csv.column('statementId')).toStrictEqual(ids);
    expect(csv.column('act')).toStrictEqual(ids.map(() => 'denial'));
    expect(csv.column('speaker')).toStrictEqual(await columnTexts('speaker'));
  });

  it('finds by words of the sentence, as typed in its filter', async () => {
    await table().locator('.table-text input').fill('assolutamente false');
    const found = await apiPage(
      `in=sentence&acts=denial&sort=date&dir=asc&q=${encodeURIComponent('assolutamente false')}`,
    );
    expect(found.total > 0).toBe(true);
    await tableShows(1, found.total, found.total);
    expect(await tableIds()).toStrictEqual(found.statements.map((statement) => statement.id));
    expect((await urlParams()).get('tText')).toBe('assolutamente false');
  });
});

describe('the statements table by date', () => {
  it('keeps the statements of the dates typed, and says when a bound is not yet a date', async () => {
    await table().locator('.table-text input').fill('');
    await table().locator('[data-table-acts] label', { hasText: 'denial' }).locator('input').uncheck();
    const month = (await apiPage('in=sentence&sort=date&dir=asc&limit=1')).statements[0]!.date!.slice(0, 7);
    const expected = await apiPage(`in=sentence&sort=date&dir=asc&from=${month}&to=${month}&limit=50`);
    expect(expected.total > 0 && expected.total < total).toBe(true);
    await table().locator('[data-table-date="from"]').fill(month);
    await table().locator('[data-table-date="to"]').fill(month.slice(0, 6));
    await table().locator('[data-table-dates] .table-error').waitFor();
    expect(await table().locator('[data-table-date="to"]').getAttribute('aria-invalid')).toBe('true');
    await table().locator('[data-table-date="to"]').fill(month);
    await tableShows(1, expected.total, expected.total);
    expect(await tableIds()).toStrictEqual(expected.statements.map((statement) => statement.id));
    expect((await columnTexts('date')).every((date) => date.startsWith(month))).toBe(true);
    const params = await urlParams();
    expect([params.get('tFrom'), params.get('tTo')]).toStrictEqual([month, month]);
    await screenshot(page, 'table-04-dates');
  });
});
