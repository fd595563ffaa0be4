import { describe, expect, it } from 'vitest';
import { bufferPrograms, byZIndex, pickingIndex } from './slicedIndexing.ts';
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

describe('pickingIndex', () => {
  it("answers sigma's look-up by picking id as sigma's own index does: nodes first, then edges, from 1", () => {
    const index = pickingIndex(['', 'a', 'b', 'a->b'], 2);
    expect([index[1], index[2], index[3]]).toStrictEqual([
      { type: 'node', id: 'a' },
      { type: 'node', id: 'b' },
      { type: 'edge', id: 'a->b' },
    ]);
  });

  it('answers nothing for the background (0), an id past the last item or a key that is no id', () => {
    const index = pickingIndex(['', 'a'], 1) as Record<string, unknown>;
    expect([index[0], index[2], index[-1], index['1.5'], index.toString]).toStrictEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
