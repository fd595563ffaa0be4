import { describe, expect, it } from 'vitest';
import { compareCodePoints, compareText } from './decode.ts';

describe('compareCodePoints', () => {
  it('orders by code point, characters beyond U+FFFF after the rest of the BMP', () => {
    const words = ['😀', 'b', '\uFF21', 'B', 'é', 'e', 'ab', 'a', ''];
    expect([...words].sort(compareCodePoints)).toStrictEqual(['', 'B', 'a', 'ab', 'b', 'e', 'é', '\uFF21', '😀']);
    // UTF-16 order puts the emoji (a surrogate pair) before U+FF21.
    expect([...words].sort(compareText).slice(-2)).toStrictEqual(['😀', '\uFF21']);
    expect(compareCodePoints('𝔸', '😀')).toBeLessThan(0);
    expect(compareCodePoints('same', 'same')).toBe(0);
  });
});
