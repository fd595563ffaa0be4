// What a shared link can and cannot carry. An article whose URL does not parse (written
// `www.example.com/news/1` in a .json input) opens in the reader, from a ?read= link too,
// with its URL shown as text; and the access token the server printed in the link leaves
// the address bar on first load (kept in session storage), while every API call still
// carries it as a bearer header, also after a reload.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawDocument } from '../../contract/extraction.ts';
import { articleId } from '../../extract/resolve/ids.ts';
import { readInputs } from '../../ingest/readers/index.ts';
import { screenshot, settled, startDemo, type Demo } from './harness.ts';

const TOKEN = 'e2e-token-0123456789abcdef';
const UNPARSED_URL = 'www.example.com/news/1';
const INPUT = {
  title: 'Vertice senza indirizzo',
  date: '2024-03-05',
  url: UNPARSED_URL,
  text: 'Vertice senza indirizzo\n\nMario Draghi ha incontrato Giorgia Meloni a Roma. «Serve prudenza», ha detto Draghi.',
};

const tmp = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-e2e-security-'));
let ARTICLE: RawDocument;
let demo: Demo;
let browser: Browser;
let page: Page;
const apiAuthorizations: string[] = [];

beforeAll(async () => {
  const file = path.join(tmp, 'unparsed-url.json');
  writeFileSync(file, JSON.stringify(INPUT));
  const { documents, errors } = await readInputs([file]);
  expect([documents.length, errors, documents[0]?.url]).toStrictEqual([1, [], UNPARSED_URL]);
  ARTICLE = documents[0] as RawDocument;
  demo = await startDemo({ extraDocuments: [ARTICLE], env: { NEWSGRAPH_TOKEN: TOKEN } });
  browser = demo.browser;
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/'))
      apiAuthorizations.push(request.headers().authorization ?? '');
  });
});

afterAll(async () => {
  await demo?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('a shared ?read= link to an article whose URL does not parse', () => {
  it('renders the explorer and the article, its URL as text, and takes the token out of the address bar', async () => {
    const id = articleId(ARTICLE);
    await page.goto(`${demo.server.url}/?read=${encodeURIComponent(id)}&token=${TOKEN}`);
    await settled(page);
    const panel = page.locator(`.article-panel[data-article-id="${id}"]`);
    await panel.locator('.article-text').waitFor();
    expect(await panel.locator('#article-title').textContent()).toBe(INPUT.title);
    expect(await panel.locator('.detail-meta .article-url').textContent()).toBe(UNPARSED_URL);
    expect(await panel.locator('.detail-meta a').count()).toBe(0);
    await screenshot(page, 'security-unparsed-url');

    const address = new URL(page.url());
    expect([address.searchParams.get('read'), address.searchParams.has('token')]).toStrictEqual([id, false]);
    expect(await page.evaluate(() => sessionStorage.getItem('newsgraph.token'))).toBe(TOKEN);
    expect(apiAuthorizations.length).toBeGreaterThan(0);
    expect(apiAuthorizations.filter((header) => header !== `Bearer ${TOKEN}`)).toStrictEqual([]);
  });

  it('reloads the same view without the token in its URL, the API calls still authorized', async () => {
    apiAuthorizations.length = 0;
    await page.reload();
    await settled(page);
    await page.locator('.article-panel .article-text').waitFor();
    expect(new URL(page.url()).searchParams.has('token')).toBe(false);
    expect(apiAuthorizations.length).toBeGreaterThan(0);
    expect(apiAuthorizations.filter((header) => header !== `Bearer ${TOKEN}`)).toStrictEqual([]);
  });
});
