import { describe, expect, it } from 'vitest';
import { bufferPrograms, byZIndex } from './slicedIndexing.ts';
import type { SigmaProgram } from './sigmaInternals.ts';

const program = (capacity: number, parts?: SigmaProgram[]): SigmaProgram => ({
  array: new Float32Array(capacity * 2),
  capacity,
  verticesCount: capacity,
  ...(parts ? { programs: parts } : {}),
  reallocate() {},
  process() {},
});

describe('byZIndex', () => {
  it('orders by zIndex ascending, keeping the order of equal ones, as a stable sort', () => {
    const z: Record<string, number | undefined> = { a: 2, b: 0, c: 1, d: 2, e: undefined, f: -1 };
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(byZIndex(items, (item) => z[item])).toStrictEqual(['f', 'b', 'e', 'c', 'a', 'd']);
    expect(byZIndex(items, (item) => z[item])).toStrictEqual([...items].sort((x, y) => (z[x] || 0) - (z[y] || 0)));
  });

  it('leaves items of a single zIndex as they are', () => {
    const items = ['c', 'a', 'b'];
    expect(byZIndex(items, () => 3)).toBe(items);
  });
});

describe('bufferPrograms', () => {
  it("lists a compound program's parts, and no program without a buffer", () => {
    const first = program(3);
    const second = program(3);
    const none = { ...program(0), array: undefined as unknown as Float32Array };
    expect(bufferPrograms(program(3, [first, program(0, [second]), none]))).toStrictEqual([first, second]);
    expect(bufferPrograms(none)).toStrictEqual([]);
  });
});
