import { describe, expect, it } from 'vitest';
import { boundedQuery } from './bounds.ts';

describe('boundedQuery', () => {
  it('appends the cap to a final RETURN without LIMIT', () => {
    expect(boundedQuery('UNWIND range(1, 100000000) AS x RETURN x', 11)).toBe(
      'UNWIND range(1, 100000000) AS x RETURN x\nLIMIT 11',
    );
  });

  it('puts the cap on its own line, after a trailing comment', () => {
    expect(boundedQuery('MATCH (n) RETURN n // all of them', 6)).toBe('MATCH (n) RETURN n // all of them\nLIMIT 6');
  });

  it('lowers a larger final LIMIT and keeps a smaller one', () => {
    expect(boundedQuery('MATCH (n) RETURN n ORDER BY n.id LIMIT 500000', 1001)).toBe(
      'MATCH (n) RETURN n ORDER BY n.id LIMIT 1001',
    );
    expect(boundedQuery('MATCH (n) RETURN n LIMIT 20', 1001)).toBe('MATCH (n) RETURN n LIMIT 20');
  });

  it('bounds the final RETURN, not one inside a subquery', () => {
    expect(boundedQuery('CALL { MATCH (n) RETURN n LIMIT 5 } RETURN n', 3)).toBe(
      'CALL { MATCH (n) RETURN n LIMIT 5 } RETURN n\nLIMIT 3',
    );
  });

  it('leaves alone what a LIMIT at the end cannot bound', () => {
    expect(boundedQuery('MATCH (a) RETURN a.id AS id UNION MATCH (b) RETURN b.id AS id', 3)).toBe(null);
    expect(boundedQuery('MATCH (n) RETURN n LIMIT $most', 3)).toBe(null);
    expect(boundedQuery('CALL db.labels() YIELD label', 3)).toBe(null);
    expect(boundedQuery("RETURN 'open", 3)).toBe(null);
  });
});
