import { describe, expect, it } from 'vitest';
import type { CypherResult, GraphNodeValue, GraphRelationshipValue } from '../../../contract/cypher.ts';
import { collectGraphValues, cypherResultToGraphPayload, statementIds, statementLinksFromResult } from './toGraph.ts';

function entity(
  elementId: string,
  id: string,
  name: string,
  type: string,
  extra: Record<string, number> = {},
): GraphNodeValue {
  return {
    $type: 'node',
    elementId,
    labels: ['Entity', type],
    properties: { id, name, type, aliases: [name.split(' ')[1] ?? name], ...extra },
  };
}
function rel(
  elementId: string,
  type: string,
  start: string,
  end: string,
  properties: Record<string, string> = {},
): GraphRelationshipValue {
  return { $type: 'relationship', elementId, type, startNodeElementId: start, endNodeElementId: end, properties };
}
const peskov = entity('n:1', 'person:dmitry-peskov', 'Dmitry Peskov', 'Person', {
  mentionCount: 16,
  articleCount: 4,
  statementsBy: 39,
  statementsAbout: 0,
});
const putin = entity('n:2', 'person:vladimir-putin', 'Vladimir Putin', 'Person');
const kremlin = entity('n:3', 'org:kremlin', 'Cremlino', 'Organization');
const statement: GraphNodeValue = {
  $type: 'node',
  elementId: 'n:9',
  labels: ['Statement'],
  properties: { id: 'stmt-1', quote: 'assolutamente false' },
};
const article: GraphNodeValue = {
  $type: 'node',
  elementId: 'n:7',
  labels: ['Article'],
  properties: { id: 'art-1', title: 'Il Cremlino nega' },
};

const result = (rows: CypherResult['rows'], truncated = false): CypherResult => ({
  columns: rows[0]?.map((_v, i) => `c${i}`) ?? [],
  rows,
  truncated,
  rowCap: 1000,
  elapsedMs: 1,
});

describe('collectGraphValues', () => {
  it('finds nodes and relationships in cells, lists, maps and paths, once each', () => {
    const said = rel('r:1', 'SAID', 'n:1', 'n:9');
    const found = collectGraphValues(
      result([[peskov, [putin, { x: kremlin }], { $type: 'path', nodes: [peskov, statement], relationships: [said] }]]),
    );
    expect(found.nodes.map((n) => n.elementId)).toStrictEqual(['n:1', 'n:2', 'n:3', 'n:9']);
    expect(found.relationships.map((r) => r.elementId)).toStrictEqual(['r:1']);
  });
});

describe('cypherResultToGraphPayload', () => {
  it('makes entity nodes in the API shape and leaves statements and articles out', () => {
    const payload = cypherResultToGraphPayload(result([[peskov, statement, article]], true));
    expect(payload).toStrictEqual({
      nodes: [
        {
          id: 'person:dmitry-peskov',
          name: 'Dmitry Peskov',
          type: 'Person',
          aliases: ['Peskov'],
          mentions: 16,
          articles: 4,
          statementsBy: 39,
          statementsAbout: 0,
        },
      ],
      edges: [],
      cap: 1,
      truncated: true,
      totalNodes: 1,
    });
  });

  it('turns SAID/ABOUT in paths into one "spoke about" edge per speaker and target', () => {
    const path = {
      $type: 'path' as const,
      nodes: [peskov, statement, putin],
      relationships: [rel('r:1', 'SAID', 'n:1', 'n:9'), rel('r:2', 'ABOUT', 'n:9', 'n:2')],
    };
    const payload = cypherResultToGraphPayload(result([[path], [path]]));
    expect(payload.nodes.map((n) => n.id)).toStrictEqual(['person:dmitry-peskov', 'person:vladimir-putin']);
    expect(payload.edges).toStrictEqual([
      {
        id: 'spoke_about:SPOKE_ABOUT:person:dmitry-peskov->person:vladimir-putin',
        source: 'person:dmitry-peskov',
        target: 'person:vladimir-putin',
        kind: 'spoke_about',
        type: 'SPOKE_ABOUT',
        weight: 1,
        evidenceIds: ['stmt-1'],
        firstDate: null,
        lastDate: null,
      },
    ]);
  });

  it('uses looked-up links for statements returned without relationships', () => {
    const links = [
      { statementId: 'stmt-1', speakerId: 'person:dmitry-peskov', targetId: 'person:vladimir-putin', date: '2022-01' },
      { statementId: 'stmt-2', speakerId: 'person:dmitry-peskov', targetId: 'person:vladimir-putin', date: '2021-12' },
      { statementId: 'stmt-2', speakerId: 'person:dmitry-peskov', targetId: 'person:vladimir-putin', date: '2021-12' },
    ];
    const payload = cypherResultToGraphPayload(result([[peskov, statement, putin]]), links);
    expect(payload.edges).toStrictEqual([
      {
        id: 'spoke_about:SPOKE_ABOUT:person:dmitry-peskov->person:vladimir-putin',
        source: 'person:dmitry-peskov',
        target: 'person:vladimir-putin',
        kind: 'spoke_about',
        type: 'SPOKE_ABOUT',
        weight: 2,
        evidenceIds: ['stmt-1', 'stmt-2'],
        firstDate: '2021-12',
        lastDate: '2022-01',
      },
    ]);
  });

  it('turns relationships between entities into relation edges, aggregated per type and direction', () => {
    const payload = cypherResultToGraphPayload(
      result([
        [peskov, rel('r:5', 'SPOKESPERSON_OF', 'n:1', 'n:3', { id: 'rel-a', date: '2022-02' }), kremlin],
        [peskov, rel('r:6', 'SPOKESPERSON_OF', 'n:1', 'n:3', { id: 'rel-b' }), kremlin],
        [rel('r:8', 'MET', 'n:1', 'n:99')],
      ]),
    );
    expect(payload.edges).toStrictEqual([
      {
        id: 'relation:SPOKESPERSON_OF:person:dmitry-peskov->org:kremlin',
        source: 'person:dmitry-peskov',
        target: 'org:kremlin',
        kind: 'relation',
        type: 'SPOKESPERSON_OF',
        weight: 2,
        evidenceIds: ['rel-a', 'rel-b'],
        firstDate: '2022-02',
        lastDate: '2022-02',
      },
    ]);
  });

  it('takes the entity type from labels when the property is missing', () => {
    const bare: GraphNodeValue = {
      $type: 'node',
      elementId: 'n:4',
      labels: ['Place', 'Entity'],
      properties: { id: 'place:mosca' },
    };
    expect(cypherResultToGraphPayload(result([[bare]])).nodes).toStrictEqual([
      {
        id: 'place:mosca',
        name: 'place:mosca',
        type: 'Place',
        aliases: [],
        mentions: 0,
        articles: 0,
        statementsBy: 0,
        statementsAbout: 0,
      },
    ]);
  });
});

describe('statement links', () => {
  it('lists statement ids of the result once', () => {
    expect(
      statementIds(
        result([
          [peskov, statement],
          [putin, statement],
        ]),
      ),
    ).toStrictEqual(['stmt-1']);
  });

  it('reads the rows of the lookup query, skipping incomplete ones', () => {
    const rows = {
      columns: ['statementId', 'speakerId', 'targetId', 'date'],
      rows: [
        ['s1', 'a', 'b', '2022-01'],
        ['s2', 'a', null, null],
        ['s3', 'a', 'c', null],
      ],
    };
    expect(statementLinksFromResult(rows)).toStrictEqual([
      { statementId: 's1', speakerId: 'a', targetId: 'b', date: '2022-01' },
      { statementId: 's3', speakerId: 'a', targetId: 'c', date: null },
    ]);
  });
});
