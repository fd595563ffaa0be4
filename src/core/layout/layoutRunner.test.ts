import { describe, expect, it } from 'vitest';
import { forceAtlas2Plan, layoutBudgetMs, publishIntervalMs } from './layoutRunner.ts';

describe('layout pacing', () => {
  it('gives bigger graphs more time, within bounds', () => {
    expect(layoutBudgetMs(10)).toBe(1500);
    expect(layoutBudgetMs(1000)).toBe(3000);
    expect(layoutBudgetMs(50000)).toBe(12000);
  });

  it('updates positions up to 30 times a second, less often on big graphs', () => {
    expect(publishIntervalMs(100)).toBe(1000 / 30);
    expect(publishIntervalMs(5000)).toBe(100);
    expect(publishIntervalMs(50000)).toBe(1000);
  });
});

describe('ForceAtlas2 plan', () => {
  it("keeps graphology's step below 10,000 nodes", () => {
    expect(forceAtlas2Plan(9999, { pinned: false, fresh: true })).toStrictEqual({
      large: false,
      coarseStart: false,
      minIterations: 50,
    });
  });

  it('starts big graphs just loaded coarse-to-fine, with fewer iterations', () => {
    expect(forceAtlas2Plan(10_000, { pinned: false, fresh: true })).toStrictEqual({
      large: true,
      coarseStart: true,
      minIterations: 20,
    });
  });

  it('refines a big layout already shown, or one with pinned nodes, from where it is', () => {
    const plain = { large: true, coarseStart: false, minIterations: 50 };
    expect(forceAtlas2Plan(200_000, { pinned: true, fresh: true })).toStrictEqual(plain);
    expect(forceAtlas2Plan(200_000, { pinned: false, fresh: false })).toStrictEqual(plain);
  });
});
