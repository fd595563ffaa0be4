import { describe, expect, it } from 'vitest';
import type { CypherResult } from '../contract/cypher.ts';
import { formatResult, parseParam, valueText } from './format.ts';

const result: CypherResult = {
  columns: ['p', 'n'],
  rows: [
    [
      {
        $type: 'node',
        elementId: 'n:1',
        labels: ['Person'],
        properties: { name: 'Dmitry Peskov', id: 'person:dmitry-peskov' },
      },
      2,
    ],
    ['a, "b"', null],
  ],
  truncated: true,
  rowCap: 2,
  elapsedMs: 3,
};

describe('valueText', () => {
  it('prints a node in Cypher notation with its preferred keys first', () => {
    expect(valueText(result.rows[0]![0]!)).toBe('(:Person {name: "Dmitry Peskov", id: "person:dmitry-peskov"})');
  });

  it('cuts long strings', () => {
    expect(valueText('abcdefghij', 5)).toBe('"abcd…"');
  });
});

describe('formatResult', () => {
  it('renders an aligned table with the row count and the cap', () => {
    expect(formatResult(result, 'table')).toBe(
      [
        '+---------------------------------------------------------------+------+',
        '| p                                                             | n    |',
        '+---------------------------------------------------------------+------+',
        '| (:Person {name: "Dmitry Peskov", id: "person:dmitry-peskov"}) | 2    |',
        '| "a, \\"b\\""                                                    | null |',
        '+---------------------------------------------------------------+------+',
        '2 rows (cut at the row cap of 2), 3 ms',
      ].join('\n'),
    );
  });

  it('renders CSV with quoting', () => {
    expect(formatResult(result, 'csv').split('\n')[2]).toBe('"a, ""b""",');
  });

  it('escapes CSV cells a spreadsheet would run as a formula, header included; numbers stay numbers', () => {
    const formulas: CypherResult = {
      columns: ['=cmd', 'plain'],
      rows: [
        ['=1+2', '+39 06 1234'],
        ['-2+3', '@SUM(A1:A2)'],
        ['\tTAB', '\rCR'],
        ['=HYPERLINK("https://example.com","x")', 'a=b'],
        [-5, null],
      ],
      truncated: false,
      rowCap: 10,
      elapsedMs: 1,
    };
    expect(formatResult(formulas, 'csv')).toBe(
      [
        `"'=cmd",plain`,
        `"'=1+2","'+39 06 1234"`,
        `"'-2+3","'@SUM(A1:A2)"`,
        `"'\tTAB","'\rCR"`,
        `"'=HYPERLINK(""https://example.com"",""x"")",a=b`,
        `-5,`,
      ].join('\n'),
    );
  });
});

describe('parseParam', () => {
  it('reads JSON values and falls back to strings', () => {
    expect(parseParam('limit=5')).toStrictEqual(['limit', 5]);
    expect(parseParam('name=Dmitry Peskov')).toStrictEqual(['name', 'Dmitry Peskov']);
    expect(parseParam('ids=["a","b"]')).toStrictEqual(['ids', ['a', 'b']]);
  });

  it('refuses a malformed parameter', () => {
    expect(() => parseParam('=5')).toThrow('a parameter is name=value, got "=5"');
    expect(() => parseParam('1x=5')).toThrow('not a parameter name: "1x"');
  });
});
