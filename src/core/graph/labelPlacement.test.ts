import { describe, expect, it } from 'vitest';
import { boxesOverlap, placeLabels, type LabelCandidate } from './labelPlacement.ts';

const OPTIONS = { width: 400, height: 300, labelHeight: 10, gap: 2, padding: 0, maxLabels: 100 };
const node = (name: string, x: number, y: number, width = 40, size = 5): LabelCandidate => ({
  node: name,
  x,
  y,
  size,
  width,
});

describe('placeLabels', () => {
  it('puts a lone label right of its node, centred on it', () => {
    expect(placeLabels([node('a', 100, 100)], OPTIONS)).toStrictEqual([
      { node: 'a', x: 107, y: 95, width: 40, height: 10 },
    ]);
  });

  it('moves a label that would cover an earlier one to the left, below or above its node, or one line further out', () => {
    const boxes = placeLabels(
      [node('a', 100, 100), node('b', 120, 100), node('c', 110, 100), node('d', 110, 100), node('e', 110, 100)],
      OPTIONS,
    );
    expect(boxes).toStrictEqual([
      { node: 'a', x: 107, y: 95, width: 40, height: 10 },
      // right of b (127..167) and left of b (73..113) both cross a's label (107..147)
      { node: 'b', x: 100, y: 107, width: 40, height: 10 },
      // right of c crosses a's label; left of c (63..103) is free
      { node: 'c', x: 63, y: 95, width: 40, height: 10 },
      // right: a's label; left: c's; below: b's; above is free
      { node: 'd', x: 90, y: 83, width: 40, height: 10 },
      // every side and corner taken: one line further below is free
      { node: 'e', x: 90, y: 119, width: 40, height: 10 },
    ]);
  });

  it('gives no label to a candidate with no free place, and never two overlapping boxes', () => {
    const crowd = Array.from({ length: 60 }, (_, i) => node(`n${i}`, 150 + (i % 6) * 9, 120 + Math.floor(i / 6) * 7));
    const boxes = placeLabels(crowd, OPTIONS);
    expect(boxes.length).toBeGreaterThan(3);
    expect(boxes.length).toBeLessThan(60);
    for (const a of boxes) for (const b of boxes) if (a !== b) expect(boxesOverlap(a, b)).toBe(false);
    // the first candidates are the most important: the first one always gets its label
    expect(boxes[0]!.node).toBe('n0');
  });

  it('keeps the padding free around every label', () => {
    const boxes = placeLabels([node('a', 100, 100), node('b', 100, 113)], { ...OPTIONS, padding: 4 });
    // b's right place (y 108..118) comes within 4 px of a's label (y 95..105): it goes left (x 53..93)
    expect(boxes.map((box) => [box.node, box.x, box.y])).toStrictEqual([
      ['a', 107, 95],
      ['b', 53, 108],
    ]);
    // without padding the right place is free
    expect(placeLabels([node('a', 100, 100), node('b', 100, 113)], OPTIONS)[1]).toStrictEqual({
      node: 'b',
      x: 107,
      y: 108,
      width: 40,
      height: 10,
    });
  });

  it('leaves out places outside the viewport and stops at maxLabels', () => {
    // right of a node at the right edge is off screen: its label goes left
    expect(placeLabels([node('edge', 399, 100, 40, 0)], OPTIONS)).toStrictEqual([
      { node: 'edge', x: 357, y: 95, width: 40, height: 10 },
    ]);
    expect(placeLabels([node('far', -500, -500)], OPTIONS)).toStrictEqual([]);
    // in the corner the four sides are cut by the edge: the corner beside the node, below right, is whole
    expect(placeLabels([node('corner', 8, 4, 40, 0)], OPTIONS)).toStrictEqual([
      { node: 'corner', x: 10, y: 6, width: 40, height: 10 },
    ]);
    // a label longer than the room on either side is moved inside the viewport, the node being on screen
    expect(placeLabels([node('wide', 100, 150, 399, 0)], OPTIONS)).toStrictEqual([
      { node: 'wide', x: 1, y: 145, width: 399, height: 10 },
    ]);
    expect(placeLabels([node('corner', 30, 4, 40, 0)], OPTIONS)).toStrictEqual([
      { node: 'corner', x: 10, y: 6, width: 40, height: 10 },
    ]);
    const many = Array.from({ length: 10 }, (_, i) => node(`m${i}`, 20, 10 + i * 25));
    expect(placeLabels(many, { ...OPTIONS, maxLabels: 3 }).map((box) => box.node)).toStrictEqual(['m0', 'm1', 'm2']);
  });

  it('takes a corner beside its node when its four sides are taken', () => {
    const blocker = (name: string, x: number, y: number, width: number): LabelCandidate => ({
      ...node(name, x, y, width),
      rightOnly: true,
    });
    const boxes = placeLabels(
      [
        blocker('r', 200, 150, 40), // 207..247 × 145..155: x's right
        blocker('l', 146, 150, 40), // 153..193 × 145..155: x's left
        blocker('b', 188, 162, 10), // 195..205 × 157..167: x's below
        blocker('t', 188, 138, 10), // 195..205 × 133..143: x's above
        node('x', 200, 150),
      ],
      OPTIONS,
    );
    expect(boxes.at(-1)).toStrictEqual({ node: 'x', x: 207, y: 157, width: 40, height: 10 });
    // with the corners taken too, one line further below
    const crowd = placeLabels(
      [
        blocker('r', 200, 150, 40),
        blocker('l', 146, 150, 40),
        blocker('b', 146, 162, 100), // 153..253 × 157..167: x's below and its two corners below
        blocker('t', 146, 138, 100), // 153..253 × 133..143: x's above and its two corners above
        node('x', 200, 150),
      ],
      OPTIONS,
    );
    expect(crowd.at(-1)).toStrictEqual({ node: 'x', x: 180, y: 169, width: 40, height: 10 });
    for (const one of boxes) for (const other of boxes) if (one !== other) expect(boxesOverlap(one, other)).toBe(false);
  });

  it('tries only the right place for a label sigma draws itself', () => {
    const boxes = placeLabels([node('a', 100, 100), { ...node('hovered', 100, 100), rightOnly: true }], OPTIONS);
    expect(boxes.map((box) => box.node)).toStrictEqual(['a']);
  });
});
