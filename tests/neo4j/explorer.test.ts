// The explorer in a real Chromium on a Neo4j-backed server (tests/e2e/harness.ts with
// neo4jUri): the seed corpus ingested into Neo4j, search Peskov, and his panel lists the
// statements Neo4j holds for him. Screenshots go under test-results/e2e/neo4j-*.png.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, settled, startDemo, type Demo } from '../e2e/harness.ts';
import { neo4jUri } from './neo4jTesting.ts';

let demo: Demo;
let page: Page;

beforeAll(async () => {
  demo = await startDemo({ neo4jUri: neo4jUri() });
  expect(demo.store.kind).toBe('neo4j');
  page = await demo.browser.newPage({ viewport: { width: 1280, height: 800 } });
});

afterAll(async () => {
  await demo?.close();
});

describe('the explorer on Neo4j', () => {
  it('loads the graph, finds Peskov and lists his statements as Neo4j holds them', async () => {
    await page.goto(`${demo.server.url}/`);
    await settled(page);
    expect(await page.evaluate(() => window.__newsgraph?.graph.order ?? 0)).toBeGreaterThan(0);
    expect(await page.locator('[data-state="error"]').count()).toBe(0);
    await screenshot(page, 'neo4j-01-loaded');

    const [hit] = await demo.store.search('Peskov', 1);
    expect(hit).toBeDefined();
    const details = await demo.store.entity(hit!.id);
    const said = details?.statementsBy ?? [];
    expect(said.length).toBeGreaterThan(0);

    await page.locator('.search-input').fill('Peskov');
    await page.locator('[role="option"]', { hasText: 'Peskov' }).first().waitFor();
    await page.locator('.search-input').press('Enter');
    await page.locator('.entity-panel h2', { hasText: hit!.name }).waitFor();
    const cards = page.locator('.entity-panel .statement-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThan(0);
    const panel = (await page.locator('.entity-panel').innerText()).replace(/\s+/g, ' ');
    const quote = said[0]!.quote.replace(/\s+/g, ' ').split(' ').slice(0, 6).join(' ');
    expect(panel).toContain(quote);
    expect(panel).toContain(`Said ${details!.entity.statementsBy}`);
    await screenshot(page, 'neo4j-02-peskov');
  });
});
