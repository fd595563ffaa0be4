// The explorer in a real Chromium against the seed corpus: ingest ../shared/corpus/seeds
// into a temporary Grafeo store, serve it with the built page (dist/), and walk through
// what a journalist does. Every step saves a screenshot under test-results/e2e/.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/main.ts';
import type { ArticleView } from '../../contract/api.ts';
import { mentionTitle } from '../../src/core/article/segments.ts';
import { whyOf } from '../../src/core/provenance/why.ts';
import { readInputs } from '../../ingest/readers/index.ts';
import {
  expectPointerFindsIsolatedNode,
  screenshot,
  SEEDS,
  settled as waitSettled,
  startDemo,
  type Demo,
} from './harness.ts';

let demo: Demo;
let server: RunningServer;
let browser: Browser;
let page: Page;

async function shot(name: string, target: Page = page): Promise<void> {
  await screenshot(target, name);
}

async function settled(target: Page = page): Promise<void> {
  await waitSettled(target);
}

const graphOrder = (target: Page = page) => target.evaluate(() => window.__newsgraph?.graph.order ?? 0);
const graphNodes = (target: Page = page) => target.evaluate(() => window.__newsgraph?.graph.nodes().sort() ?? []);
const selectedNode = (target: Page = page) => target.evaluate(() => new URLSearchParams(location.search).get('node'));

/** Centres the camera on a node and returns its position on the page. */
async function nodeOnScreen(node: string): Promise<{ x: number; y: number }> {
  await page.evaluate((id) => {
    const hook = window.__newsgraph;
    if (!hook?.sigma) throw new Error('no renderer');
    const { sigma, graph } = hook;
    sigma.refresh();
    const framed = sigma.viewportToFramedGraph(sigma.graphToViewport(graph.getNodeAttributes(id)));
    sigma.getCamera().setState({ x: framed.x, y: framed.y, ratio: 0.7 });
  }, node);
  await page.waitForTimeout(200);
  return page.evaluate((id) => {
    const { sigma, graph } = window.__newsgraph!;
    const position = sigma!.graphToViewport(graph.getNodeAttributes(id));
    const box = sigma!.getContainer().getBoundingClientRect();
    return { x: box.left + position.x, y: box.top + position.y };
  }, node);
}

/** Resolves after sigma has drawn the current attributes (two animation frames). */
const drawn = (target: Page = page) =>
  target.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );

/** What the filters show: visible entity ids (statement nodes aside), sorted. */
const visibleEntities = (target: Page = page) =>
  target.evaluate(() => window.__newsgraph!.graph.filterNodes((_n, a) => !a.hidden && !a.statement).sort());

/** Entity ids of the graph that a scope (GET /api/scope) keeps, sorted. */
async function entitiesInScope(query: string): Promise<string[]> {
  return page.evaluate(async (q) => {
    const response = await fetch(`/api/scope?${q}`);
    const scope = (await response.json()) as { entityIds: string[] };
    const { graph } = window.__newsgraph!;
    return scope.entityIds.filter((id) => graph.hasNode(id)).sort();
  }, query);
}

/** Every node and edge with what sigma draws from, statement nodes included. */
const graphPicture = (target: Page = page) =>
  target.evaluate(() => {
    const { graph } = window.__newsgraph!;
    return {
      nodes: graph.mapNodes((n, a) => [n, a.x, a.y, a.size, a.hidden, a.label]),
      edges: graph.mapEdges((e, a) => [e, a.hidden, a.size, a.parallel ?? false]),
    };
  });

beforeAll(async () => {
  demo = await startDemo();
  expect(demo.ingested.articles).toBe(5);
  ({ server, browser } = demo);
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});

afterAll(async () => {
  await demo?.close();
});

describe('the explorer on the seed corpus', () => {
  it('loads with a non-empty graph', async () => {
    await page.goto(`${server.url}/`);
    await settled();
    expect((await graphOrder()) > 5).toBe(true);
    expect(await page.locator('[data-state="error"]').count()).toBe(0);
    expect((await page.locator('.graph-canvas canvas').count()) > 0).toBe(true);
    await shot('01-loaded');
  });

  it('after the layout, the pointer finds a node where the graph says it is', async () => {
    // No interaction since the load: what is drawn and picked comes from the layout's steps.
    await expectPointerFindsIsolatedNode(page);
  });

  it('a force layout stopped midway leaves every node where the graph says it is', async () => {
    // Stopped during the forces, the layout skips noverlap: what is drawn and picked comes
    // from the forces' own steps only.
    await page.locator('button', { hasText: 'Force layout' }).click();
    await page.waitForFunction(() => window.__newsgraph?.layout === 'forces');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__newsgraph!.layout)).toBe('forces');
    await page.locator('[data-layout="stop"]').click();
    await settled();
    await expectPointerFindsIsolatedNode(page);
  });

  it('searching "Peskov" focuses him', async () => {
    await page.locator('.search-input').fill('Peskov');
    const option = page.locator('[role="option"]', { hasText: 'Peskov' }).first();
    await option.waitFor();
    await shot('02-search-results');
    await page.locator('.search-input').press('Enter');
    await page.locator('.entity-panel h2', { hasText: 'Peskov' }).waitFor();
    const node = await selectedNode();
    expect(node !== null && (await page.evaluate((id) => window.__newsgraph!.graph.hasNode(id), node))).toBe(true);
    await settled();
    await page.waitForTimeout(700);
    // the camera went to him: he sits near the middle of the graph area
    const offset = await page.evaluate((id) => {
      const { sigma, graph } = window.__newsgraph!;
      const p = sigma!.graphToViewport(graph.getNodeAttributes(id));
      const { width, height } = sigma!.getDimensions();
      return Math.hypot(p.x - width / 2, p.y - height / 2);
    }, node as string);
    expect(offset < 120).toBe(true);
    await shot('03-peskov-focused');
  });

  it('his panel lists the "assolutamente false" statement with its source sentence', async () => {
    const card = page.locator('.entity-panel .statement-card', { hasText: 'assolutamente false' }).first();
    await card.waitFor();
    const sentence = (await card.locator('.sentence').innerText()).replace(/\s+/g, ' ');
    expect(sentence.includes('Peskov ha respinto le accuse come')).toBe(true);
    expect((await card.locator('.sentence mark').innerText()).includes('assolutamente false')).toBe(true);
    // "Why?" gives, in words, the rules the store kept for this statement
    const statementId = await card.getAttribute('data-statement-id');
    const trace = await page.evaluate(
      async ({ speaker, id }) => {
        const response = await fetch(`/api/statements?speaker=${encodeURIComponent(speaker)}&limit=500`);
        const body = (await response.json()) as { statements: { id: string; trace: string[] }[] };
        return body.statements.find((statement) => statement.id === id)?.trace ?? null;
      },
      { speaker: (await selectedNode()) as string, id: statementId as string },
    );
    expect(trace !== null && trace.length >= 2).toBe(true);
    const why = whyOf(trace as string[]);
    await card.locator('.why summary').click();
    expect(await card.locator('.why dt').allInnerTexts()).toStrictEqual(['Found as', 'Speaker']);
    expect(await card.locator('.why dd').allInnerTexts()).toStrictEqual([...why.found, ...why.speaker]);
    await card.scrollIntoViewIfNeeded();
    await shot('04-peskov-statement');
    // the article title opens the reader at that statement
    await card.locator('.statement-foot .link').click();
    const reader = page.locator('.article-panel');
    await reader.waitFor();
    await reader.locator('mark.stmt.focus').first().waitFor();
    expect((await reader.locator('.article-text').innerText()).includes('assolutamente false')).toBe(true);
    await shot('05-article-reader');
    // a name in the text opens that entity again
    await reader.locator('.mention', { hasText: 'Peskov' }).first().click();
    await page.locator('.entity-panel h2', { hasText: 'Peskov' }).waitFor();
  });

  it('his panel lists every statement he made, those with no target too, his denial among them', async () => {
    // The denial is in what the seed articles say, whatever the extractor makes of it.
    const { documents } = await readInputs([SEEDS]);
    expect(documents.some((document) => document.text.includes('Tutto questo non è vero'))).toBe(true);
    const speaker = (await selectedNode()) as string;
    const said = await page.evaluate(async (id) => {
      const answer = await fetch(`/api/statements?speaker=${encodeURIComponent(id)}&limit=500`);
      return (await answer.json()) as {
        statements: { id: string; quote: string; about: { id: string }[] }[];
        total: number;
      };
    }, speaker);
    expect(said.statements.length).toBe(said.total);
    const denial = said.statements.find((statement) => statement.quote.startsWith('Tutto questo non è vero'));
    expect(denial !== undefined).toBe(true);
    const untargeted = said.statements.filter((statement) => statement.about.length === 0).map((s) => s.id);

    const panel = page.locator('.entity-panel');
    const cards = panel.locator('.statement-card');
    const listed = async () => {
      const more = panel.locator('.statement-list > button', { hasText: /^Show \d+ more/ });
      while ((await more.count()) > 0) await more.click();
      return (await cards.evaluateAll((all) => all.map((card) => card.getAttribute('data-statement-id')))).sort();
    };
    expect(await panel.locator('#tab-by .count').innerText()).toBe(String(said.total));
    expect(await listed()).toStrictEqual(said.statements.map((statement) => statement.id).sort());
    expect(await panel.locator(`[data-statement-id="${denial!.id}"]`).innerText()).toContain('Tutto questo non è vero');
    // The speaker carries the count of what he said about no one, and its pill lists exactly that.
    expect(await panel.locator('[data-said-no-target]').getAttribute('data-said-no-target')).toBe(
      String(untargeted.length),
    );
    await panel.locator('[data-no-target]').click();
    expect(await listed()).toStrictEqual([...untargeted].sort());
    await shot('04b-peskov-no-target');
    await panel.locator('button', { hasText: `Show all ${said.total} statements` }).click();

    // A "spoke about" edge from him weighs the distinct statements he made about its target.
    const weights = await page.evaluate((id) => {
      const { graph } = window.__newsgraph!;
      return graph
        .filterOutEdges(id, (_edge, attributes) => attributes.kind === 'spoke_about')
        .map((edge) => [graph.target(edge), graph.getEdgeAttribute(edge, 'weight')] as [string, number]);
    }, speaker);
    expect(weights.length).toBeGreaterThan(0);
    for (const [target, weight] of weights) {
      const about = said.statements.filter((statement) => statement.about.some((entity) => entity.id === target));
      expect([target, weight]).toStrictEqual([target, new Set(about.map((statement) => statement.id)).size]);
    }
  });

  it('what Peskov said about Musk: the summary filters his statements, the edge lists them', async () => {
    await page.locator('.entity-panel .spoke-summary .pill', { hasText: 'Musk' }).first().click();
    const cards = page.locator('.entity-panel .statement-card');
    const count = await cards.count();
    expect(count > 0).toBe(true);
    for (let i = 0; i < count; i++) expect(await cards.nth(i).locator('.about').innerText()).toContain('Musk');
    await shot('06-peskov-about-musk');
    const edge = await page.evaluate(
      (speaker) => {
        const { graph } = window.__newsgraph!;
        return (
          graph.findOutEdge(
            speaker,
            (_e, a, _s, target) => a.kind === 'spoke_about' && graph.getNodeAttribute(target, 'label').includes('Musk'),
          ) ?? null
        );
      },
      (await selectedNode()) as string,
    );
    expect(edge !== null).toBe(true);
    const url = new URL(page.url());
    url.searchParams.delete('node');
    url.searchParams.set('edge', edge as string);
    await page.goto(url.toString());
    await settled();
    const panel = page.locator('.edge-panel');
    await panel.locator('.statement-card', { hasText: 'assolutamente false' }).first().waitFor();
    expect(await panel.locator('.edge-title').innerText()).toContain('Musk');
    await shot('07-edge-peskov-musk');
  });

  it('double-click expands a node and collapse restores the graph', async () => {
    await page.goto(`${server.url}/?cap=4`);
    await settled();
    const before = await graphNodes();
    expect(before.length).toBe(4);
    // the node with the most neighbours outside the first view
    let target: string | null = null;
    for (const node of before) {
      const { x, y } = await nodeOnScreen(node);
      await page.mouse.dblclick(x, y);
      await page.waitForFunction((id) => new URLSearchParams(location.search).getAll('expand').includes(id), node, {
        timeout: 15_000,
      });
      if ((await graphOrder()) > before.length) {
        target = node;
        break;
      }
    }
    expect(target !== null).toBe(true);
    await settled();
    await shot('08-expanded');
    await page.locator('.entity-panel').waitFor();
    if ((await selectedNode()) !== target) {
      const { x, y } = await nodeOnScreen(target as string);
      await page.mouse.click(x, y);
    }
    await page.locator(`.entity-panel[data-entity-id="${target}"] button`, { hasText: 'Collapse' }).click();
    await page.waitForFunction((n) => window.__newsgraph!.graph.order === n, before.length);
    // expansions of the other first-view nodes added nothing, so collapsing this one restores the first view
    const restored = await graphNodes();
    expect(restored.filter((n) => !before.includes(n))).toStrictEqual([]);
    expect(restored.length).toBe(before.length);
    await shot('09-collapsed');
  });

  it('a type filter hides places without deleting them', async () => {
    await page.goto(`${server.url}/`);
    await settled();
    const count = () =>
      page.evaluate(() => {
        const { graph } = window.__newsgraph!;
        const places = graph.filterNodes((_n, a) => a.entityType === 'Place');
        return {
          total: graph.order,
          places: places.length,
          hiddenPlaces: places.filter((n) => graph.getNodeAttribute(n, 'hidden')).length,
          visibleOthers: graph.filterNodes((_n, a) => a.entityType !== 'Place' && !a.hidden).length,
        };
      });
    const before = await count();
    expect(before.places > 0).toBe(true);
    expect(before.hiddenPlaces).toBe(0);
    await page.locator('input[data-filter-type="Place"]').uncheck();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('hideTypes') === 'Place');
    const after = await count();
    expect(after).toStrictEqual({
      total: before.total,
      places: before.places,
      hiddenPlaces: before.places,
      visibleOthers: before.visibleOthers,
    });
    await shot('10-places-hidden');
  });

  it('a permalink reloads the same selection and filters', async () => {
    await page.locator('.search-input').fill('Peskov');
    await page.locator('[role="option"]', { hasText: 'Peskov' }).first().waitFor();
    await page.locator('.search-input').press('Enter');
    await page.locator('.entity-panel h2', { hasText: 'Peskov' }).waitFor();
    await page.waitForFunction(() => new URLSearchParams(location.search).has('node'));
    const link = page.url();
    const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await other.goto(link);
      await settled(other);
      await other.locator('.entity-panel h2', { hasText: 'Peskov' }).waitFor();
      expect(await selectedNode(other)).toBe(await selectedNode());
      expect(await other.locator('input[data-filter-type="Place"]').isChecked()).toBe(false);
      expect(
        await other.evaluate(
          () => window.__newsgraph!.graph.filterNodes((_n, a) => a.entityType === 'Place' && !a.hidden).length,
        ),
      ).toBe(0);
      await shot('11-permalink', other);
    } finally {
      await other.close();
    }
  });

  it('a publication-date filter keeps what the articles of that period say, beside the statement dates', async () => {
    await page.goto(`${server.url}/`);
    await settled();
    const order = await graphOrder();
    await page.getByLabel('Published from').fill('2022-01');
    await page.getByLabel('Published from').press('Enter');
    await page.getByLabel('Published to').fill('2022-12');
    await page.getByLabel('Published to').press('Enter');
    await page.waitForFunction(() => {
      const params = new URLSearchParams(location.search);
      return params.get('pubFrom') === '2022-01' && params.get('pubTo') === '2022-12' && !params.has('from');
    });
    const expected = await entitiesInScope('from=2022-01&to=2022-12');
    expect(expected.length > 0 && expected.length < order).toBe(true);
    await page.waitForFunction(
      (n) => window.__newsgraph!.graph.filterNodes((_id, a) => !a.hidden).length === n,
      expected.length,
    );
    expect(await visibleEntities()).toStrictEqual(expected);
    expect(await graphOrder()).toBe(order);
    expect(await page.getByLabel('Statements from').inputValue()).toBe('');
    await page.getByLabel('Published to').scrollIntoViewIfNeeded();
    await drawn();
    await shot('15-published-2022');
  });

  it('the source filter lists the outlets with counts and keeps what one published', async () => {
    await page.goto(`${server.url}/`);
    await settled();
    const select = page.locator('select[data-filter="outlet"]');
    await page.waitForFunction(() => document.querySelectorAll('select[data-filter="outlet"] option').length > 1);
    const outlets = await page.evaluate(async () => {
      const response = await fetch('/api/scope/outlets');
      return ((await response.json()) as { outlets: { outlet: string; articles: number; statements: number }[] })
        .outlets;
    });
    // outlets are registrable domains: it.sputniknews.com is sputniknews.com
    expect(outlets.map((o) => [o.outlet, o.articles])).toStrictEqual([
      ['-', 3],
      ['lantidiplomatico.it', 1],
      ['sputniknews.com', 1],
    ]);
    const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
    expect(await select.locator('option').allInnerTexts()).toStrictEqual([
      'All outlets',
      ...outlets.map(
        (o) =>
          `${o.outlet === '-' ? 'No outlet (files without URL or source name)' : o.outlet} (${plural(o.articles, 'article')}, ${plural(o.statements, 'statement')})`,
      ),
    ]);
    await select.selectOption('sputniknews.com');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('outlet') === 'sputniknews.com');
    const expected = await entitiesInScope('outlet=sputniknews.com');
    expect(expected.length > 0).toBe(true);
    await page.waitForFunction(
      (n) => window.__newsgraph!.graph.filterNodes((_id, a) => !a.hidden).length === n,
      expected.length,
    );
    expect(await visibleEntities()).toStrictEqual(expected);
    await select.scrollIntoViewIfNeeded();
    await drawn();
    await shot('16-outlet-sputnik');
  });

  it('statements as nodes: speaker → statement → target, a click opens it, off restores the view', async () => {
    await page.goto(`${server.url}/`);
    await settled();
    const before = await graphPicture();
    const toggle = page.locator('[data-toggle="statement-nodes"]');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__newsgraph!.graph.someNode((_n, a) => a.statement !== undefined));
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(new URL(page.url()).searchParams.get('statements')).toBe('1');
    await page.locator('[data-statement-note]', { hasText: 'Statements as nodes' }).waitFor();
    const layer = await page.evaluate(() => {
      const { graph } = window.__newsgraph!;
      const nodes = graph.filterNodes((_n, a) => a.statement !== undefined);
      return {
        nodes: nodes.length,
        labelled: nodes.every((n) => /^«.+»$/.test(graph.getNodeAttribute(n, 'label'))),
        // every statement node: one speaker in, at least one target out
        wired: nodes.every((n) => graph.inDegree(n) === 1 && graph.outDegree(n) >= 1),
        // a link drawn as statements is hidden in favour of them
        replacedHidden: nodes.every((n) =>
          graph.getNodeAttribute(n, 'statement')!.parents.every((edge) => graph.getEdgeAttribute(edge, 'hidden')),
        ),
        falseNode: nodes.find((n) => graph.getNodeAttribute(n, 'label').includes('assolutamente')) ?? null,
      };
    });
    expect(layer.nodes > 0 && layer.nodes <= 150).toBe(true);
    expect([layer.labelled, layer.wired, layer.replacedHidden]).toStrictEqual([true, true, true]);
    expect(layer.falseNode !== null).toBe(true);
    await shot('17-statements-as-nodes');
    // clicking the statement opens it with its source sentence
    await page.evaluate((id) => {
      const { sigma, graph } = window.__newsgraph!;
      sigma!.refresh();
      const framed = sigma!.viewportToFramedGraph(sigma!.graphToViewport(graph.getNodeAttributes(id)));
      sigma!.getCamera().setState({ x: framed.x, y: framed.y, ratio: 0.08 });
    }, layer.falseNode as string);
    await page.waitForTimeout(300);
    const point = await page.evaluate((id) => {
      const { sigma, graph } = window.__newsgraph!;
      const position = sigma!.graphToViewport(graph.getNodeAttributes(id));
      const box = sigma!.getContainer().getBoundingClientRect();
      return { x: box.left + position.x, y: box.top + position.y };
    }, layer.falseNode as string);
    await page.mouse.click(point.x, point.y);
    const panel = page.locator('.statement-panel');
    await panel.waitFor();
    expect(await selectedNode()).toBe(layer.falseNode);
    const card = panel.locator('.statement-card');
    expect(await card.locator('.quote').innerText()).toContain('assolutamente false');
    expect((await card.locator('.sentence mark').innerText()).includes('assolutamente false')).toBe(true);
    await shot('18-statement-node-panel');
    // the link reproduces it: toggle on, that statement open
    const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await other.goto(page.url());
      await settled(other);
      await other.locator('.statement-panel .statement-card .quote', { hasText: 'assolutamente false' }).waitFor();
      await other.waitForFunction((id) => window.__newsgraph!.graph.hasNode(id), layer.falseNode as string);
      expect(await other.locator('[data-toggle="statement-nodes"]').getAttribute('aria-pressed')).toBe('true');
    } finally {
      await other.close();
    }
    // off: the aggregated view exactly as it was
    await toggle.click();
    await page.waitForFunction(() => !window.__newsgraph!.graph.someNode((_n, a) => a.statement !== undefined));
    expect(await graphPicture()).toStrictEqual(before);
    expect(new URL(page.url()).searchParams.has('statements')).toBe(false);
    expect(await selectedNode()).toBe(null);
    await shot('19-statements-off');
  });

  it("draws with sigma's instanced programs when asked, as it does with a GPU", async () => {
    // Chromium here has software WebGL, so the page draws without instancing unless the
    // address asks otherwise: this is the drawing a machine with a GPU gets.
    const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await other.goto(`${server.url}/?drawing=instanced`);
      await settled(other);
      expect(await other.locator('.graph-canvas').getAttribute('data-drawing')).toBe('instanced');
      await expectPointerFindsIsolatedNode(other);
      // the choice survives the page rewriting its address
      await other.locator('.search-input').fill('Peskov');
      await other.locator('[role="option"]', { hasText: 'Peskov' }).first().waitFor();
      await other.locator('.search-input').press('Enter');
      await other.locator('.entity-panel h2', { hasText: 'Peskov' }).waitFor();
      expect(new URL(other.url()).searchParams.get('node')).not.toBe(null);
      expect(new URL(other.url()).searchParams.get('drawing')).toBe('instanced');
      await shot('20-instanced-drawing', other);
    } finally {
      await other.close();
    }
    expect(await page.locator('.graph-canvas').getAttribute('data-drawing')).toBe('plain');
  });

  it('the reader marks a name that reads otherwise than its entity, and says why', async () => {
    // Which articles hold such a mention depends on the extractor: read them from the API.
    const found = await page.evaluate(async () => {
      const list = (await (await fetch('/api/articles?limit=100')).json()) as { articles: { id: string }[] };
      for (const { id } of list.articles) {
        const article = (await (await fetch(`/api/articles/${encodeURIComponent(id)}`)).json()) as ArticleView;
        const read = article.mentions.filter((mention) => mention.reading);
        if (read.length > 0) return { id, text: article.text, read };
      }
      return null;
    });
    if (!found) throw new Error('no mention of the seed corpus reads otherwise than its entity');
    const reader = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await reader.goto(`${server.url}/?read=${encodeURIComponent(found.id)}`);
      const panel = reader.locator('.article-panel');
      await panel.locator('.article-text').waitFor();
      const marked = await panel
        .locator('.mention.reread')
        .evaluateAll((buttons) =>
          buttons.map((button) => [button.textContent, button.dataset.reading ?? null, button.getAttribute('title')]),
        );
      expect(marked).toStrictEqual(
        found.read.map((mention) => [
          found.text.slice(mention.start, mention.end),
          mention.reading!.type,
          mentionTitle(mention.name, mention.type, mention.reading ?? null),
        ]),
      );
      expect(await panel.locator('.hint .legend-mention.reread').count()).toBe(1);
      await reader.locator('.mention.reread').first().scrollIntoViewIfNeeded();
      await shot('05b-reader-reading', reader);
    } finally {
      await reader.close();
    }
  });

  it('shows an error state when the API is down', async () => {
    await page.route('**/api/**', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ error: 'the store is down', code: 'STORE_DOWN' }),
      }),
    );
    await page.reload();
    const graphError = page.locator('.graph-area [data-state="error"]');
    await graphError.filter({ hasText: 'could not be loaded' }).waitFor();
    expect(await graphError.innerText()).toContain('STORE_DOWN');
    await shot('12-store-down');
    await page.unroute('**/api/**');
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await graphError.locator('button', { hasText: 'Try again' }).click();
    await graphError.filter({ hasText: 'not answering' }).waitFor();
    await shot('13-server-unreachable');
    await page.unroute('**/api/**');
    // an empty database says how to fill it
    await page.route('**/api/health', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          ok: true,
          store: 'grafeo',
          storeUp: true,
          version: 'test',
          stats: { articles: 0, entities: 0, statements: 0, relations: 0, mentions: 0, byType: {} },
          storeLocation: '/srv/newsgraph/store',
        }),
      }),
    );
    await graphError.locator('button', { hasText: 'Try again' }).click();
    const empty = page.locator('.graph-area [data-state="empty"]');
    await empty.filter({ hasText: 'The database is empty' }).waitFor();
    expect(await empty.innerText()).toContain('npm run demo');
    expect(await empty.locator('[data-ingest-command]').innerText()).toBe(
      'npx newsgraph --data /srv/newsgraph/store ingest <folder>',
    );
    await shot('14-empty-database');
    await page.unroute('**/api/health');
    // the server back: trying again recovers without a reload
    await empty.locator('button', { hasText: 'Try again' }).click();
    await settled();
    expect((await graphOrder()) > 0).toBe(true);
  });
});
