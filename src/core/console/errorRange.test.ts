import { describe, expect, it } from 'vitest';
import { errorRange } from './errorRange.ts';

describe('errorRange', () => {
  it('covers the word at the offset', () => {
    expect(errorRange('CREATE (n:X) RETURN n', { line: 1, column: 1, offset: 0 })).toStrictEqual({ from: 0, to: 6 });
  });

  it('covers one character on punctuation', () => {
    expect(errorRange('MATCH (n RETURN n', { line: 1, column: 10, offset: 9 })).toStrictEqual({ from: 9, to: 15 });
    expect(errorRange('MATCH (n)) RETURN n', { line: 1, column: 10, offset: 9 })).toStrictEqual({ from: 9, to: 10 });
  });

  it('uses line and column when the offset does not fit the text', () => {
    expect(errorRange('MATCH (n)\nRETURN m', { line: 2, column: 8, offset: -1 })).toStrictEqual({ from: 17, to: 18 });
    expect(errorRange('MATCH (n)\nRETURN m', { line: 9, column: 99, offset: 500 })).toStrictEqual({ from: 17, to: 18 });
  });

  it('marks the last character for an error at the end, and nothing in an empty text', () => {
    expect(errorRange('MATCH (n', { line: 1, column: 9, offset: 8 })).toStrictEqual({ from: 7, to: 8 });
    expect(errorRange('', { line: 1, column: 1, offset: 0 })).toStrictEqual({ from: 0, to: 0 });
  });
});
