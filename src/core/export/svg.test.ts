import { describe, expect, it } from 'vitest';
import { boxesOverlap, placeLabels } from '../graph/labelPlacement.ts';
import { arrowheadPoints, escapeXml, sceneToSvg } from './svg.ts';

describe('sceneToSvg', () => {
  it('writes a two-node graph exactly', () => {
    const svg = sceneToSvg({
      width: 200,
      height: 100,
      background: '#ffffff',
      nodes: [
        { id: 'person:a', x: 20, y: 50, size: 5.004, color: '#e07a5f' },
        { id: 'place:b', x: 180.456, y: 50, size: 8, color: '#3d405b' },
      ],
      labels: [{ node: 'person:a', text: 'Anna & Co', x: 28, y: 42, width: 60, height: 16 }],
      edges: [
        { id: 'e1', x1: 20, y1: 50, x2: 180.456, y2: 50, size: 1, color: '#ccc', directed: true, targetSize: 8 },
        { id: 'e2', x1: 180.456, y1: 50, x2: 20, y2: 50, size: 1, color: '#ddd', directed: false, targetSize: 5 },
      ],
    });
    expect(svg).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">',
        '<rect width="200" height="100" fill="#ffffff"/>',
        '<g class="edges" stroke-linecap="round">',
        '<line data-id="e1" x1="20" y1="50" x2="180.46" y2="50" stroke="#ccc" stroke-width="1"/>',
        '<line data-id="e2" x1="180.46" y1="50" x2="20" y2="50" stroke="#ddd" stroke-width="1"/>',
        '</g>',
        '<g class="arrowheads">',
        '<polygon data-edge="e1" points="172.46,50 166.46,53 166.46,47" fill="#ccc"/>',
        '</g>',
        '<g class="nodes">',
        '<circle data-id="person:a" cx="20" cy="50" r="5" fill="#e07a5f"/>',
        '<circle data-id="place:b" cx="180.46" cy="50" r="8" fill="#3d405b"/>',
        '</g>',
        '<g class="labels" font-family="sans-serif" font-size="12" fill="#222" stroke="#ffffff" stroke-opacity="0.9" stroke-linejoin="round" paint-order="stroke" dominant-baseline="central">',
        '<text data-node="person:a" x="30" y="50" stroke-width="4" textLength="56" lengthAdjust="spacingAndGlyphs">Anna &amp; Co</text>',
        '</g>',
        '</svg>',
        '',
      ].join('\n'),
    );
  });

  it('writes the legend, one entry a line, and the source line under the graph, taller by their height', () => {
    const svg = sceneToSvg({
      width: 300,
      height: 100,
      background: '#ffffff',
      nodes: [{ id: 'p', x: 10, y: 10, size: 4, color: '#4E79A7' }],
      edges: [],
      labels: [],
      notes: {
        legend: [
          { mark: 'dot', label: 'Anna Bellò’s community (3)', color: '#4E79A7' },
          { mark: 'dot', label: '2 smaller groups (2)', color: '#A9AEB6' },
          { mark: 'line', label: 'Spoke about', color: '#C0392B' },
        ],
        source: 'newsgraph · 5 articles · explorer view · 2026-12-06',
        measure: (text) => text.length * 5,
      },
    });
    // 100 + 12 + 3 lines of 20 + the source line's 20 + 12
    expect(svg.split('\n').slice(1, 3)).toStrictEqual([
      '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="204" viewBox="0 0 300 204">',
      '<rect width="300" height="204" fill="#ffffff"/>',
    ]);
    const notes = svg.slice(svg.indexOf('<g class="notes"'), svg.indexOf('</svg>'));
    expect(notes.split('\n')).toStrictEqual([
      '<g class="notes" font-family="sans-serif" font-size="12" dominant-baseline="central">',
      '<line x1="0" y1="100.5" x2="300" y2="100.5" stroke="#D0D5DD" stroke-width="1"/>',
      '<g class="legend-entry" data-mark="dot" data-color="#4E79A7"><circle cx="18" cy="122" r="5" fill="#4E79A7"/><text x="30" y="122" fill="#222222">Anna Bellò’s community (3)</text></g>',
      '<g class="legend-entry" data-mark="dot" data-color="#A9AEB6"><circle cx="18" cy="142" r="5" fill="#A9AEB6"/><text x="30" y="142" fill="#222222">2 smaller groups (2)</text></g>',
      '<g class="legend-entry" data-mark="line" data-color="#C0392B"><line x1="12" y1="162" x2="24" y2="162" stroke="#C0392B" stroke-width="3"/><text x="30" y="162" fill="#222222">Spoke about</text></g>',
      '<text x="12" y="182" class="source" fill="#555555">newsgraph · 5 articles · explorer view · 2026-12-06</text>',
      '</g>',
      '',
    ]);
  });

  it('wraps a community name too long for the width onto more lines, the mark on its first', () => {
    const svg = sceneToSvg({
      width: 200,
      height: 100,
      background: '#ffffff',
      nodes: [],
      edges: [],
      labels: [],
      notes: {
        legend: [
          { mark: 'dot', label: 'Associazione nazionale dei comuni italiani (12)', color: '#4E79A7' },
          { mark: 'line', label: 'Spoke about', color: '#C0392B' },
        ],
        source: 'newsgraph · 5 articles',
        // 5 px a character: a line of text is 200 - 2 × 12 - 18 = 158 px, 31 characters.
        measure: (text) => text.length * 5,
      },
    });
    // 100 + 12 + (2 + 1 legend lines + 1 source line) × 20 + 12
    expect(svg.split('\n')[1]).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="204" viewBox="0 0 200 204">',
    );
    const notes = svg.slice(svg.indexOf('<g class="notes"'), svg.indexOf('</svg>'));
    expect(notes.split('\n').slice(2)).toStrictEqual([
      '<g class="legend-entry" data-mark="dot" data-color="#4E79A7"><circle cx="18" cy="122" r="5" fill="#4E79A7"/><text x="30" y="122" fill="#222222"><tspan x="30" y="122">Associazione nazionale dei</tspan><tspan x="30" y="142">comuni italiani (12)</tspan></text></g>',
      '<g class="legend-entry" data-mark="line" data-color="#C0392B"><line x1="12" y1="162" x2="24" y2="162" stroke="#C0392B" stroke-width="3"/><text x="30" y="162" fill="#222222">Spoke about</text></g>',
      '<text x="12" y="182" class="source" fill="#555555">newsgraph · 5 articles</text>',
      '</g>',
      '',
    ]);
  });

  it('keeps a label inside the canvas and to the width the screen measured, in any font', () => {
    const svg = sceneToSvg({
      width: 200,
      height: 100,
      background: '#ffffff',
      nodes: [{ id: 'p', x: 190, y: 96, size: 4, color: '#4E79A7' }],
      edges: [],
      // A box a rounding left 6 px past the right edge and 2 px under the bottom.
      labels: [{ node: 'p', text: 'Commissione europea per i diritti', x: 96, y: 86, width: 110, height: 16 }],
    });
    const label = svg.split('\n').find((line) => line.startsWith('<text data-node="p"'));
    expect(label).toBe(
      '<text data-node="p" x="92" y="92" stroke-width="4" textLength="106" lengthAdjust="spacingAndGlyphs">Commissione europea per i diritti</text>',
    );
  });

  it('writes an empty view as a background only', () => {
    const svg = sceneToSvg({
      width: 10,
      height: 10,
      background: 'white',
      nodes: [],
      edges: [],
      labels: [],
      labelFont: 'Inter, "Segoe UI"',
    });
    expect(svg.includes('<circle')).toBe(false);
    expect(svg.includes('font-family="Inter, &quot;Segoe UI&quot;"')).toBe(true);
  });
});

describe('the labels of a crowded view', () => {
  // Nine nodes in a tight cluster with long names, drawn at the screen's label settings
  // (labelLayer.ts: 12 px text, a 2 px halo, 3 px from the disc, 2 px apart).
  const LABEL_SIZE = 12;
  const HALO = 2;
  const nodes = [
    { id: 'a', x: 200, y: 150, size: 12 },
    { id: 'b', x: 230, y: 150, size: 10 },
    { id: 'c', x: 170, y: 150, size: 9 },
    { id: 'd', x: 200, y: 122, size: 8 },
    { id: 'e', x: 200, y: 178, size: 8 },
    { id: 'f', x: 228, y: 176, size: 6 },
    { id: 'g', x: 172, y: 124, size: 6 },
    { id: 'h', x: 230, y: 124, size: 5 },
    { id: 'i', x: 170, y: 176, size: 5 },
  ].map((node) => ({ ...node, color: '#0072B2' }));
  const text = (id: string) => `Entity ${id.toUpperCase()} with a long name`;
  /** Widths as a canvas would measure them: 6 px a character here, plus the halo on both sides. */
  const widthOf = (id: string) => text(id).length * 6 + 2 * HALO;
  const boxes = placeLabels(
    nodes.map((node) => ({ node: node.id, x: node.x, y: node.y, size: node.size, width: widthOf(node.id) })),
    { width: 400, height: 300, labelHeight: LABEL_SIZE + 2 * HALO, gap: 3, padding: 2, maxLabels: 400 },
  );
  const svg = sceneToSvg({
    width: 400,
    height: 300,
    background: '#ffffff',
    nodes,
    edges: [],
    labels: boxes.map((box) => ({ ...box, text: text(box.node) })),
    labelSize: LABEL_SIZE,
  });
  /** Each label's box read back from the SVG: the text starts one halo in and is centred in height. */
  const drawn = [...svg.matchAll(/<text data-node="(\w)" x="([\d.-]+)" y="([\d.-]+)"/g)].map(([, node, x, y]) => ({
    node: node!,
    x: Number(x) - HALO,
    y: Number(y) - (LABEL_SIZE + 2 * HALO) / 2,
    width: widthOf(node!),
    height: LABEL_SIZE + 2 * HALO,
  }));
  /** Which side of its node a label's box lies on. */
  const sideOf = (box: { node: string; x: number; y: number; width: number; height: number }) => {
    const node = nodes.find((n) => n.id === box.node)!;
    const vertical = box.y >= node.y + node.size ? 'below' : box.y + box.height <= node.y - node.size ? 'above' : '';
    const horizontal = box.x >= node.x + node.size ? 'right' : box.x + box.width <= node.x - node.size ? 'left' : '';
    return [vertical, horizontal].filter(Boolean).join('-');
  };

  it('draws every label placed, none overlapping another', () => {
    expect(drawn.map((box) => box.node)).toStrictEqual(boxes.map((box) => box.node));
    expect(drawn.length).toBeGreaterThan(4);
    for (const [i, a] of drawn.entries())
      for (const b of drawn.slice(i + 1)) expect(boxesOverlap(a, b), `${a.node} and ${b.node}`).toBe(false);
  });

  it('puts each label on the side of its node that the placement chose, not always on its right', () => {
    expect(drawn.map(sideOf)).toStrictEqual(boxes.map(sideOf));
    expect(drawn.map((box) => box.x)).toStrictEqual(boxes.map((box) => box.x));
    expect(drawn.map((box) => box.y)).toStrictEqual(boxes.map((box) => box.y));
    const sides = new Set(drawn.map(sideOf));
    expect(sides.has('right')).toBe(true);
    expect([...sides].some((side) => side !== 'right')).toBe(true);
  });
});

describe('arrowheadPoints', () => {
  const edge = { id: 'e', x1: 0, y1: 0, x2: 0, y2: 100, size: 4, color: '#000', directed: true, targetSize: 10 };

  it('puts the tip on the target circle, three stroke widths long and half as wide', () => {
    expect(arrowheadPoints(edge)).toBe('0,90 -6,78 6,78');
  });

  it('draws none when the ends overlap', () => {
    expect(arrowheadPoints({ ...edge, y2: 5 })).toBe(null);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
