// Colour by community in a real Chromium on the seed corpus: nodes keep their type colour by
// default; "Community" in the filters colours them so that the members of each community
// (computed again here, from the page's graph, by the same module) share one colour, and the
// largest communities each have their own; the legend's counts add up to the nodes drawn;
// the URL says color=community and reproduces the same colours and legend after a reload.
// Exports of the coloured view keep it: the GEXF's viz colour and `community` attribute, the
// SVG's circles and legend, and the PNG's pixels are the screen's community colours.

import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMUNITY_COLORS, COMMUNITY_REST_COLOR, TYPE_COLORS } from '../../src/consts.ts';
import { graphCommunities } from '../../src/core/graph/communities.ts';
import { createExplorerGraph } from '../../src/core/graph/explorerGraph.ts';
import { downloadExport, openExplorer, screenshot, settled, startDemo, type Demo } from './harness.ts';

let demo: Demo;
let page: Page;

beforeAll(async () => {
  demo = await startDemo();
  page = await openExplorer(demo);
});

const download = async (format: string): Promise<Buffer> => (await downloadExport(page, format)).bytes;

afterAll(async () => {
  await demo?.close();
});

interface Drawn {
  /** Drawn colour of each visible node. */
  colors: Record<string, string>;
  types: Record<string, string>;
  /** The page's graph, serialized. */
  graph: ReturnType<ReturnType<typeof createExplorerGraph>['export']>;
}

const drawnNodes = (): Promise<Drawn> =>
  page.evaluate(() => {
    const { graph, sigma } = window.__newsgraph!;
    const colors: Record<string, string> = {};
    const types: Record<string, string> = {};
    graph.forEachNode((node, a) => {
      if (a.hidden) return;
      colors[node] = sigma!.getNodeDisplayData(node)!.color;
      types[node] = a.entityType;
    });
    return { colors, types, graph: graph.export() };
  });

/** Waits until every visible node is drawn in one of `palette`. */
const drawnIn = (palette: string[]) =>
  page.waitForFunction(
    (colors) => {
      const { graph, sigma } = window.__newsgraph!;
      if (!sigma) return false;
      return graph.everyNode((node, a) => a.hidden || colors.includes(sigma.getNodeDisplayData(node)?.color ?? ''));
    },
    palette,
    { timeout: 20_000 },
  );

const legend = () =>
  page.$$eval('[data-community-legend] li', (items) =>
    items.map((li) => ({
      text: (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
      color: li.getAttribute('data-color'),
      count: Number(li.getAttribute('data-count')),
    })),
  );

/** How many other drawn entities `node` is linked to by a drawn link. */
function linkedTo(graph: ReturnType<typeof createExplorerGraph>, node: string): number {
  const others = new Set<string>();
  graph.forEachEdge(node, (_edge, a, source, target, sourceAttributes, targetAttributes) => {
    if (a.hidden || sourceAttributes.hidden || targetAttributes.hidden) return;
    if (source !== node) others.add(source);
    if (target !== node) others.add(target);
  });
  return others.size;
}

const COMMUNITY_PALETTE = [...COMMUNITY_COLORS, COMMUNITY_REST_COLOR];

describe('colour by community', () => {
  let before: Drawn;
  let legendBefore: Awaited<ReturnType<typeof legend>>;

  it('keeps type colours by default, with no legend', async () => {
    await drawnIn(Object.values(TYPE_COLORS));
    const drawn = await drawnNodes();
    const nodes = Object.keys(drawn.colors);
    expect(nodes.length).toBeGreaterThan(10);
    for (const node of nodes)
      expect(drawn.colors[node]).toBe(TYPE_COLORS[drawn.types[node] as keyof typeof TYPE_COLORS]);
    expect(await page.$('[data-community-legend]')).toBeNull();
  });

  it('colours each community with one colour and lists them with counts summing to the nodes drawn', async () => {
    await page.getByRole('radiogroup', { name: 'Colour nodes by' }).getByText('Community').click();
    await page.waitForSelector('[data-community-legend]:not([data-updating]) li');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('color') === 'community');
    await drawnIn(COMMUNITY_PALETTE);
    before = await drawnNodes();
    legendBefore = await legend();
    await screenshot(page, 'communities-coloured');

    const graph = createExplorerGraph();
    graph.import(before.graph);
    const { members } = graphCommunities(graph);
    const drawnCount = Object.keys(before.colors).length;
    expect(members.flat().length).toBe(drawnCount);

    // Every community is one colour; the coloured ones (more than one member) each a different one.
    const groupColours = members.map((group) => new Set(group.map((node) => before.colors[node])));
    for (const colours of groupColours) expect(colours.size).toBe(1);
    const own = members
      .map((group, c) => ({ size: group.length, color: [...groupColours[c]!][0]! }))
      .filter((g) => g.color !== COMMUNITY_REST_COLOR);
    expect(own.length).toBeGreaterThan(1);
    expect(new Set(own.map((g) => g.color)).size).toBe(own.length);

    // The legend: one line per coloured community, largest first, named after its most
    // connected person, and one for the rest; the counts add up to the nodes drawn.
    const lines = legendBefore.filter((line) => line.color !== null);
    expect(lines.map((l) => ({ color: l.color, count: l.count }))).toStrictEqual(
      own.map((g) => ({ color: g.color, count: g.size })),
    );
    lines.forEach((line, c) => {
      // Its most connected person (the first listed, most mentioned, among equals), else its
      // most connected entity: counted here from the drawn links.
      const group = members[c]!;
      const people = group.filter((node) => graph.getNodeAttribute(node, 'entityType') === 'Person');
      const leader = (people.length > 0 ? people : group).reduce((best, node) =>
        linkedTo(graph, node) > linkedTo(graph, best) ? node : best,
      );
      expect(line.text).toBe(`${graph.getNodeAttribute(leader, 'label')}’s community (${line.count})`);
    });
    expect(legendBefore.reduce((sum, line) => sum + line.count, 0)).toBe(drawnCount);
  });

  it("exports the community colours: GEXF viz colours and community numbers, the SVG's circles and legend, the PNG's pixels", async () => {
    const graph = createExplorerGraph();
    graph.import(before.graph);
    const { members } = graphCommunities(graph);
    const drawn = Object.keys(before.colors).sort();
    const upper = (colors: Record<string, string>) =>
      Object.fromEntries(Object.entries(colors).map(([node, color]) => [node, color.toUpperCase()]));

    const parsed = gexf.parse(MultiDirectedGraph, (await download('gexf')).toString('utf8'));
    expect(parsed.nodes().sort()).toStrictEqual(drawn);
    const fileColors: Record<string, string> = {};
    const fileCommunities: Record<string, unknown> = {};
    parsed.forEachNode((node, a) => {
      fileColors[node] = String(a.color);
      fileCommunities[node] = a.community;
    });
    expect(upper(fileColors)).toStrictEqual(upper(before.colors));
    expect(fileCommunities).toStrictEqual(
      Object.fromEntries(members.flatMap((group, c) => group.map((node) => [node, c]))),
    );

    const svg = await page.evaluate(
      (text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return {
          circles: Object.fromEntries(
            Array.from(doc.querySelectorAll('.nodes circle')).map((c) => [
              c.getAttribute('data-id'),
              c.getAttribute('fill'),
            ]),
          ),
          legend: Array.from(doc.querySelectorAll('.legend-entry[data-mark="dot"]')).map((entry) => ({
            text: entry.textContent,
            color: entry.getAttribute('data-color'),
          })),
        };
      },
      (await download('svg')).toString('utf8'),
    );
    expect(upper(svg.circles as Record<string, string>)).toStrictEqual(upper(before.colors));
    // The legend lists the communities as the screen's does, the smaller groups last.
    expect(svg.legend).toStrictEqual(
      legendBefore.map((line) => ({ text: line.text, color: line.color ?? COMMUNITY_REST_COLOR })),
    );

    // The PNG, at twice the device's resolution: the pixel at the centre of the drawn node
    // farthest from any other, on which no label is drawn, is its community colour.
    const png = (await download('png')).toString('base64');
    const pixel = await page.evaluate(async (data) => {
      const { graph, sigma } = window.__newsgraph!;
      const labels = sigma!.drawnLabels();
      const points: { node: string; x: number; y: number; size: number }[] = [];
      graph.forEachNode((node) => {
        const display = sigma!.getNodeDisplayData(node);
        if (!display || display.hidden) return;
        const at = sigma!.framedGraphToViewport(display);
        points.push({ node, x: at.x, y: at.y, size: sigma!.scaleSize(display.size) });
      });
      const { width, height } = sigma!.getDimensions();
      let best = { node: '', x: 0, y: 0, distance: -1 };
      for (const p of points) {
        if (p.x < 10 || p.y < 10 || p.x > width - 10 || p.y > height - 10) continue;
        if (labels.some((box) => p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height))
          continue;
        let distance = Infinity;
        for (const q of points) if (q !== p) distance = Math.min(distance, Math.hypot(p.x - q.x, p.y - q.y) - q.size);
        if (distance > best.distance) best = { ...p, distance };
      }
      const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
      const scale = image.width / width;
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const [r, g, b] = context.getImageData(Math.round(best.x * scale), Math.round(best.y * scale), 1, 1).data;
      const hex = (value: number) => value.toString(16).padStart(2, '0');
      return { node: best.node, color: `#${hex(r!)}${hex(g!)}${hex(b!)}`.toUpperCase() };
    }, png);
    expect(pixel.node).not.toBe('');
    expect(pixel.color).toBe(before.colors[pixel.node]!.toUpperCase());
    await page.keyboard.press('Escape');
  });

  it('is reproduced by the URL after a reload', async () => {
    await page.reload();
    await settled(page);
    await page.waitForSelector('[data-community-legend]:not([data-updating]) li');
    await drawnIn(COMMUNITY_PALETTE);
    const after = await drawnNodes();
    expect(after.colors).toStrictEqual(before.colors);
    expect(await legend()).toStrictEqual(legendBefore);
    expect(
      await page
        .getByRole('radiogroup', { name: 'Colour nodes by' })
        .getByRole('radio', { name: 'Community' })
        .isChecked(),
    ).toBe(true);
  });

  it('colours again, in its worker, what a filter change leaves drawn', async () => {
    await page.locator('input[data-filter-type="Place"]').uncheck();
    await page.waitForFunction(() =>
      window.__newsgraph!.graph.everyNode((_node, a) => a.entityType !== 'Place' || a.hidden),
    );
    // The new partition is applied once the legend, no longer updating, counts the nodes drawn now.
    await page.waitForFunction(() => {
      const legend = document.querySelector('[data-community-legend]:not([data-updating])');
      const counted = Array.from(legend?.querySelectorAll('li') ?? []).reduce(
        (sum, li) => sum + Number(li.getAttribute('data-count')),
        0,
      );
      return counted === window.__newsgraph!.graph.filterNodes((_node, a) => !a.hidden).length;
    });
    await drawnIn(COMMUNITY_PALETTE);
    const after = await drawnNodes();
    expect(Object.keys(after.colors).length).toBeLessThan(Object.keys(before.colors).length);
    const graph = createExplorerGraph();
    graph.import(after.graph);
    const { members } = graphCommunities(graph);
    expect(members.flat().sort()).toStrictEqual(Object.keys(after.colors).sort());
    expect(Object.values(after.types).includes('Place')).toBe(false);
    for (const group of members) expect(new Set(group.map((node) => after.colors[node])).size).toBe(1);
    const lines = await legend();
    expect(lines.reduce((sum, line) => sum + line.count, 0)).toBe(Object.keys(after.colors).length);
    await page.locator('input[data-filter-type="Place"]').check();
  });

  it('goes back to type colours and drops the parameter', async () => {
    await page.getByRole('radiogroup', { name: 'Colour nodes by' }).getByText('Type').click();
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('color'));
    await drawnIn(Object.values(TYPE_COLORS));
    expect(await page.$('[data-community-legend]')).toBeNull();
  });
});
