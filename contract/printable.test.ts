import { describe, expect, it } from 'vitest';
import { printable } from './printable.ts';

describe('printable', () => {
  it('escapes control characters, separators and bidirectional overrides, and nothing else', () => {
    expect(printable('a\nb\r\tc\u001b[31m\u0007\u0085\u2028\u202e\u2066 «Già» \\n')).toBe(
      'a\\nb\\r\\tc\\x1b[31m\\x07\\x85\\u2028\\u202e\\u2066 «Già» \\n',
    );
  });
});
