import { describe, expect, it } from 'vitest';
import { missingParams, parseParams } from './params.ts';
import { parameterNames } from './scan.ts';

describe('parseParams', () => {
  it('reads an empty box as no parameters', () => {
    expect(parseParams('  \n')).toStrictEqual({ ok: true, params: {} });
  });

  it('reads a JSON object', () => {
    expect(parseParams('{"name": "Dmitry Peskov", "ids": ["a", "b"], "n": 3}')).toStrictEqual({
      ok: true,
      params: { name: 'Dmitry Peskov', ids: ['a', 'b'], n: 3 },
    });
  });

  it('says where the JSON breaks', () => {
    const result = parseParams('{\n  "name": "x",\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.offset).toBe(17);
    expect(result.error.startsWith('Parameters are not valid JSON: ')).toBe(true);
    expect(result.error.endsWith('(line 3, column 1).')).toBe(true);
  });

  it('refuses JSON that is not an object', () => {
    const error = 'Parameters must be a JSON object, e.g. {"name": "Dmitry Peskov"}.';
    expect(parseParams('[1, 2]')).toStrictEqual({ ok: false, error });
    expect(parseParams('null')).toStrictEqual({ ok: false, error });
    expect(parseParams('"name"')).toStrictEqual({ ok: false, error });
  });
});

describe('parameterNames / missingParams', () => {
  it('finds $parameters outside strings and comments, once each', () => {
    expect(
      parameterNames("MATCH (p {name: $name}) WHERE p.x = '$notOne' AND p.y IN $ids // $comment\nRETURN $name"),
    ).toStrictEqual(['name', 'ids']);
  });

  it('lists the parameters the box does not give', () => {
    expect(missingParams('MATCH (a {name: $from}), (b {name: $to}) RETURN a, b', { from: 'x' })).toStrictEqual(['to']);
    expect(missingParams('MATCH (a {name: $from}) RETURN a', { from: null })).toStrictEqual([]);
  });
});
