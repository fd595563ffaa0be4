// Expanding an entity in a real Chromium on the seed corpus: the camera follows the
// neighbours it brings (each ends inside the canvas, even from a camera zoomed in far on
// the entity), and a notice says what the expansion added (or that every neighbour was
// already shown) while the added nodes are ringed.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphPayload } from '../../contract/api.ts';
import type { RunningServer } from '../../server/main.ts';
import { EXPAND_CAP } from '../../src/consts.ts';
import { screenshot, settled, startDemo, type Demo } from './harness.ts';

let demo: Demo;
let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  demo = await startDemo();
  ({ server, browser } = demo);
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});

afterAll(async () => {
  await demo?.close();
});

const graphNodes = () => page.evaluate(() => window.__newsgraph!.graph.nodes().sort());

/** What one double-click on the entity asks the server for. */
const neighbourhood = (id: string) =>
  page.evaluate(
    async ([entity, limit]) => {
      const response = await fetch(`/api/entities/${encodeURIComponent(entity)}/neighborhood?depth=1&limit=${limit}`);
      return (await response.json()) as GraphPayload;
    },
    [id, EXPAND_CAP] as const,
  );

interface Expansion {
  entity: string;
  /** Nodes it adds to those drawn. */
  added: string[];
  /** Neighbours it fetches, and how many the entity has (as the panel counts them). */
  shown: number;
  total: number;
}

/** What expanding `entity` with `drawn` on the graph does, from the API's answer. */
async function expansionOf(entity: string, drawn: string[]): Promise<Expansion> {
  const payload = await neighbourhood(entity);
  const neighbours = payload.nodes.filter((node) => node.id !== entity);
  const added = neighbours.map((node) => node.id).filter((id) => !drawn.includes(id));
  const centreIncluded = payload.nodes.length > neighbours.length;
  const total = Math.max(neighbours.length, payload.totalNodes - (centreIncluded ? 1 : 0));
  return { entity, added: added.sort(), shown: neighbours.length, total };
}

/** Of the entities drawn, the one whose expansion adds the most nodes. */
async function richestExpansion(drawn: string[]): Promise<Expansion> {
  let best: Expansion | null = null;
  for (const entity of drawn) {
    const expansion = await expansionOf(entity, drawn);
    if (!best || expansion.added.length > best.added.length) best = expansion;
  }
  return best!;
}

const noticeText = () => page.locator('[data-notice]').innerText();
const nameOf = (id: string) => page.evaluate((node) => window.__newsgraph!.graph.getNodeAttribute(node, 'label'), id);

/** Zooms far in on a node and returns where it is on the page. */
const zoomOnto = (node: string, ratio: number) =>
  page.evaluate(
    ([id, r]) => {
      const { sigma, graph } = window.__newsgraph!;
      sigma!.refresh();
      const framed = sigma!.viewportToFramedGraph(sigma!.graphToViewport(graph.getNodeAttributes(id)));
      sigma!.getCamera().setState({ x: framed.x, y: framed.y, ratio: r });
      sigma!.refresh();
      const at = sigma!.graphToViewport(graph.getNodeAttributes(id));
      const box = sigma!.getContainer().getBoundingClientRect();
      return { x: box.left + at.x, y: box.top + at.y };
    },
    [node, ratio] as const,
  );

/** The nodes among `ids` drawn outside the canvas, with the camera at rest. */
const outsideCanvas = (ids: string[]) =>
  page.evaluate((nodes) => {
    const { sigma, graph } = window.__newsgraph!;
    const { width, height } = sigma!.getDimensions();
    return nodes.filter((id) => {
      const at = sigma!.graphToViewport(graph.getNodeAttributes(id));
      return !(at.x >= 0 && at.x <= width && at.y >= 0 && at.y <= height);
    });
  }, ids);

describe('expanding an entity', () => {
  it('moves the camera so that every neighbour it added is inside the canvas', async () => {
    await page.goto(`${server.url}/?cap=4`);
    await settled(page);
    const before = await graphNodes();
    const { entity, added, shown, total } = await richestExpansion(before);
    expect(added.length).toBeGreaterThan(0);
    const name = await nameOf(entity);

    // Zoomed in this far, the new neighbours are placed well beyond the canvas's edges.
    const at = await zoomOnto(entity, 0.02);
    await page.mouse.dblclick(at.x, at.y);
    await page.waitForFunction((id) => new URLSearchParams(location.search).getAll('expand').includes(id), entity);
    expect((await graphNodes()).filter((id) => !before.includes(id))).toStrictEqual(added);
    // Told in the notice, in the panel's counts, and ringed on the graph meanwhile.
    const already = shown - added.length;
    expect(await noticeText()).toBe(
      `Added ${added.length} ${added.length === 1 ? 'neighbour' : 'neighbours'} of ${name}` +
        (total > shown ? ` (${shown} of ${total} shown)` : '') +
        (already > 0 ? `; ${already} ${already === 1 ? 'was' : 'were'} already shown` : '') +
        '.',
    );
    expect(
      await page.evaluate(
        (nodes) => nodes.filter((id) => window.__newsgraph!.sigma!.getNodeDisplayData(id)?.highlighted !== true),
        added,
      ),
    ).toStrictEqual([]);
    await settled(page);
    await page.waitForFunction(
      (nodes) => {
        const { sigma, graph, layout } = window.__newsgraph!;
        if (layout !== 'idle' || sigma!.getCamera().isAnimated()) return false;
        const { width, height } = sigma!.getDimensions();
        return nodes.every((id) => {
          const p = sigma!.graphToViewport(graph.getNodeAttributes(id));
          return p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height;
        });
      },
      [entity, ...added],
      { timeout: 15_000 },
    );
    expect(await outsideCanvas([entity, ...added])).toStrictEqual([]);
    await screenshot(page, 'expand-01-framed');
  });

  it('in the overview, says that every neighbour was already shown', async () => {
    await page.goto(`${server.url}/`);
    await settled(page);
    const drawn = await graphNodes();
    let chosen: Expansion | null = null;
    for (const entity of drawn) {
      const expansion = await expansionOf(entity, drawn);
      if (expansion.added.length === 0 && expansion.shown > 1 && expansion.shown === expansion.total) {
        chosen = expansion;
        break;
      }
    }
    expect(chosen).not.toBe(null);
    const { entity, shown } = chosen!;
    const at = await zoomOnto(entity, 0.05);
    await page.mouse.dblclick(at.x, at.y);
    await page.waitForFunction((id) => new URLSearchParams(location.search).getAll('expand').includes(id), entity);
    expect(await noticeText()).toBe(`No new neighbours of ${await nameOf(entity)}: all ${shown} are already shown.`);
    expect(await graphNodes()).toStrictEqual(drawn);
    await screenshot(page, 'expand-02-nothing-new');
  });
});
