// The console permalink in a real Chromium on the seed corpus: a console result that replaced
// the graph puts its query in the URL; opening that URL re-runs the query (through the
// read-only console endpoint, not the overview) and draws it with the console-view note and
// a way back to the overview; the entity panel's tab and chip filter come back with it.

import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CypherResult } from '../../contract/cypher.ts';
import type { RunningServer } from '../../server/main.ts';
import { PESKOV_QUERY, screenshot, settled, startDemo, type Demo } from './harness.ts';

const PESKOV = 'person:dmitry-peskov';
const PUTIN = 'person:vladimir-putin';

let demo: Demo;
let server: RunningServer;
let browser: Browser;
let page: Page;
/** The entities of Peskov's statements: what the console view draws. */
let entityIds: string[];
let link: string;

async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${server.url}${path}`, init);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

const graphNodes = (on: Page) => on.evaluate(() => window.__newsgraph!.graph.nodes().sort());
const search = (on: Page) => new URLSearchParams(new URL(on.url()).search);

/** What the page shows of the entity panel: its entity, selected tab, and the speakers of its statement cards. */
async function entityPanel(on: Page) {
  const panel = on.locator('.entity-panel');
  await panel.locator('.statement-card').first().waitFor();
  return {
    entity: await panel.getAttribute('data-entity-id'),
    tab: await panel.locator('[role="tab"][aria-selected="true"]').innerText(),
    speakers: await panel.locator('.statement-card .statement-head > .entity-chip').allInnerTexts(),
    showAll: await panel.locator('button.link', { hasText: /^Show all \d+ statements$/ }).count(),
  };
}

beforeAll(async () => {
  demo = await startDemo();
  ({ server, browser } = demo);
  const answer = await api<CypherResult>('/api/cypher', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: PESKOV_QUERY, params: {} }),
  });
  entityIds = [
    ...new Set(
      answer.rows
        .flatMap((row) => [row[0], row[2]])
        .map((node) => String((node as { properties: { id: string } }).properties.id)),
    ),
  ].sort();
  expect(entityIds).toContain(PUTIN);
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${server.url}/`);
  await settled(page);
});

afterAll(async () => {
  await demo?.close();
});

describe('the console permalink', () => {
  it('a console result that replaced the graph puts its query in the URL', async () => {
    await page.getByRole('button', { name: 'Cypher console', exact: true }).click();
    const editor = page.locator('.console-panel .cm-content');
    await editor.waitFor();
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(PESKOV_QUERY);
    await Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/api/cypher')),
      page.keyboard.press('Control+Enter'),
    ]);
    await page.locator('.console-table tbody tr').first().waitFor();
    await page.getByRole('button', { name: 'Replace graph' }).click();
    await page.locator('.console-notice', { hasText: 'Drew' }).waitFor();
    await settled(page);
    expect(await graphNodes(page)).toStrictEqual(entityIds);
    expect(search(page).get('cq')).toBe(PESKOV_QUERY);
  });

  it("keeps the entity panel's tab and chip in the URL beside the query", async () => {
    await page.getByRole('button', { name: 'Close the Cypher console' }).click();
    await page.locator('.search-input').fill('Vladimir Putin');
    await page.locator(`[role="option"][data-search-result="entity:${PUTIN}"]`).click();
    await page.locator(`.entity-panel[data-entity-id="${PUTIN}"]`).waitFor();
    await page.getByRole('tab', { name: /^Said about/ }).click();
    const peskovChips = page.locator('.entity-panel .spoke-summary .pill', { hasText: 'Dmitry Peskov' });
    await peskovChips.first().waitFor();
    // One chip per speaker, however many other targets their statements name.
    expect(await peskovChips.count()).toBe(1);
    await peskovChips.click();
    await page.locator('.entity-panel button.link', { hasText: /^Show all \d+ statements$/ }).waitFor();
    const params = search(page);
    expect([params.get('node'), params.get('tab'), params.get('with'), params.get('cq')]).toStrictEqual([
      PUTIN,
      'about',
      PESKOV,
      PESKOV_QUERY,
    ]);
    const shown = await entityPanel(page);
    expect(shown.speakers.length > 0).toBe(true);
    expect(shown.speakers.every((name) => name.includes('Dmitry Peskov'))).toBe(true);
    link = page.url();
  });

  it('opening the link re-runs the query read-only, shows the console-view note, and the panel as it was', async () => {
    const before = await api<{ stats: unknown }>('/api/health');
    const opened = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const requests: Request[] = [];
    opened.on('request', (request) => requests.push(request));
    await opened.goto(link);
    await settled(opened);
    const cypherBodies = requests
      .filter((request) => new URL(request.url()).pathname === '/api/cypher')
      .map((request) => (JSON.parse(request.postData() ?? '{}') as { query?: string }).query);
    expect(cypherBodies[0]).toBe(PESKOV_QUERY);
    expect(requests.some((request) => new URL(request.url()).pathname === '/api/graph/overview')).toBe(false);
    expect(await graphNodes(opened)).toStrictEqual(entityIds);
    const note = opened.locator('[data-console-view]');
    await note.waitFor();
    expect(await note.innerText()).toContain('Console view: the result of');
    expect(await note.locator('code').getAttribute('title')).toBe(PESKOV_QUERY);
    const restored = await entityPanel(opened);
    expect(restored).toStrictEqual({ ...(await entityPanel(page)), entity: PUTIN });
    expect(restored.tab).toMatch(/^Said about/);
    expect(restored.showAll).toBe(1);
    // Nothing was written by re-running the link.
    expect((await api<{ stats: unknown }>('/api/health')).stats).toStrictEqual(before.stats);
    await screenshot(opened, 'permalink-01-console-view');

    await note.getByRole('button', { name: 'Back to the overview' }).click();
    await note.waitFor({ state: 'detached' });
    await settled(opened);
    expect(search(opened).has('cq')).toBe(false);
    const overview = await api<{ nodes: { id: string }[] }>('/api/graph/overview?limit=2000');
    expect(await graphNodes(opened)).toStrictEqual(overview.nodes.map((node) => node.id).sort());
    expect(overview.nodes.length > entityIds.length).toBe(true);
    await screenshot(opened, 'permalink-02-overview');
    await opened.close();
  });
});
