import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { fromGrafeo, fromNeo4j, grafeoRow, type Neo4jKinds } from './records.ts';

describe('fromGrafeo', () => {
  it('tags nodes, relationships and paths, and converts big integers', () => {
    const node = { _id: 3, _labels: ['Person', 'Entity'], id: 'p', big: 9007199254740993n, small: 5n };
    const other = { _id: 4, _labels: ['Place'], id: 'q' };
    const edge = { _id: 7, _source: 3, _target: 4, _type: 'LOCATED_IN', since: 2020 };
    expect(
      grafeoRow({ n: node, r: edge, p: { nodes: [node, other], edges: [edge] }, m: { nodes: 1, edges: 2 } }),
    ).toStrictEqual({
      n: {
        $type: 'node',
        elementId: 'n:3',
        labels: ['Entity', 'Person'],
        properties: { id: 'p', big: '9007199254740993', small: 5 },
      },
      r: {
        $type: 'relationship',
        elementId: 'e:7',
        type: 'LOCATED_IN',
        startNodeElementId: 'n:3',
        endNodeElementId: 'n:4',
        properties: { since: 2020 },
      },
      p: {
        $type: 'path',
        nodes: [
          {
            $type: 'node',
            elementId: 'n:3',
            labels: ['Entity', 'Person'],
            properties: { id: 'p', big: '9007199254740993', small: 5 },
          },
          { $type: 'node', elementId: 'n:4', labels: ['Place'], properties: { id: 'q' } },
        ],
        relationships: [
          {
            $type: 'relationship',
            elementId: 'e:7',
            type: 'LOCATED_IN',
            startNodeElementId: 'n:3',
            endNodeElementId: 'n:4',
            properties: { since: 2020 },
          },
        ],
      },
      m: { nodes: 1, edges: 2 },
    });
  });

  it('turns dates, vectors and odd numbers into plain values', () => {
    expect(
      fromGrafeo([new Date('2024-01-02T03:04:05.000Z'), new Float32Array([0.5, 1]), Number.NaN, undefined]),
    ).toStrictEqual(['2024-01-02T03:04:05.000Z', [0.5, 1], 'NaN', null]);
  });
});

describe('fromNeo4j', () => {
  const kinds: Neo4jKinds = {
    isInt: (value) => neo4j.isInt(value),
    isNode: (value) => neo4j.isNode(value as never),
    isRelationship: (value) => neo4j.isRelationship(value as never),
    isPath: (value) => neo4j.isPath(value as never),
    isTextual: (value) => neo4j.isDate(value as never) || neo4j.isDuration(value as never),
  };

  it('converts the driver classes into the same shape', () => {
    const a = new neo4j.types.Node(neo4j.int(1), ['Person'], { id: 'a', age: neo4j.int(40) }, '4:x:1');
    const b = new neo4j.types.Node(neo4j.int(2), ['Place'], { id: 'b' }, '4:x:2');
    const r = new neo4j.types.Relationship(
      neo4j.int(9),
      neo4j.int(1),
      neo4j.int(2),
      'LIVES_IN',
      { since: neo4j.int(2001) },
      '5:x:9',
      '4:x:1',
      '4:x:2',
    );
    const path = new neo4j.types.Path(a, b, [new neo4j.types.PathSegment(a, r, b)]);
    expect(
      fromNeo4j({ a, r, path, big: neo4j.int('9007199254740993'), date: new neo4j.types.Date(2024, 3, 5) }, kinds),
    ).toStrictEqual({
      a: { $type: 'node', elementId: '4:x:1', labels: ['Person'], properties: { id: 'a', age: 40 } },
      r: {
        $type: 'relationship',
        elementId: '5:x:9',
        type: 'LIVES_IN',
        startNodeElementId: '4:x:1',
        endNodeElementId: '4:x:2',
        properties: { since: 2001 },
      },
      path: {
        $type: 'path',
        nodes: [
          { $type: 'node', elementId: '4:x:1', labels: ['Person'], properties: { id: 'a', age: 40 } },
          { $type: 'node', elementId: '4:x:2', labels: ['Place'], properties: { id: 'b' } },
        ],
        relationships: [
          {
            $type: 'relationship',
            elementId: '5:x:9',
            type: 'LIVES_IN',
            startNodeElementId: '4:x:1',
            endNodeElementId: '4:x:2',
            properties: { since: 2001 },
          },
        ],
      },
      big: '9007199254740993',
      date: '2024-03-05',
    });
  });
});
