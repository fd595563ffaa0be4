import { describe, expect, it } from 'vitest';
import { seededRandom } from './seededRandom.ts';

describe('seededRandom', () => {
  // The POS model (seed 20251207) and the bench corpus (seed 42) were drawn with these sequences: they must not move.
  it('draws the mulberry32 sequence of its seed', () => {
    const corpus = seededRandom(42);
    expect([corpus(), corpus(), corpus(), corpus()]).toStrictEqual([
      0.6011037519201636, 0.44829055899754167, 0.8524657934904099, 0.6697340414393693,
    ]);
    const model = seededRandom(20251207);
    expect([model(), model(), model()]).toStrictEqual([0.9520478523336351, 0.8142235279083252, 0.09270703420042992]);
    const zero = seededRandom(0);
    expect([zero(), zero()]).toStrictEqual([0.26642920868471265, 0.0003297457005828619]);
  });

  it('keeps each generator its own state', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const first = a();
    a();
    expect(b()).toBe(first);
  });
});
