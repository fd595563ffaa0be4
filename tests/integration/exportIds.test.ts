// Export by entity ids (the explorer's view or selection) over a real embedded store filled
// with the small hand-written extraction: exactly the entities named and the edges among
// them, through exportSubgraph and POST /api/export, with the request validated.

import { strFromU8, unzipSync } from 'fflate';
import type { FastifyInstance } from 'fastify';
import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../cypher/store.ts';
import { MAX_EXPORT_IDS } from '../../contract/limits.ts';
import { parseCsv } from '../../contract/csv.ts';
import { exportSubgraph } from '../../server/export/subgraph.ts';
import { IDS } from '../../server/testing/smallGraph.ts';
import { openSmallGraphApp, type SmallGraphApp } from './smallGraphApp.ts';

let fixture: SmallGraphApp | undefined;
let store: GraphStore;
let app: FastifyInstance;

const CONTEXT = { creator: 'newsgraph test' };

beforeAll(async () => {
  fixture = await openSmallGraphApp('export-ids');
  ({ store, app } = fixture);
});

afterAll(async () => {
  await fixture?.close();
});

interface JsonGraph {
  nodes: { key: string }[];
  edges: { source: string; target: string; attributes: { type: string } }[];
}

function edgeList(graph: JsonGraph): string[] {
  return graph.edges.map((edge) => `${edge.source} -${edge.attributes.type}-> ${edge.target}`).sort();
}

describe('exportSubgraph with ids', () => {
  it('keeps exactly the entities named, once each, and the edges among them', async () => {
    const file = await exportSubgraph(
      store,
      { format: 'json', ids: [IDS.rossi, IDS.ue, IDS.bianchi, IDS.rossi, 'person:nobody'] },
      CONTEXT,
    );
    const graph = JSON.parse(file.body as string) as JsonGraph;
    expect(file.filename).toBe('newsgraph-selection.json');
    expect([file.nodes, file.edges]).toStrictEqual([3, 7]);
    expect(graph.nodes.map((node) => node.key)).toStrictEqual([IDS.rossi, IDS.ue, IDS.bianchi]);
    expect(edgeList(graph)).toStrictEqual([
      `${IDS.ue} -CO_MENTION-> ${IDS.bianchi}`,
      `${IDS.ue} -CO_MENTION-> ${IDS.rossi}`,
      `${IDS.bianchi} -CO_MENTION-> ${IDS.rossi}`,
      `${IDS.bianchi} -CRITICIZED-> ${IDS.ue}`,
      `${IDS.bianchi} -SPOKE_ABOUT-> ${IDS.ue}`,
      `${IDS.rossi} -MET-> ${IDS.bianchi}`,
      `${IDS.rossi} -SPOKE_ABOUT-> ${IDS.ue}`,
    ]);
  });

  it('keeps only the edges named (a view whose co-mentions are hidden) and draws the looks given', async () => {
    const file = await exportSubgraph(
      store,
      {
        format: 'gexf',
        ids: [IDS.rossi, IDS.ue, IDS.bianchi],
        edges: [`spoke_about:SPOKE_ABOUT:${IDS.rossi}->${IDS.ue}`, `relation:MET:${IDS.rossi}->${IDS.bianchi}`],
        looks: [
          { id: IDS.rossi, x: 1.5, y: -2, size: 12, color: '#0072B2' },
          { id: IDS.ue, x: 3, y: 4.25, size: 6, color: '#E69F00' },
          { id: 'person:nobody', x: 0, y: 0, size: 1, color: '#000000' },
        ],
        name: 'Mario Rossi neighbours',
      },
      CONTEXT,
    );
    expect(file.filename).toBe('Mario-Rossi-neighbours.gexf');
    const graph = gexf.parse(MultiDirectedGraph, file.body as string);
    expect(graph.nodes()).toStrictEqual([IDS.rossi, IDS.ue, IDS.bianchi]);
    expect(
      graph.mapEdges((_edge, attributes, source, target) => `${source} -${String(attributes.type)}-> ${target}`).sort(),
    ).toStrictEqual([`${IDS.rossi} -MET-> ${IDS.bianchi}`, `${IDS.rossi} -SPOKE_ABOUT-> ${IDS.ue}`]);
    const look = (id: string) => {
      const { x, y, size, color } = graph.getNodeAttributes(id);
      return { x, y, size, color };
    };
    expect(look(IDS.rossi)).toStrictEqual({ x: 1.5, y: -2, size: 12, color: '#0072B2' });
    expect(look(IDS.ue)).toStrictEqual({ x: 3, y: 4.25, size: 6, color: '#E69F00' });
    expect(look(IDS.bianchi)).toStrictEqual({ x: undefined, y: undefined, size: undefined, color: undefined });
  });

  it('writes the looks only into the formats that draw: the Cypher script carries no colours', async () => {
    const file = await exportSubgraph(
      store,
      { format: 'cypher', ids: [IDS.rossi], looks: [{ id: IDS.rossi, x: 1, y: 2, size: 3, color: '#0072B2' }] },
      CONTEXT,
    );
    expect((file.body as string).includes('#0072B2')).toBe(false);
  });

  it('gives a single entity without edges, and nothing for unknown ids', async () => {
    const one = await exportSubgraph(store, { format: 'json', ids: [IDS.roma] }, CONTEXT);
    expect([one.nodes, one.edges]).toStrictEqual([1, 0]);
    const none = await exportSubgraph(store, { format: 'json', ids: ['person:nobody'] }, CONTEXT);
    expect([none.nodes, none.edges]).toStrictEqual([0, 0]);
  });

  it('refuses ids together with a query or an entity', async () => {
    await expect(
      exportSubgraph(store, { format: 'json', ids: [IDS.rossi], entity: IDS.rossi }, CONTEXT),
    ).rejects.toMatchObject({ statusCode: 400 });
  });
});

describe('POST /api/export with ids', () => {
  const look = (color: string) => ({ id: IDS.rossi, x: 0, y: 0, size: 1, color });

  it('names the file as asked and keeps the edges and looks sent', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/export',
      payload: {
        format: 'json',
        ids: [IDS.rossi, IDS.bianchi],
        edges: [`relation:MET:${IDS.rossi}->${IDS.bianchi}`],
        looks: [{ ...look('#123456'), community: 2 }],
        name: 'view-2026-12-05',
      },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="view-2026-12-05.json"');
    const graph = JSON.parse(response.body) as JsonGraph & { nodes: { key: string; attributes: object }[] };
    expect(edgeList(graph)).toStrictEqual([`${IDS.rossi} -MET-> ${IDS.bianchi}`]);
    expect(graph.nodes[0]?.attributes).toMatchObject({ x: 0, y: 0, size: 1, color: '#123456', community: 2 });
  });

  it('downloads the statements of the chosen speakers and subjects', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/export',
      payload: { format: 'statements-csv', ids: [IDS.rossi, IDS.ue] },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="newsgraph-selection.statements.csv"');
    expect([response.headers['x-newsgraph-nodes'], response.headers['x-newsgraph-edges']]).toStrictEqual(['2', '2']);
    const rows = parseCsv(response.body);
    expect(rows.length).toBe(2);
    expect(rows[1]?.[0]).toBe('Mario Rossi');
    expect(rows[1]?.[1]).toBe("Serve più coraggio sull'Europa");
  });

  it('downloads the neo4j-admin CSV zip of the chosen entities', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/export',
      payload: { format: 'csv', ids: [IDS.rossi, IDS.bianchi] },
    });
    expect(response.statusCode).toBe(200);
    const files = unzipSync(new Uint8Array(response.rawPayload));
    expect(Object.keys(files).sort()).toStrictEqual(['nodes.csv', 'relationships.csv']);
    const relationships = parseCsv(strFromU8(files['relationships.csv']!));
    expect(relationships.length).toBe(3);
  });

  it.each([
    ['no ids', { format: 'json', ids: [] }],
    ['too many ids', { format: 'json', ids: Array.from({ length: MAX_EXPORT_IDS + 1 }, (_, i) => `person:${i}`) }],
    ['an empty id', { format: 'json', ids: [''] }],
    ['ids that are not strings', { format: 'json', ids: [1, 2] }],
    ['ids and a query', { format: 'json', ids: [IDS.rossi], query: 'MATCH (n) RETURN n' }],
    ['a look whose colour is not #rrggbb', { format: 'gexf', ids: [IDS.rossi], looks: [look('red')] }],
    [
      'a look without a position',
      { format: 'gexf', ids: [IDS.rossi], looks: [{ id: IDS.rossi, size: 1, color: '#000000' }] },
    ],
    [
      'a look whose community is not a whole number',
      { format: 'gexf', ids: [IDS.rossi], looks: [{ ...look('#000000'), community: 1.5 }] },
    ],
    ['an empty file name', { format: 'gexf', ids: [IDS.rossi], name: '' }],
  ])('answers 400 for %s', async (_name, payload) => {
    const response = await app.inject({ method: 'POST', url: '/api/export', payload });
    expect(response.statusCode).toBe(400);
  });

  it('accepts the largest allowed id list', async () => {
    const ids = [IDS.rossi, ...Array.from({ length: MAX_EXPORT_IDS - 1 }, (_, i) => `person:missing-${i}`)];
    const response = await app.inject({ method: 'POST', url: '/api/export', payload: { format: 'json', ids } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-newsgraph-nodes']).toBe('1');
  });
});
