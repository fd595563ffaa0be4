// A folder of articles as a journalist gets them (tests/fixtures/real-style, written for
// this test: a newspaper page with its headline in capitals, a byline, a photo credit and the
// site's furniture; agency copy as JSON with url, publish_date and source; an interview saved
// as a Windows-1252 .txt file), ingested and explored in a real Chromium: every denial in it is
// found with who made it, by what it says and by its act; none of the page's furniture becomes
// a node; the statements table sorts the corpus by date; the reader never shows a machine path.

import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatementView } from '../../contract/api.ts';
import type { RunningServer } from '../../server/main.ts';
import { REPO_ROOT, screenshot, settled, startDemo, type Demo } from './harness.ts';

const CORPUS = path.join(REPO_ROOT, 'tests/fixtures/real-style');

let demo: Demo;
let server: RunningServer;
let browser: Browser;
let page: Page;

const apiFinds = (query: string) =>
  page.evaluate(async (q) => {
    const response = await fetch(`/api/statements/search?${q}`);
    return ((await response.json()) as { statements: StatementView[] }).statements;
  }, query);

beforeAll(async () => {
  demo = await startDemo({ corpus: [CORPUS] });
  ({ server, browser } = demo);
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${server.url}/`);
  await settled(page);
});

afterAll(async () => {
  await demo?.close();
});

describe('a folder of real-style articles', () => {
  it('reads every file, the Windows-1252 interview with a notice naming it', () => {
    expect(demo.ingested.articles).toBe(4);
    expect(demo.notices).toStrictEqual([
      `${path.join(CORPUS, 'intervista-tamburini.txt')}: not valid UTF-8 (byte offset 242): read as Windows-1252 (Latin-1)`,
    ]);
  });

  it('makes no node of the headline, the byline, the photo credit or the footer', async () => {
    const result = await demo.store.readOnly('MATCH (e:Entity) RETURN e.name AS name ORDER BY name');
    const names = result.rows.map((row) => String(row[0]));
    expect(names.length > 0).toBe(true);
    const furniture = /INVIATO|EDITORIAL|SALES|GETTY|FOTO|SCONTRO|CONSIGLIO\.|ACCORDO|SINDACO|IVA|diritti|Home|Cronaca/;
    expect(names.filter((name) => furniture.test(name))).toStrictEqual([]);
    // The interview's accented words were decoded, not mangled.
    expect(names).toContain('Sergio Tamburini');
  });

  it('finds each direct denial with its speaker, by what it says', async () => {
    for (const [phrase, speaker] of [
      ['ricostruzioni completamente false', 'Matteo Ravasi'],
      ['È falso che chiuderemo il reparto', 'Franco Lodigiani'],
      ['le imprese stanno lasciando la città', 'Sergio Tamburini'],
    ] as const) {
      const found = await apiFinds(`q=${encodeURIComponent(phrase)}`);
      expect(found.map((statement) => [statement.speaker?.name, statement.act, statement.kind])).toStrictEqual([
        [speaker, 'denial', 'direct'],
      ]);
      await page.locator('.search-input').fill(phrase);
      const option = page.locator(`[role="option"][data-search-result="statement:${found[0]!.id}"]`);
      await option.waitFor();
      expect(await option.locator('.hit-speaker').innerText()).toContain(speaker);
      expect(await option.locator('.act-pill').getAttribute('aria-label')).toBe('speech act: denial');
    }
    await screenshot(page, 'real-style-01-search');
    await page.locator('.search-input').fill('');
  });

  it('credits a quote to the name set in apposition after the role phrase, never to the speaker before', async () => {
    for (const [phrase, speaker] of [
      ['Mancano quaranta infermieri', 'Marta Colombi'],
      ['Sono promesse che sentiamo', 'Andrea Ferri'],
    ] as const) {
      const found = await apiFinds(`q=${encodeURIComponent(phrase)}`);
      expect(found.map((statement) => [statement.speaker?.name, statement.kind])).toStrictEqual([[speaker, 'direct']]);
    }
  });

  it('the denials filter lists every denial in the corpus and who made it', async () => {
    const denials = await apiFinds('acts=denial&limit=100');
    const direct = denials.filter((statement) => statement.kind === 'direct');
    expect(direct.map((statement) => statement.speaker?.name).sort()).toStrictEqual([
      'Franco Lodigiani',
      'Matteo Ravasi',
      'Sergio Tamburini',
    ]);
    await page.getByRole('button', { name: 'Statements', exact: true }).first().click();
    const finder = page.locator('[data-statement-finder]');
    await finder.waitFor();
    await finder.locator('.finder-acts label', { hasText: 'denial' }).locator('input').check();
    await page.waitForFunction(
      (wanted) =>
        JSON.stringify(
          [...document.querySelectorAll('[data-statement-finder] .finder-row')].map((row) =>
            row.getAttribute('data-statement-id'),
          ),
        ) === JSON.stringify(wanted),
      denials.map((statement) => statement.id),
    );
    await screenshot(page, 'real-style-02-denials');
    await finder.locator('button[aria-label="Close panel"]').click();
  });

  it('the statements table sorts the corpus by date, newest first, the undated interview last', async () => {
    const total = await page.evaluate(async () => {
      const response = await fetch('/api/statements?limit=1');
      return ((await response.json()) as { total: number }).total;
    });
    await page.locator('[data-toggle="statements-table"]').click();
    const table = page.locator('[data-statements-table]');
    await table.locator(`[data-table-count="${total}"]`).waitFor();
    const dates = await table.locator('tbody td[data-column="date"]').allInnerTexts();
    const dated = dates.filter(Boolean);
    expect([...new Set(dated)]).toStrictEqual(['2025-03-18', '2025-03-16', '2025-03-14']);
    expect(dates).toStrictEqual([...dated, ...dates.slice(dated.length).map(() => '')]);
    expect(dates.length > dated.length).toBe(true);
    await screenshot(page, 'real-style-03-table');
    await page.locator('[data-toggle="statements-table"]').click();
    await table.waitFor({ state: 'detached' });
  });

  it('groups the agency copy under its registrable domain with the source name it declares', async () => {
    const { outlets } = await page.evaluate(async () => (await fetch('/api/scope/outlets')).json());
    const byOutlet = new Map(
      (outlets as { outlet: string; name: string | null; articles: number }[]).map((o) => [o.outlet, o]),
    );
    // milano.gazzettadelnord.it and roma.gazzettadelnord.it are one outlet.
    expect(byOutlet.get('gazzettadelnord.it')).toMatchObject({ name: 'Gazzetta del Nord', articles: 2 });
    expect([...byOutlet.keys()].filter((outlet) => outlet.includes('gazzettadelnord'))).toStrictEqual([
      'gazzettadelnord.it',
    ]);
  });

  it("the reader names a text file by its name, never by the machine's path", async () => {
    const [interview] = await apiFinds(`q=${encodeURIComponent('le imprese stanno lasciando la città')}`);
    await page.goto(`${server.url}/?read=${encodeURIComponent(interview!.articleId)}`);
    const reader = page.locator('.article-panel');
    await reader.locator('.article-text').waitFor();
    const meta = await reader.locator('.detail-meta').innerText();
    expect(meta).toContain('intervista-tamburini.txt');
    expect(meta).not.toContain(CORPUS);
    expect(await page.locator('body').innerText()).not.toContain(REPO_ROOT);
    await screenshot(page, 'real-style-04-reader');
  });
});
