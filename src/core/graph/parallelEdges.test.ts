import { describe, expect, it } from 'vitest';
import { parallelFlagsWalk } from './parallelEdges.ts';
import { runNow } from './slices.ts';

const flags = (sources: number[], targets: number[], nodeCount: number, paused = false) => [
  ...runNow(parallelFlagsWalk(Int32Array.from(sources), Int32Array.from(targets), nodeCount, paused)),
];

describe('parallelFlagsWalk', () => {
  it('flags every edge of a pair joined more than once, in either direction', () => {
    expect(flags([0, 1, 2, 1, 0], [1, 2, 0, 0, 1], 3)).toStrictEqual([1, 0, 0, 1, 1]);
  });

  it('flags two loops on one node, not a loop alone', () => {
    expect(flags([2, 2, 1], [2, 2, 1], 3)).toStrictEqual([1, 1, 0]);
  });

  it('flags no edge with an end outside the positions', () => {
    expect(flags([0, 0, -1, -1], [-1, -1, 1, 1], 2)).toStrictEqual([0, 0, 0, 0]);
  });

  it('gives the same flags run in slices', () => {
    const sources = Array.from({ length: 5000 }, (_, i) => (i * 7) % 300);
    const targets = Array.from({ length: 5000 }, (_, i) => (i * 13) % 300);
    expect(flags(sources, targets, 300, true)).toStrictEqual(flags(sources, targets, 300));
  });
});
