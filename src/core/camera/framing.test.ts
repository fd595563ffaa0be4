import { describe, expect, it } from 'vitest';
import { boxCentre, ratioToFit } from './framing.ts';

describe('boxCentre', () => {
  it('is the middle of the box around the points, not their mean', () => {
    expect(
      boxCentre([
        { x: 0, y: 0 },
        { x: 1, y: 0 },
        { x: 10, y: 4 },
      ]),
    ).toStrictEqual({ x: 5, y: 2 });
    expect(boxCentre([{ x: -3, y: 7 }])).toStrictEqual({ x: -3, y: 7 });
    expect(boxCentre([])).toBe(null);
  });
});

describe('ratioToFit', () => {
  it('zooms out until the farthest offset is inside the margin, on either axis', () => {
    // 800×600 with a 50 px margin leaves 350 px horizontally and 250 px vertically from the centre.
    expect(ratioToFit([{ dx: 700, dy: 0 }], 800, 600, 50, 0.1)).toBe(2);
    expect(ratioToFit([{ dx: -100, dy: -500 }], 800, 600, 50, 0.1)).toBe(2);
    expect(
      ratioToFit(
        [
          { dx: 175, dy: 0 },
          { dx: 0, dy: 375 },
        ],
        800,
        600,
        50,
        0.1,
      ),
    ).toBe(1.5);
  });

  it('zooms in on a tight cluster no further than the least ratio', () => {
    expect(ratioToFit([{ dx: 35, dy: 25 }], 800, 600, 50, 0.1)).toBe(0.1);
    expect(ratioToFit([{ dx: 70, dy: 0 }], 800, 600, 50, 0.1)).toBe(0.2);
    expect(ratioToFit([], 800, 600, 50, 0.25)).toBe(0.25);
  });

  it('keeps a positive room on a viewport smaller than its margins', () => {
    expect(ratioToFit([{ dx: 3, dy: 0 }], 60, 60, 40, 0.1)).toBe(3);
  });
});
