// The explorer's Export menu in a real Chromium against the seed corpus: each format of the
// current view, of the selection with its neighbors and of the console's result downloads
// a file that parses. Screenshots go to test-results/e2e/export-*.png.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATEMENT_COLUMNS } from '../../server/export/statementsCsv.ts';
import type { RunningServer } from '../../server/main.ts';
import {
  ARTIFACTS,
  downloadExport,
  openExplorer,
  PESKOV_QUERY,
  screenshot,
  settled as waitSettled,
  startDemo,
  type Demo,
} from './harness.ts';

let demo: Demo;
let server: RunningServer;
let page: Page;

async function shot(name: string): Promise<void> {
  await screenshot(page, `export-${name}`);
}

async function writeArtifact(name: string, bytes: Buffer): Promise<void> {
  writeFileSync(path.join(ARTIFACTS, name), bytes);
}

async function settled(): Promise<void> {
  await waitSettled(page);
}

const visibleIds = () =>
  page.evaluate(() => {
    const { graph } = window.__newsgraph!;
    return graph.filterNodes((_node, attributes) => !attributes.hidden).sort();
  });

/** Opens the export menu from the keyboard (focus the button, press Enter). */
async function openMenu(): Promise<void> {
  if ((await page.locator('.export-panel').count()) > 0) return;
  await page.locator('[data-export="toggle"]').focus();
  await page.keyboard.press('Enter');
  await page.locator('.export-panel').waitFor();
}

/** Clicks a format in the export menu and returns the downloaded file's name and bytes. */
const download = (format: string) => downloadExport(page, format);

const sortedNodes = (graph: MultiDirectedGraph) => graph.nodes().sort();

beforeAll(async () => {
  demo = await startDemo();
  expect(demo.ingested.articles).toBe(5);
  ({ server } = demo);
  page = await openExplorer(demo);
  // Hide places so the current view is not the whole graph.
  await page.locator('input[data-filter-type="Place"]').uncheck();
  await page.waitForFunction(() => {
    const { graph } = window.__newsgraph!;
    return (
      graph.filterNodes((_node, attributes) => attributes.entityType === 'Place' && !attributes.hidden).length === 0
    );
  });
});

afterAll(async () => {
  await demo?.close();
});

describe('exporting the current view', () => {
  it('opens from the keyboard and counts the visible entities', async () => {
    const visible = await visibleIds();
    expect(visible.length > 3).toBe(true);
    await openMenu();
    expect(await page.locator('[data-export="count"]').innerText()).toBe(`${visible.length} entities`);
    await shot('01-menu');
  });

  it('the GEXF of the view keeps positions, sizes and colours, and only the links shown', async () => {
    const onScreen = await page.evaluate(() => {
      const { graph } = window.__newsgraph!;
      const nodes = graph
        .filterNodes((_node, attributes) => !attributes.hidden)
        .map((node) => {
          const { x, y, size, color } = graph.getNodeAttributes(node);
          return { node, x, y, size, color };
        });
      const links = graph
        .filterEdges(
          (_edge, attributes, _source, _target, source, target) =>
            !attributes.hidden && !source.hidden && !target.hidden,
        )
        .map((edge) => `${graph.source(edge)} ${graph.getEdgeAttribute(edge, 'kind')} ${graph.target(edge)}`);
      const comentions = graph.filterEdges((_edge, attributes) => attributes.kind === 'comention').length;
      return { nodes, links: [...new Set(links)].sort(), comentions };
    });
    // Co-mentions are in the graph but hidden by default: the file must leave them out.
    expect(onScreen.comentions > 0).toBe(true);
    const { name, bytes } = await download('gexf');
    expect(name).toMatch(/^view-\d{4}-\d{2}-\d{2}\.gexf$/);
    const text = bytes.toString('utf8');
    expect(text.includes('<viz:position')).toBe(true);
    const parsed = gexf.parse(MultiDirectedGraph, text);
    const looks = onScreen.nodes
      .map(({ node }) => {
        const { x, y, size, color } = parsed.getNodeAttributes(node);
        return { node, x, y, size, color: String(color).toUpperCase() };
      })
      .sort((a, b) => (a.node < b.node ? -1 : 1));
    expect(looks).toStrictEqual(
      onScreen.nodes
        .map((look) => ({ ...look, color: look.color.toUpperCase() }))
        .sort((a, b) => (a.node < b.node ? -1 : 1)),
    );
    const links = parsed.mapEdges(
      (_edge, attributes, source, target) => `${source} ${String(attributes.kind)} ${target}`,
    );
    expect([...new Set(links)].sort()).toStrictEqual(onScreen.links);
    expect(links.some((link) => link.includes(' comention '))).toBe(false);
  });

  it('GEXF, GraphML and graphology JSON hold exactly the visible entities', async () => {
    const visible = await visibleIds();
    const fromGexf = await download('gexf');
    expect(fromGexf.name.endsWith('.gexf')).toBe(true);
    expect(sortedNodes(gexf.parse(MultiDirectedGraph, fromGexf.bytes.toString('utf8')))).toStrictEqual(visible);
    const fromGraphml = await download('graphml');
    expect(fromGraphml.name.endsWith('.graphml')).toBe(true);
    expect(sortedNodes(parseGraphml(MultiDirectedGraph, fromGraphml.bytes.toString('utf8')))).toStrictEqual(visible);
    const fromJson = await download('json');
    const graph = MultiDirectedGraph.from(JSON.parse(fromJson.bytes.toString('utf8')));
    expect(sortedNodes(graph)).toStrictEqual(visible);
    expect(graph.size > 0).toBe(true);
  });

  it('the Neo4j CSV zip holds nodes.csv and relationships.csv with importer headers', async () => {
    const { name, bytes } = await download('csv');
    expect(name.endsWith('.zip')).toBe(true);
    const files = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(files).sort()).toStrictEqual(['nodes.csv', 'relationships.csv']);
    expect(strFromU8(files['nodes.csv']!).startsWith('id:ID,:LABEL,')).toBe(true);
    expect(strFromU8(files['relationships.csv']!).startsWith(':START_ID,:END_ID,:TYPE')).toBe(true);
  });

  it('the Cypher script is comments, constraints and MERGE statements', async () => {
    const { name, bytes } = await download('cypher');
    expect(name.endsWith('.cypher')).toBe(true);
    const lines = bytes
      .toString('utf8')
      .split('\n')
      .filter((line) => line !== '');
    const statements = lines.filter((line) => !line.startsWith('//'));
    expect(statements.some((line) => line.startsWith('MERGE (n:Entity'))).toBe(true);
    expect(
      statements.filter(
        (line) =>
          !/^(?:CREATE CONSTRAINT |MERGE |MATCH \(a:\w+ \{id: .*\}\) MATCH \(b:\w+ \{id: .*\}\) MERGE )/.test(line),
      ),
    ).toStrictEqual([]);
  });

  it('the statements CSV has the evidence header', async () => {
    const { name, bytes } = await download('statements-csv');
    expect(name.endsWith('.csv')).toBe(true);
    const text = bytes.toString('utf8');
    // A byte order mark first, so spreadsheets read the file as UTF-8.
    expect(text.split(/\r?\n/)[0]).toBe(`\ufeff${STATEMENT_COLUMNS.join(',')}`);
  });

  it('the PNG is twice the device resolution, with a legend and a source line under the graph', async () => {
    const png = await download('png');
    expect(png.name).toMatch(/^view-\d{4}-\d{2}-\d{2}\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toStrictEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    const [width, height] = [png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)];
    const drawn = await page.evaluate(() => {
      const { width, height } = window.__newsgraph!.sigma!.getDimensions();
      return { width, height, ratio: window.devicePixelRatio };
    });
    expect(width).toBe(drawn.width * drawn.ratio * 2);
    // The legend and the source line take at least two rows of text below the graph.
    expect(height > drawn.height * drawn.ratio * 2 + 40).toBe(true);
    await writeArtifact('export-view.png', png.bytes);
  });

  it('the SVG has one circle per visible entity, one arrowhead per drawn directed edge, and only the labels shown, where the screen placed them', async () => {
    const visible = await visibleIds();
    const onScreen = await page.evaluate(() => {
      const { graph, sigma } = window.__newsgraph!;
      const directed = graph.filterEdges((edge) => {
        const data = sigma!.getEdgeDisplayData(edge);
        return (
          data !== undefined &&
          !data.hidden &&
          (data.type === 'arrow' || data.type === 'curvedArrow') &&
          !sigma!.getNodeDisplayData(graph.source(edge))!.hidden &&
          !sigma!.getNodeDisplayData(graph.target(edge))!.hidden
        );
      });
      const boxes = [...sigma!.drawnLabels()].sort((a, b) => (a.node < b.node ? -1 : 1));
      return { directed: directed.sort(), labels: [...sigma!.getNodeDisplayedLabels()].sort(), boxes };
    });
    expect(onScreen.directed.length > 0).toBe(true);
    const svg = await download('svg');
    expect(svg.name).toMatch(/^view-\d{4}-\d{2}-\d{2}\.svg$/);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror') !== null,
        root: doc.documentElement.nodeName,
        circles: Array.from(doc.querySelectorAll('.nodes circle')).map(
          (circle) => circle.getAttribute('data-id') ?? '',
        ),
        arrowheads: Array.from(doc.querySelectorAll('.arrowheads polygon')).map(
          (arrow) => arrow.getAttribute('data-edge') ?? '',
        ),
        labels: Array.from(doc.querySelectorAll('.labels text')).map((text) => ({
          node: text.getAttribute('data-node') ?? '',
          x: Number(text.getAttribute('x')),
          y: Number(text.getAttribute('y')),
        })),
      };
    }, svg.bytes.toString('utf8'));
    expect([parsed.error, parsed.root]).toStrictEqual([false, 'svg']);
    expect(parsed.circles.sort()).toStrictEqual(visible);
    expect(parsed.arrowheads.sort()).toStrictEqual(onScreen.directed);
    // Each label where the screen placed it: its text one halo (2 px) into its box, centred in height.
    expect(parsed.labels.map((label) => label.node).sort()).toStrictEqual(onScreen.labels);
    const round = (value: number) => Math.round(value * 100) / 100;
    expect(parsed.labels.sort((a, b) => (a.node < b.node ? -1 : 1))).toStrictEqual(
      onScreen.boxes.map((box) => ({ node: box.node, x: round(box.x + 2), y: round(box.y + box.height / 2) })),
    );
    // Drawn in the page, every label and every line of the notes ends inside the picture,
    // each label exactly as wide as the screen measured its box (less its two halos).
    const drawnSvg = await page.evaluate((text) => {
      const holder = document.createElement('div');
      holder.style.cssText = 'position:fixed;left:0;top:0;visibility:hidden';
      holder.innerHTML = text.slice(text.indexOf('<svg'));
      document.body.appendChild(holder);
      const root = holder.querySelector('svg')!;
      const width = Number(root.getAttribute('width'));
      const ends = (selector: string) =>
        Array.from(root.querySelectorAll<SVGGraphicsElement>(selector)).map((element) => {
          const box = element.getBBox();
          return {
            node: element.getAttribute('data-node') ?? '',
            left: box.x,
            right: box.x + box.width,
            width: box.width,
          };
        });
      const result = { width, labels: ends('.labels text'), notes: ends('.notes text') };
      holder.remove();
      return result;
    }, svg.bytes.toString('utf8'));
    expect(drawnSvg.labels.length).toBe(onScreen.boxes.length);
    expect(drawnSvg.notes.length > 1).toBe(true);
    const outside = [...drawnSvg.labels, ...drawnSvg.notes].filter(
      (box) => box.left < -0.5 || box.right > drawnSvg.width + 0.5,
    );
    expect(outside).toStrictEqual([]);
    // (getBBox adds a glyph's side bearing: under a pixel and a half.)
    const measured = new Map(onScreen.boxes.map((box) => [box.node, box.width - 4]));
    const offWidth = drawnSvg.labels.filter((box) => Math.abs(box.width - (measured.get(box.node) ?? -10)) > 1.5);
    expect(offWidth.map((box) => box.node)).toStrictEqual([]);
    await shot('02-downloaded');
    await page.keyboard.press('Escape');
    expect(await page.locator('.export-panel').count()).toBe(0);
  });
});

describe('exporting the selection and the console result', () => {
  it('the selection with its neighbors', async () => {
    const target = await page.evaluate(() => {
      const { graph } = window.__newsgraph!;
      return graph
        .filterNodes((_node, attributes) => !attributes.hidden)
        .sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1))[0]!;
    });
    await page.goto(`${server.url}/?node=${encodeURIComponent(target)}`);
    await settled();
    await page.locator(`.entity-panel[data-entity-id="${target}"]`).waitFor();
    const expected = await page.evaluate((id) => {
      const { graph } = window.__newsgraph!;
      return [id, ...graph.filterNeighbors(id, (_node, attributes) => !attributes.hidden)].sort();
    }, target);
    await openMenu();
    await page.locator('.export-scope input[value="selection"]').check();
    // With its neighbours by default.
    expect(await page.locator('[data-export="count"]').innerText()).toBe(`${expected.length} entities`);
    await shot('03-selection');
    const label = await page.evaluate((id) => window.__newsgraph!.graph.getNodeAttribute(id, 'label'), target);
    const slug = label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-');
    const { name, bytes } = await download('json');
    expect(name).toBe(`${slug}-neighbours.json`);
    expect(sortedNodes(MultiDirectedGraph.from(JSON.parse(bytes.toString('utf8'))))).toStrictEqual(expected);
    await page.locator('.export-scope input[type="checkbox"]').uncheck();
    expect(await page.locator('[data-export="count"]').innerText()).toBe('1 entity');
    await page.keyboard.press('Escape');
  });

  it("the console's result as GEXF and as statements", async () => {
    await page.getByRole('button', { name: 'Cypher console' }).click();
    const editor = page.locator('.console-panel .cm-content');
    await editor.waitFor();
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(PESKOV_QUERY);
    await Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/api/cypher')),
      page.keyboard.press('Control+Enter'),
    ]);
    await page.waitForFunction(() => !document.querySelector('.console-status')?.textContent?.includes('Running'));
    await page.getByRole('button', { name: 'Replace graph' }).click();
    // Replacing runs a second query (the statements' links) first: wait until it has drawn.
    await page.locator('.console-notice', { hasText: 'Drew' }).waitFor();
    await settled();
    const shown = await page.evaluate(() => window.__newsgraph!.graph.nodes().sort());
    expect(shown.length > 1).toBe(true);
    await openMenu();
    await page.locator('.export-scope input[value="console"]').check();
    expect(await page.locator('[data-export="count"]').innerText()).toBe(`${shown.length} entities`);
    await shot('04-console');
    const fromGexf = await download('gexf');
    expect(sortedNodes(gexf.parse(MultiDirectedGraph, fromGexf.bytes.toString('utf8')))).toStrictEqual(shown);
    const statements = (await download('statements-csv')).bytes.toString('utf8').split(/\r?\n/);
    expect(statements[0]).toBe(`\ufeff${STATEMENT_COLUMNS.join(',')}`);
    expect(statements.some((line) => line.startsWith('Dmitry Peskov,'))).toBe(true);
  });
});
