import { describe, expect, it } from 'vitest';
import { layoutBudgetMs, publishIntervalMs } from './layoutRunner.ts';

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
