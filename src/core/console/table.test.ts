import { describe, expect, it } from 'vitest';
import type { CypherValue, GraphNodeValue } from '../../../contract/cypher.ts';
import { cellText, compareValues, nextSort, sortedRowIndices, tableText } from './table.ts';

const peskov: GraphNodeValue = {
  $type: 'node',
  elementId: 'n:1',
  labels: ['Entity', 'Person'],
  properties: { id: 'person:dmitry-peskov', name: 'Dmitry Peskov' },
};
const statement: GraphNodeValue = {
  $type: 'node',
  elementId: 'n:2',
  labels: ['Statement'],
  properties: { id: 's1', quote: 'assolutamente false' },
};

describe('cellText', () => {
  it('writes scalars, lists and maps', () => {
    expect(cellText(null)).toBe('null');
    expect(cellText('testo')).toBe('testo');
    expect(cellText(3.5)).toBe('3.5');
    expect(cellText(false)).toBe('false');
    expect(cellText(['a', 1, null])).toBe('["a", 1, null]');
    expect(cellText({ name: 'x', n: 2 })).toBe('{name: "x", n: 2}');
  });

  it('writes nodes, relationships and paths the Cypher way, with a readable name', () => {
    expect(cellText(peskov)).toBe('(:Person {name: "Dmitry Peskov"})');
    expect(cellText(statement)).toBe('(:Statement {quote: "assolutamente false"})');
    const said = {
      $type: 'relationship',
      elementId: 'r:1',
      type: 'SAID',
      startNodeElementId: 'n:1',
      endNodeElementId: 'n:2',
      properties: {},
    } as const;
    expect(cellText(said)).toBe('[:SAID]');
    expect(cellText({ $type: 'path', nodes: [peskov, statement], relationships: [said] })).toBe(
      '(:Person {name: "Dmitry Peskov"})-[:SAID]->(:Statement {quote: "assolutamente false"})',
    );
  });

  it('writes a path walked against a relationship with <-, and one of unknown ends without an arrow', () => {
    const kremlin: GraphNodeValue = {
      $type: 'node',
      elementId: 'n:3',
      labels: ['Entity', 'Organization'],
      properties: { name: 'Cremlino' },
    };
    const said = {
      $type: 'relationship',
      elementId: 'r:1',
      type: 'SAID',
      startNodeElementId: 'n:1',
      endNodeElementId: 'n:2',
      properties: {},
    } as const;
    const spokesperson = { ...said, elementId: 'r:2', type: 'SPOKESPERSON_OF', endNodeElementId: 'n:3' };
    expect(cellText({ $type: 'path', nodes: [statement, peskov, kremlin], relationships: [said, spokesperson] })).toBe(
      '(:Statement {quote: "assolutamente false"})<-[:SAID]-(:Person {name: "Dmitry Peskov"})-[:SPOKESPERSON_OF]->(:Organization {name: "Cremlino"})',
    );
    const elsewhere = { ...said, startNodeElementId: 'n:8', endNodeElementId: 'n:9' };
    expect(cellText({ $type: 'path', nodes: [peskov, statement], relationships: [elsewhere] })).toBe(
      '(:Person {name: "Dmitry Peskov"})-[:SAID]-(:Statement {quote: "assolutamente false"})',
    );
  });
});

describe('sorting', () => {
  const rows: CypherValue[][] = [
    ['b', 10],
    [null, 2],
    ['a', null],
    ['c', 2],
  ];

  it('compares numbers as numbers and puts nulls last', () => {
    expect(compareValues(9, 10) < 0).toBe(true);
    expect(compareValues(null, 1)).toBe(1);
    expect(compareValues('x', null)).toBe(-1);
    expect(compareValues(null, null)).toBe(0);
  });

  it('sorts rows by a column, stably, nulls last both ways', () => {
    expect(sortedRowIndices(rows, null)).toStrictEqual([0, 1, 2, 3]);
    expect(sortedRowIndices(rows, { column: 0, direction: 'asc' })).toStrictEqual([2, 0, 3, 1]);
    expect(sortedRowIndices(rows, { column: 0, direction: 'desc' })).toStrictEqual([3, 0, 2, 1]);
    expect(sortedRowIndices(rows, { column: 1, direction: 'asc' })).toStrictEqual([1, 3, 0, 2]);
    expect(sortedRowIndices(rows, { column: 1, direction: 'desc' })).toStrictEqual([0, 1, 3, 2]);
  });

  it('cycles a header through ascending, descending and unsorted', () => {
    expect(nextSort(null, 1)).toStrictEqual({ column: 1, direction: 'asc' });
    expect(nextSort({ column: 1, direction: 'asc' }, 1)).toStrictEqual({ column: 1, direction: 'desc' });
    expect(nextSort({ column: 1, direction: 'desc' }, 1)).toBe(null);
    expect(nextSort({ column: 1, direction: 'desc' }, 0)).toStrictEqual({ column: 0, direction: 'asc' });
  });
});

describe('tableText', () => {
  const result = {
    columns: ['speaker', 'quote'],
    rows: [[peskov, 'disse "no", poi\tandò'] as CypherValue[], ['Putin', 'a,b\nc']],
  };

  it('writes TSV in the given order, tabs and newlines flattened', () => {
    expect(tableText(result, [1, 0], 'tsv')).toBe(
      'speaker\tquote\nPutin\ta,b c\n(:Person {name: "Dmitry Peskov"})\tdisse "no", poi andò\n',
    );
  });

  it('writes CSV with RFC 4180 quoting', () => {
    expect(tableText(result, [0, 1], 'csv')).toBe(
      'speaker,quote\r\n"(:Person {name: ""Dmitry Peskov""})","disse ""no"", poi\tandò"\r\nPutin,"a,b\nc"\r\n',
    );
  });

  it('escapes CSV cells a spreadsheet would run as a formula (not numbers); TSV keeps them', () => {
    const formulas = {
      columns: ['=cmd', 'cell'],
      rows: [
        ['=1+2', '+39'],
        ['-2', '@SUM(A1)'],
        ['\tx', '\ry'],
        ['a=b', -5],
      ] as CypherValue[][],
    };
    expect(tableText(formulas, [0, 1, 2, 3], 'csv')).toBe(
      `"'=cmd",cell\r\n"'=1+2","'+39"\r\n"'-2","'@SUM(A1)"\r\n"'\tx","'\ry"\r\na=b,-5\r\n`,
    );
    expect(tableText(formulas, [0], 'tsv')).toBe('=cmd\tcell\n=1+2\t+39\n');
  });
});
