import { describe, expect, it } from 'vitest';
import type { GraphEdgeView, GraphNodeView } from '../../contract/api.ts';
import { chunkTransfer, decodeEdges, decodeNodes, encodeEdges, encodeNodes, encodePayload } from './overviewChunks.ts';

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
    expect(decodeEdges(encodeEdges(EDGES))).toStrictEqual(EDGES);
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

  it('names the kinds and types of a chunk once, in the order they first appear', () => {
    const chunk = encodeEdges(EDGES);
    expect(chunk.symbols).toStrictEqual([
      'spoke_about',
      'SPOKE_ABOUT',
      'comention',
      'CO_MENTION',
      'relation',
      'SPOKESPERSON_OF',
    ]);
    expect([...chunk.kinds]).toStrictEqual([0, 2, 4, 2]);
    expect([...chunk.types]).toStrictEqual([1, 3, 5, 3]);
    expect([...chunk.dated]).toStrictEqual([3, 2, 1, 0]);
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
      edges.kinds.buffer,
      edges.types.buffer,
      edges.dated.buffer,
      edges.weights.buffer,
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
