import { describe, expect, it } from 'vitest';
import { isSchemaVisualization, schemaVisualization } from './schemaView.ts';

describe('isSchemaVisualization', () => {
  it('knows the call with or without YIELD and a final semicolon, in any case', () => {
    expect(isSchemaVisualization('CALL db.schema.visualization()')).toBe(true);
    expect(isSchemaVisualization('  call DB.SCHEMA.VISUALIZATION( ) ;\n')).toBe(true);
    expect(isSchemaVisualization('CALL db.schema.visualization() YIELD nodes, relationships')).toBe(true);
  });

  it('leaves every other query to the server', () => {
    expect(isSchemaVisualization('CALL db.labels()')).toBe(false);
    expect(isSchemaVisualization('CALL db.schema.visualization() YIELD nodes RETURN nodes')).toBe(false);
    expect(isSchemaVisualization('MATCH (n) RETURN n')).toBe(false);
  });
});

describe('schemaVisualization', () => {
  it('gives one node per label and one relationship per type and pair of labels, with counts', () => {
    const result = schemaVisualization(
      {
        labels: [
          { label: 'Entity', count: 3 },
          { label: 'Person', count: 2 },
          { label: 'Place', count: 1 },
          { label: 'Statement', count: 4 },
        ],
        relationshipTypes: [
          { type: 'SAID', count: 4 },
          { type: 'ABOUT', count: 2 },
        ],
        propertyKeys: [],
      },
      {
        rows: [
          [['Entity', 'Person'], 'SAID', ['Statement'], 3],
          [['Entity', 'Place'], 'SAID', ['Statement'], 1],
          [['Statement'], 'ABOUT', ['Entity', 'Person'], 1],
          [['Statement'], 'ABOUT', ['Person', 'Entity'], 1],
        ],
        elapsedMs: 7,
      },
    );
    expect(result).toStrictEqual({
      columns: ['nodes', 'relationships'],
      rows: [
        [
          [
            { $type: 'node', elementId: 'schema:Person', labels: ['Person'], properties: { name: 'Person', count: 2 } },
            { $type: 'node', elementId: 'schema:Place', labels: ['Place'], properties: { name: 'Place', count: 1 } },
            {
              $type: 'node',
              elementId: 'schema:Statement',
              labels: ['Statement'],
              properties: { name: 'Statement', count: 4 },
            },
          ],
          [
            {
              $type: 'relationship',
              elementId: 'schema:Person-SAID->Statement',
              type: 'SAID',
              startNodeElementId: 'schema:Person',
              endNodeElementId: 'schema:Statement',
              properties: { count: 3 },
            },
            {
              $type: 'relationship',
              elementId: 'schema:Place-SAID->Statement',
              type: 'SAID',
              startNodeElementId: 'schema:Place',
              endNodeElementId: 'schema:Statement',
              properties: { count: 1 },
            },
            {
              $type: 'relationship',
              elementId: 'schema:Statement-ABOUT->Person',
              type: 'ABOUT',
              startNodeElementId: 'schema:Statement',
              endNodeElementId: 'schema:Person',
              properties: { count: 2 },
            },
          ],
        ],
      ],
      truncated: false,
      rowCap: 1,
      elapsedMs: 7,
    });
  });
});
