import { describe, expect, it } from 'vitest';
import type { GraphEdgeView, GraphNodeView } from '../../contract/api.ts';
import type { EdgeChunk, NodeChunk } from './overviewChunks.ts';
import {
  chunkTransfer,
  decodeEdges,
  decodeNodes,
  encodeEdges,
  encodeNodes,
  encodePayload,
  NO_SYMBOL,
  NOT_A_NODE,
} from './overviewChunks.ts';

function node(id: string, overrides: Partial<GraphNodeView> = {}): GraphNodeView {
  return {
    id,
    name: `Name ${id}`,
    type: 'Person',
    aliases: [],
    mentions: 1,
    articles: 1,
    statementsBy: 0,
    statementsAbout: 0,
    ...overrides,
  };
}

function edge(source: string, target: string, overrides: Partial<GraphEdgeView> = {}): GraphEdgeView {
  return {
    id: `comention:CO_MENTION:${source}->${target}`,
    source,
    target,
    kind: 'comention',
    type: 'CO_MENTION',
    weight: 1,
    evidenceIds: [],
    firstDate: null,
    lastDate: null,
    ...overrides,
  };
}

const NODES: GraphNodeView[] = [
  node('p:mattarella', {
    name: 'Sergio Mattarella',
    aliases: ['Mattarella', 'il Presidente della Repubblica'],
    mentions: 412,
    articles: 380,
    statementsBy: 57,
    statementsAbout: 12,
  }),
  node('o:fiat', { name: 'Fiat', type: 'Organization', mentions: 3, articles: 2 }),
  node('', { name: '', type: 'Place', aliases: [''] }),
  node('p:è', { name: 'Nicolò Düsseldorf «😀»', aliases: ['a\u0000b', '"quoted"'], mentions: 0.5 }),
];

const EDGES: GraphEdgeView[] = [
  edge('p:mattarella', 'o:fiat', {
    id: 'spoke_about:SPOKE_ABOUT:p:mattarella->o:fiat',
    kind: 'spoke_about',
    type: 'SPOKE_ABOUT',
    weight: 3,
    evidenceIds: ['s:1', 's:2', 's:3'],
    firstDate: '2024-03',
    lastDate: '2024-05-02',
  }),
  edge('o:fiat', 'p:è', { weight: 0.25, lastDate: '2025' }),
  edge('p:è', 'p:mattarella', { kind: 'relation', type: 'SPOKESPERSON_OF', firstDate: '', evidenceIds: ['r:9'] }),
  edge('p:mattarella', 'p:è'),
];

describe('overview chunks', () => {
  it('gives back the same nodes, in order, whatever their strings and counts', () => {
    expect(decodeNodes(encodeNodes(NODES))).toStrictEqual(NODES);
  });

  it('gives back the same edges, in order, with their missing dates and evidence', () => {
    expect(decodeEdges(encodeEdges(EDGES), [])).toStrictEqual(EDGES);
  });

  it('gives back a payload’s edges from its nodes’ positions, and the ends from outside it as strings', () => {
    const nodes = [NODES[0]!, NODES[1]!];
    const chunks = [...encodePayload({ nodes, edges: EDGES }, 3)];
    expect(chunks.map((chunk) => chunk.kind)).toStrictEqual(['nodes', 'edges', 'edges']);
    const nodeIds = decodeNodes(chunks[0] as NodeChunk).map((node) => node.id);
    const [first, second] = [chunks[1] as EdgeChunk, chunks[2] as EdgeChunk];
    expect([...first.sources, ...second.sources]).toStrictEqual([0, 1, NOT_A_NODE, 0]);
    expect([...first.targets, ...second.targets]).toStrictEqual([1, NOT_A_NODE, 0, NOT_A_NODE]);
    expect(first.text).toBe(
      'spoke_about:SPOKE_ABOUT:p:mattarella->o:fiats:1s:2s:3comention:CO_MENTION:o:fiat->p:èp:è' +
        'comention:CO_MENTION:p:è->p:mattarellap:èr:9',
    );
    expect([...decodeEdges(first, nodeIds), ...decodeEdges(second, nodeIds)]).toStrictEqual(EDGES);
    expect(() => decodeEdges(first, nodeIds.slice(0, 1))).toThrow(
      'An edge names node 1 of the load before it was read.',
    );
  });

  it('flags the edges of the load that join the same two nodes, across chunks, and none with an end outside it', () => {
    const nodes = [node('p:a'), node('p:b'), node('p:c')];
    const edges = [edge('p:a', 'p:b'), edge('p:b', 'p:c'), edge('p:a', 'p:x'), edge('p:b', 'p:a'), edge('p:a', 'p:x')];
    const chunks = [...encodePayload({ nodes, edges }, 2)].filter((chunk) => chunk.kind === 'edges');
    expect(chunks.flatMap((chunk) => [...chunk.parallel])).toStrictEqual([1, 0, 0, 1, 0]);
    expect([
      ...encodeEdges(
        edges.slice(0, 3),
        new Map([
          ['p:a', 0],
          ['p:b', 1],
          ['p:c', 2],
        ]),
      ).parallel,
    ]).toStrictEqual([0, 0, 0]);
  });

  it('keeps every string of a chunk in one text, cut at the ends it lists', () => {
    const chunk = encodeNodes(NODES.slice(0, 2));
    expect(chunk.text).toBe('p:mattarellaSergio MattarellaMattarellail Presidente della Repubblicao:fiatFiat');
    expect([...chunk.ends]).toStrictEqual([12, 29, 39, 69, 75, 79]);
    expect([...chunk.aliasCounts]).toStrictEqual([2, 0]);
    expect(chunk.symbols).toStrictEqual(['Person', 'Organization']);
    expect([...chunk.types]).toStrictEqual([0, 1]);
    expect([...chunk.counts]).toStrictEqual([412, 380, 57, 12, 3, 2, 0, 0]);
  });

  it('names the kinds, types and dates of a chunk once, in the order they first appear', () => {
    const chunk = encodeEdges([...EDGES, edge('o:fiat', 'p:mattarella', { firstDate: '2024-03', lastDate: '2025' })]);
    expect(chunk.symbols).toStrictEqual([
      'spoke_about',
      'SPOKE_ABOUT',
      '2024-03',
      '2024-05-02',
      'comention',
      'CO_MENTION',
      '2025',
      'relation',
      'SPOKESPERSON_OF',
      '',
    ]);
    expect([...chunk.kinds]).toStrictEqual([0, 4, 7, 4, 4]);
    expect([...chunk.types]).toStrictEqual([1, 5, 8, 5, 5]);
    expect([...chunk.firstDates]).toStrictEqual([2, NO_SYMBOL, 9, NO_SYMBOL, 2]);
    expect([...chunk.lastDates]).toStrictEqual([3, 6, NO_SYMBOL, NO_SYMBOL, 6]);
    expect([...chunk.sources]).toStrictEqual([NOT_A_NODE, NOT_A_NODE, NOT_A_NODE, NOT_A_NODE, NOT_A_NODE]);
  });

  it('transfers every typed array of a chunk', () => {
    const nodes = encodeNodes(NODES);
    expect(chunkTransfer(nodes)).toStrictEqual([
      nodes.ends.buffer,
      nodes.aliasCounts.buffer,
      nodes.types.buffer,
      nodes.counts.buffer,
    ]);
    const edges = encodeEdges(EDGES);
    expect(chunkTransfer(edges)).toStrictEqual([
      edges.ends.buffer,
      edges.evidenceCounts.buffer,
      edges.sources.buffer,
      edges.targets.buffer,
      edges.kinds.buffer,
      edges.types.buffer,
      edges.firstDates.buffer,
      edges.lastDates.buffer,
      edges.weights.buffer,
      edges.parallel.buffer,
    ]);
  });

  it('cuts a payload into chunks of at most the given size, nodes first', () => {
    const chunks = [...encodePayload({ nodes: NODES, edges: EDGES }, 3)];
    expect(chunks.map((chunk) => [chunk.kind, chunk.count])).toStrictEqual([
      ['nodes', 3],
      ['nodes', 1],
      ['edges', 3],
      ['edges', 1],
    ]);
    expect([...encodePayload({ nodes: [], edges: [] }, 3)]).toStrictEqual([]);
  });
});
