import { describe, expect, it } from 'vitest';
import type { GraphNodeValue, GraphRelationshipValue } from '../../../contract/cypher.ts';
import { resultGraph } from './resultGraph.ts';

const speaker: GraphNodeValue = {
  $type: 'node',
  elementId: 'n:1',
  labels: ['Entity', 'Person'],
  properties: { id: 'person:anna', name: 'Anna Verdi' },
};
const statement: GraphNodeValue = {
  $type: 'node',
  elementId: 'n:2',
  labels: ['Statement'],
  properties: { id: 's1', quote: 'Non abbiamo mai firmato quel contratto con nessuno, davvero' },
};
const article: GraphNodeValue = { $type: 'node', elementId: 'n:3', labels: ['Article'], properties: { id: 'a1' } };
const said: GraphRelationshipValue = {
  $type: 'relationship',
  elementId: 'r:1',
  type: 'SAID',
  startNodeElementId: 'n:1',
  endNodeElementId: 'n:2',
  properties: {},
};
const dangling: GraphRelationshipValue = { ...said, elementId: 'r:2', type: 'IN_ARTICLE', endNodeElementId: 'n:9' };

describe('resultGraph', () => {
  it('draws every node of the result, named and coloured by label, and the relationships between them', () => {
    const graph = resultGraph({
      rows: [
        [{ $type: 'path', nodes: [statement, speaker], relationships: [said] }, article],
        [[speaker], { rel: dangling }],
      ],
    });
    expect(graph.nodes()).toStrictEqual(['n:2', 'n:1', 'n:3']);
    expect(graph.mapNodes((_node, a) => [a.label, a.category, a.color])).toStrictEqual([
      ['Non abbiamo mai firmato quel contratto…', 'Statement', '#E07B6F'],
      ['Anna Verdi', 'Person', '#0072B2'],
      ['a1', 'Article', '#5B6B82'],
    ]);
    expect(graph.mapNodes((_node, a) => a.entityId)).toStrictEqual([null, 'person:anna', null]);
    expect(graph.mapEdges((edge, a, source, target) => [edge, source, a.label, target])).toStrictEqual([
      ['r:1', 'n:1', 'SAID', 'n:2'],
    ]);
    expect(graph.mapNodes((_node, a) => [a.x, a.y])).toStrictEqual([
      [1, 0],
      [-0.5, 0.866],
      [-0.5, -0.866],
    ]);
  });

  it('is empty for a result of scalars', () => {
    expect(resultGraph({ rows: [[1, 'a', null]] }).order).toBe(0);
  });
});
