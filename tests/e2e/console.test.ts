// The Cypher console in a real Chromium against the seed corpus: completion from the live
// schema, a run with Ctrl+Enter, the table, sending the result to the graph, a refused
// CREATE that changes nothing, a syntax error marked in the editor, the example queries,
// and the history kept across a reload. Screenshots go to test-results/e2e/console-*.png.
// The page must mount the console behind a button named "Cypher console".
// NEWSGRAPH_STATIC_DIR serves another build than dist/.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CypherResult } from '../../contract/cypher.ts';
import type { RunningServer } from '../../server/main.ts';
import { PESKOV_QUERY, screenshot, settled as waitSettled, startDemo, type Demo } from './harness.ts';
import { EXAMPLE_QUERIES } from '../../src/core/console/examples.ts';

let demo: Demo;
let server: RunningServer;
let browser: Browser;
let page: Page;

async function shot(name: string): Promise<void> {
  await screenshot(page, `console-${name}`);
}

async function settled(): Promise<void> {
  await waitSettled(page);
}

/** Runs Cypher through the API, as a second observer of the store. */
async function cypher(query: string, params: Record<string, unknown> = {}): Promise<CypherResult> {
  const response = await fetch(`${server.url}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, params }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as CypherResult;
}

const editor = () => page.locator('.console-panel .cm-content');
/** The editor's text, line by line, without the placeholder. */
const editorText = () =>
  editor().evaluate((element) =>
    Array.from(element.querySelectorAll('.cm-line'))
      .map((line) => {
        const copy = line.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.cm-placeholder').forEach((widget) => widget.remove());
        return (copy.textContent ?? '').replace(/\u00a0/g, ' ');
      })
      .join('\n'),
  );

async function openConsole(): Promise<void> {
  await page.getByRole('button', { name: 'Cypher console' }).click();
  await page.locator('.console-panel .cm-content').waitFor();
}

/** Replaces the editor's text without auto-closing brackets, then runs it with Ctrl+Enter. */
async function runQuery(query: string): Promise<void> {
  await editor().click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(query);
  await runEditorText();
}

/** Ctrl+Enter in the editor, then waits for the answer to be drawn. */
async function runEditorText(): Promise<void> {
  await editor().click();
  await Promise.all([
    page.waitForResponse((response) => response.url().endsWith('/api/cypher')),
    page.keyboard.press('Control+Enter'),
  ]);
  await page.waitForFunction(() => !document.querySelector('.console-status')?.textContent?.includes('Running'));
}

beforeAll(async () => {
  demo = await startDemo();
  expect(demo.ingested.articles).toBe(5);
  ({ server, browser } = demo);
  page = await browser.newPage({
    viewport: { width: 1440, height: 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
});

afterAll(async () => {
  await demo?.close();
});

describe('the Cypher console on the seed corpus', () => {
  it('completes a label from the live schema', async () => {
    await page.goto(`${server.url}/`);
    await settled();
    await openConsole();
    await editor().click();
    await page.keyboard.type('MATCH (p:Pe', { delay: 40 });
    const option = page.locator('.cm-tooltip-autocomplete li', { hasText: 'Person' }).first();
    await option.waitFor();
    await shot('01-autocomplete');
    expect(await page.locator('.cm-tooltip-autocomplete .cm-completionLabel').allInnerTexts()).toStrictEqual([
      'Person',
    ]);
    await page.keyboard.press('Enter');
    expect(await editorText()).toBe('MATCH (p:Person)');
  });

  it("runs Peskov's statements with Ctrl+Enter and shows them as a table", async () => {
    const expected = await cypher(PESKOV_QUERY);
    expect(expected.rows.length > 0).toBe(true);
    await runQuery(PESKOV_QUERY);
    const rows = page.locator('.console-table tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(expected.rows.length);
    expect(await page.locator('.console-table thead th').allInnerTexts()).toStrictEqual(['p', 's', 't']);
    expect((await rows.first().locator('td').first().innerText()).includes('Dmitry Peskov')).toBe(true);
    expect(await page.locator('.console-status').innerText()).toContain(`${expected.rows.length} rows in`);
    // sorting by the target column puts the rows in target-name order
    await page.locator('.console-table thead th', { hasText: 't' }).locator('button').click();
    expect(await page.locator('.console-table thead th').nth(2).getAttribute('aria-sort')).toBe('ascending');
    const targets = await page.locator('.console-table tbody tr td:nth-child(3)').allInnerTexts();
    expect(targets).toStrictEqual([...targets].sort());
    await shot('02-table');
    // copied as TSV: a header and one line per row
    await page.getByRole('button', { name: 'Copy TSV' }).click();
    await page.locator('.console-notice', { hasText: 'Copied' }).waitFor();
    const copied = (await page.evaluate(() => navigator.clipboard.readText())).trimEnd().split('\n');
    expect(copied[0]).toBe('p\ts\tt');
    expect(copied.length).toBe(expected.rows.length + 1);
  });

  it('writes a path with its direction, and draws the result in the Graph tab', async () => {
    const query =
      "MATCH path = (s:Statement)<-[:SAID]-(p:Person {name:'Dmitry Peskov'}) RETURN path ORDER BY s.id LIMIT 3";
    const expected = await cypher(query);
    expect(expected.rows.length).toBe(3);
    await runQuery(query);
    const first = page.locator('.console-table tbody tr td').first();
    await first.waitFor();
    const cell = await first.innerText();
    expect(cell.startsWith('(:Statement {')).toBe(true);
    expect(cell.includes(')<-[:SAID]-(:Person {name: "Dmitry Peskov"})')).toBe(true);
    await page.getByRole('tab', { name: 'Graph' }).click();
    const drawn = page.locator('.console-result-graph');
    await drawn.waitFor();
    // Three statements and their one speaker; one SAID relationship each.
    expect([await drawn.getAttribute('data-nodes'), await drawn.getAttribute('data-edges')]).toStrictEqual(['4', '3']);
    expect(await drawn.locator('canvas').count()).toBeGreaterThan(0);
    await shot('02b-result-graph');
  });

  it('answers CALL db.schema.visualization() with a node per label and a relationship per join', async () => {
    const schema = (await (await fetch(`${server.url}/api/schema`)).json()) as {
      labels: { label: string }[];
    };
    const joins = await cypher(
      'MATCH (a)-[r]->(b) RETURN DISTINCT labels(a) AS from, type(r) AS type, labels(b) AS to',
    );
    const kind = (labels: unknown) => (labels as string[]).filter((label) => label !== 'Entity').join(':');
    const distinct = new Set(joins.rows.map(([from, type, to]) => `${kind(from)} ${String(type)} ${kind(to)}`));
    await runQuery('CALL db.schema.visualization()');
    expect(await page.locator('.console-error').count()).toBe(0);
    const drawn = page.locator('.console-result-graph');
    await drawn.waitFor();
    expect([await drawn.getAttribute('data-nodes'), await drawn.getAttribute('data-edges')]).toStrictEqual([
      String(schema.labels.filter(({ label }) => label !== 'Entity').length),
      String(distinct.size),
    ]);
    await shot('02c-schema');
    await page.getByRole('tab', { name: 'Table' }).click();
    expect(await page.locator('.console-table thead th').allInnerTexts()).toStrictEqual(['nodes', 'relationships']);
  });

  it('replaces the graph with the result, then adds another result to it', async () => {
    const expected = await cypher(PESKOV_QUERY);
    const entityIds = [
      ...new Set(
        expected.rows
          .flatMap((row) => [row[0], row[2]])
          .map((node) => String((node as { properties: { id: string } }).properties.id)),
      ),
    ].sort();
    await runQuery(PESKOV_QUERY);
    await page.getByRole('button', { name: 'Replace graph' }).click();
    await page.locator('.console-notice', { hasText: 'Drew' }).waitFor();
    await settled();
    expect(await page.evaluate(() => window.__newsgraph!.graph.nodes().sort())).toStrictEqual(entityIds);
    // statements became "spoke about" links, with the statement ids as evidence
    const edge = 'spoke_about:SPOKE_ABOUT:person:dmitry-peskov->person:vladimir-putin';
    const evidence = await page.evaluate(
      (id) =>
        window.__newsgraph!.graph.hasEdge(id) ? window.__newsgraph!.graph.getEdgeAttribute(id, 'evidenceIds') : null,
      edge,
    );
    const putinStatements = expected.rows.filter(
      (row) => (row[2] as { properties: { id: string } }).properties.id === 'person:vladimir-putin',
    );
    expect(evidence?.length).toBe(
      new Set(putinStatements.map((row) => (row[1] as { properties: { id: string } }).properties.id)).size,
    );
    await shot('03-replaced-graph');

    const organizations = await cypher('MATCH (o:Organization) RETURN o');
    const organizationIds = organizations.rows.map((row) =>
      String((row[0] as { properties: { id: string } }).properties.id),
    );
    await runQuery('MATCH (o:Organization) RETURN o');
    await page.getByRole('button', { name: 'Add to graph' }).click();
    await page.locator('.console-notice', { hasText: 'Added' }).waitFor();
    await settled();
    expect(await page.evaluate(() => window.__newsgraph!.graph.nodes().sort())).toStrictEqual(
      [...new Set([...entityIds, ...organizationIds])].sort(),
    );
    await shot('04-added-to-graph');
  });

  it('refuses a CREATE with a message naming it, and nothing changes', async () => {
    const before = await cypher('MATCH (n) RETURN count(n) AS nodes');
    await runQuery('CREATE (n:X) RETURN n');
    const refusal = page.locator('.console-error[data-code="READ_ONLY"]');
    await refusal.waitFor();
    expect((await refusal.innerText()).includes('CREATE')).toBe(true);
    expect(await page.locator('.console-result').count()).toBe(0);
    await page.locator('.cm-lintRange-error').first().waitFor();
    expect((await cypher('MATCH (n) RETURN count(n) AS nodes')).rows).toStrictEqual(before.rows);
    expect((await cypher('MATCH (n:X) RETURN count(n) AS n')).rows).toStrictEqual([[0]]);
    await shot('05-create-refused');
  });

  it('marks a syntax error at its position in the editor', async () => {
    await runQuery('MATCH (n RETURN n');
    await page.locator('.console-error[data-code="SYNTAX"]').waitFor();
    const marked = page.locator('.cm-lintRange-error');
    await marked.first().waitFor();
    expect(await marked.first().innerText()).toBe('RETURN');
    await shot('06-syntax-error');
  });

  it('shows when the row cap cut the result', async () => {
    await page.getByLabel('Row cap').selectOption('100');
    await runQuery('UNWIND range(1, 500) AS n RETURN n');
    await page.locator('.console-capped').waitFor();
    expect((await page.locator('.console-status').innerText()).includes('first 100 rows — capped')).toBe(true);
    expect(await page.locator('.console-table tbody tr').count()).toBe(100);
    await shot('07-capped');
    await page.getByLabel('Row cap').selectOption('1000');
  });

  it('cancels a query that is still running', async () => {
    // hold the request in the browser so the query is still running when Cancel is pressed
    await page.route('**/api/cypher', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 5000));
      await route.continue().catch(() => undefined);
    });
    await editor().click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('MATCH (s:Statement) RETURN s');
    await page.keyboard.press('Control+Enter');
    const cancel = page.getByRole('button', { name: 'Cancel' });
    await cancel.waitFor();
    await cancel.click();
    await page.locator('.console-error[data-code="CANCELLED"]').waitFor();
    expect(await cancel.count()).toBe(0);
    await shot('08-cancelled');
    await page.unroute('**/api/cypher');
  });

  it('runs every example query with rows on the seed corpus', async () => {
    for (const [index, example] of EXAMPLE_QUERIES.entries()) {
      await page.getByLabel('Example queries').selectOption(String(index));
      await runEditorText();
      expect(await page.locator('.console-error').count(), example.title).toBe(0);
      expect((await page.locator('.console-table tbody tr').count()) > 0, example.title).toBe(true);
    }
    await page.getByRole('tab', { name: 'Text' }).click();
    expect((await page.locator('.console-text').innerText()).includes('"columns"')).toBe(true);
    await shot('09-examples');
  });

  it('keeps the history across a reload', async () => {
    await page.reload();
    await settled();
    await openConsole();
    const options = await page.getByLabel('Query history').locator('option').allInnerTexts();
    expect(options.includes(PESKOV_QUERY)).toBe(true);
    expect(options.includes('CREATE (n:X) RETURN n')).toBe(true);
    expect(await editorText()).toBe('');
    await editor().click();
    await page.keyboard.press('Alt+ArrowUp');
    expect(await editorText()).toBe(EXAMPLE_QUERIES.at(-1)?.query);
  });
});
