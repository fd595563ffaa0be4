import { describe, expect, it } from 'vitest';
import { EXAMPLE_QUERIES } from './examples.ts';
import { missingParams } from './params.ts';
import { parameterNames } from './scan.ts';

describe('EXAMPLE_QUERIES', () => {
  it('covers the five questions analysts ask', () => {
    expect(EXAMPLE_QUERIES.map((example) => example.title)).toStrictEqual([
      'Statements by a speaker about a target',
      'Everyone who spoke about someone',
      'Shortest path between two people',
      'Most-quoted speakers',
      'Statements in a date range',
    ]);
  });

  it('gives exactly the parameters each query uses', () => {
    for (const example of EXAMPLE_QUERIES) {
      expect(missingParams(example.query, example.params)).toStrictEqual([]);
      expect(Object.keys(example.params).sort()).toStrictEqual(parameterNames(example.query).sort());
    }
  });
});
