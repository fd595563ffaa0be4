import { describe, expect, it } from 'vitest';
import { frameDelay } from './framePacing.ts';

describe('frame pacing', () => {
  it('never delays cheap frames or camera moves', () => {
    expect(frameDelay(1000, 990, 20, false)).toBe(0);
    expect(frameDelay(1000, 990, 3000, true)).toBe(0);
  });

  it('leaves twice the cost of an expensive frame free after it', () => {
    // a 500 ms frame ended at 1000: the next one not before 2000
    expect(frameDelay(1200, 1000, 500, false)).toBe(800);
    expect(frameDelay(2000, 1000, 500, false)).toBe(0);
    expect(frameDelay(2500, 1000, 500, false)).toBe(0);
  });
});
