import { describe, expect, it } from 'vitest';
import { positionAt, positionOf, tokenize } from './tokens.ts';

describe('tokenize', () => {
  it('ends a number where the Cypher grammar does', () => {
    const split = (query: string) => tokenize(query).map((token) => [token.kind, token.text]);
    expect(split('1CREATE')).toStrictEqual([
      ['number', '1'],
      ['word', 'CREATE'],
    ]);
    expect(split('1.5e3SET 0x1FZ 0o17Q 1e 1.x 1_000')).toStrictEqual([
      ['number', '1.5e3'],
      ['word', 'SET'],
      ['number', '0x1F'],
      ['word', 'Z'],
      ['number', '0o17'],
      ['word', 'Q'],
      ['number', '1'],
      ['word', 'E'],
      ['number', '1'],
      ['punct', '.'],
      ['word', 'X'],
      ['number', '1_000'],
    ]);
  });

  it('keeps strings with escapes, backticked names with doubled backticks, parameters and numbers whole', () => {
    expect(tokenize("RETURN 'it\\'s', `a``b`, $p, 1.5e3, 1..2").map((token) => [token.kind, token.text])).toStrictEqual(
      [
        ['word', 'RETURN'],
        ['string', "'it\\'s'"],
        ['punct', ','],
        ['quoted', 'a`b'],
        ['punct', ','],
        ['parameter', '$p'],
        ['punct', ','],
        ['number', '1.5e3'],
        ['punct', ','],
        ['number', '1'],
        ['punct', '.'],
        ['punct', '.'],
        ['number', '2'],
      ],
    );
  });
});
describe('positions', () => {
  it('converts between offsets and 1-based lines and columns', () => {
    const query = 'MATCH (n)\nRETURN n\nLIMIT 1';
    expect(positionAt(query, 19)).toStrictEqual({ line: 3, column: 1, offset: 19 });
    expect(positionOf(query, 2, 8)).toStrictEqual({ line: 2, column: 8, offset: 17 });
  });
});
