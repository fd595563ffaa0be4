import { describe, expect, it } from 'vitest';
import type { GraphPayload } from '../../../contract/api.ts';
import { encodePayload, type OverviewChunk } from '../../api/overviewChunks.ts';
import { NODE_SIZE_MIN, TYPE_COLORS } from '../../consts.ts';
import { mergeChunksInSlices } from './chunkMerge.ts';
import {
  createExplorerGraph,
  markParallelEdges,
  mergePayload,
  OVERVIEW_ORIGIN,
  type ExplorerGraph,
} from './explorerGraph.ts';

const PAYLOAD: GraphPayload = {
  nodes: [
    {
      id: 'p:1',
      name: 'Giorgia Meloni',
      type: 'Person',
      aliases: ['Meloni'],
      mentions: 4,
      articles: 3,
      statementsBy: 2,
      statementsAbout: 1,
    },
    {
      id: 'o:2',
      name: 'Camera dei deputati',
      type: 'Organization',
      aliases: [],
      mentions: 2,
      articles: 2,
      statementsBy: 0,
      statementsAbout: 0,
    },
    {
      id: 'l:3',
      name: 'Roma',
      type: 'Place',
      aliases: ['Rome', 'Urbe'],
      mentions: 1,
      articles: 1,
      statementsBy: 0,
      statementsAbout: 0,
    },
  ],
  edges: [
    {
      id: 'spoke_about:SPOKE_ABOUT:p:1->o:2',
      source: 'p:1',
      target: 'o:2',
      kind: 'spoke_about',
      type: 'SPOKE_ABOUT',
      weight: 4,
      evidenceIds: ['s:1', 's:2'],
      firstDate: '2024-01-02',
      lastDate: '2024-03-04',
    },
    {
      id: 'comention:o:2-l:3',
      source: 'o:2',
      target: 'l:3',
      kind: 'comention',
      type: 'COMENTION',
      weight: 1,
      evidenceIds: [],
      firstDate: null,
      lastDate: null,
    },
    {
      id: 'relation:LOCATED_IN:o:2->x:9',
      source: 'o:2',
      target: 'x:9',
      kind: 'relation',
      type: 'LOCATED_IN',
      weight: 1,
      evidenceIds: ['a:1'],
      firstDate: null,
      lastDate: '2024-05-06',
    },
  ],
  cap: 3,
  truncated: false,
  totalNodes: 3,
};

const TOTALS = { nodes: 3, edges: 3 };
const AT_ONCE = { sliceMs: Infinity, yieldToPage: async () => {} };

/** The nodes and edges of a graph with their attributes, in the graph's order. */
function contents(graph: ExplorerGraph) {
  return {
    nodes: graph.mapNodes((node, attributes) => ({ node, attributes: { ...attributes } })),
    edges: graph.mapEdges((edge, attributes, source, target) => ({
      edge,
      source,
      target,
      attributes: { ...attributes },
    })),
  };
}

/** contents once markParallelEdges has run, as it does after every load. */
function flagged(graph: ExplorerGraph) {
  markParallelEdges(graph);
  return contents(graph);
}

/** The chunks one by one, each after the page has had a turn, as a worker's would come. */
async function* arriving(chunks: OverviewChunk[]): AsyncGenerator<OverviewChunk, void, void> {
  for (const chunk of chunks) {
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    yield chunk;
  }
}

describe('mergeChunksInSlices', () => {
  it('builds every node and edge with the attributes the payload’s own merge gives', async () => {
    const graph = createExplorerGraph();
    const chunks = [...encodePayload(PAYLOAD, 2)];
    const result = await mergeChunksInSlices(graph, arriving(chunks), TOTALS, { origin: OVERVIEW_ORIGIN }, AT_ONCE);
    expect(result).toStrictEqual({
      addedNodes: ['p:1', 'o:2', 'l:3'],
      addedEdges: ['spoke_about:SPOKE_ABOUT:p:1->o:2', 'comention:o:2-l:3'],
      skippedEdges: 1,
    });
    // Three nodes in an empty graph: on a circle of radius 100·√3/10 + 10, in payload order.
    const r = 10 * Math.sqrt(3) + 10;
    const at = (index: number) => ({
      x: r * Math.cos((2 * Math.PI * index) / 3),
      y: r * Math.sin((2 * Math.PI * index) / 3),
    });
    expect(contents(graph)).toStrictEqual({
      nodes: [
        {
          node: 'p:1',
          attributes: {
            label: 'Giorgia Meloni',
            color: TYPE_COLORS.Person,
            entityType: 'Person',
            aliases: ['Meloni'],
            mentions: 4,
            articles: 3,
            statementsBy: 2,
            statementsAbout: 1,
            ...at(0),
            size: NODE_SIZE_MIN,
            origins: ['overview'],
            hidden: false,
          },
        },
        {
          node: 'o:2',
          attributes: {
            label: 'Camera dei deputati',
            color: TYPE_COLORS.Organization,
            entityType: 'Organization',
            aliases: [],
            mentions: 2,
            articles: 2,
            statementsBy: 0,
            statementsAbout: 0,
            ...at(1),
            size: NODE_SIZE_MIN,
            origins: ['overview'],
            hidden: false,
          },
        },
        {
          node: 'l:3',
          attributes: {
            label: 'Roma',
            color: TYPE_COLORS.Place,
            entityType: 'Place',
            aliases: ['Rome', 'Urbe'],
            mentions: 1,
            articles: 1,
            statementsBy: 0,
            statementsAbout: 0,
            ...at(2),
            size: NODE_SIZE_MIN,
            origins: ['overview'],
            hidden: false,
          },
        },
      ],
      edges: [
        {
          edge: 'spoke_about:SPOKE_ABOUT:p:1->o:2',
          source: 'p:1',
          target: 'o:2',
          attributes: {
            kind: 'spoke_about',
            relType: 'SPOKE_ABOUT',
            weight: 4,
            evidenceIds: ['s:1', 's:2'],
            firstDate: '2024-01-02',
            lastDate: '2024-03-04',
            size: 1.6 + 2 * 1.2,
            color: '',
            origins: ['overview'],
            hidden: false,
            parallel: false,
          },
        },
        {
          edge: 'comention:o:2-l:3',
          source: 'o:2',
          target: 'l:3',
          attributes: {
            kind: 'comention',
            relType: 'COMENTION',
            weight: 1,
            evidenceIds: [],
            firstDate: null,
            lastDate: null,
            size: 0.6,
            color: '',
            origins: ['overview'],
            hidden: false,
            parallel: false,
          },
        },
      ],
    });
    const fromPayload = createExplorerGraph();
    expect(mergePayload(fromPayload, PAYLOAD, { origin: OVERVIEW_ORIGIN })).toStrictEqual(result);
    expect(contents(graph)).toStrictEqual(flagged(fromPayload));
  });

  it('merges an id already in the graph, or seen twice, as the payload’s own merge does', async () => {
    const seed: GraphPayload = { ...PAYLOAD, nodes: PAYLOAD.nodes.slice(0, 1), edges: [] };
    const twice: GraphPayload = {
      ...PAYLOAD,
      nodes: [...PAYLOAD.nodes, { ...PAYLOAD.nodes[1]!, mentions: 9, aliases: ['Camera'] }],
      edges: [...PAYLOAD.edges, { ...PAYLOAD.edges[0]!, weight: 1, evidenceIds: [] }],
    };
    const graph = createExplorerGraph();
    const fromPayload = createExplorerGraph();
    mergePayload(graph, seed, { origin: 'expand:p:1', random: () => 0.5 });
    mergePayload(fromPayload, seed, { origin: 'expand:p:1', random: () => 0.5 });
    const result = await mergeChunksInSlices(
      graph,
      encodePayload(twice, 2),
      { nodes: 4, edges: 4 },
      { origin: OVERVIEW_ORIGIN, random: () => 0.25 },
      AT_ONCE,
    );
    const expected = mergePayload(fromPayload, twice, { origin: OVERVIEW_ORIGIN, random: () => 0.25 });
    expect(result).toStrictEqual(expected);
    expect(result.addedNodes).toStrictEqual(['o:2', 'l:3']);
    expect(flagged(graph)).toStrictEqual(flagged(fromPayload));
    expect(graph.getNodeAttributes('p:1').origins).toStrictEqual(['expand:p:1', 'overview']);
    expect(graph.getNodeAttribute('o:2', 'mentions')).toBe(9);
    expect(graph.getEdgeAttribute('spoke_about:SPOKE_ABOUT:p:1->o:2', 'evidenceIds')).toStrictEqual([]);
  });

  it('links an edge to an end outside the load that the graph already holds, as the payload’s own merge does', async () => {
    const seed: GraphPayload = {
      ...PAYLOAD,
      nodes: [{ ...PAYLOAD.nodes[0]!, id: 'x:9', name: 'Lazio' }],
      edges: [],
    };
    const graph = createExplorerGraph();
    const fromPayload = createExplorerGraph();
    for (const target of [graph, fromPayload]) mergePayload(target, seed, { origin: 'expand:x:9', random: () => 0.5 });
    const result = await mergeChunksInSlices(
      graph,
      encodePayload(PAYLOAD, 2),
      TOTALS,
      { origin: OVERVIEW_ORIGIN, random: () => 0.25 },
      AT_ONCE,
    );
    expect(result).toStrictEqual(mergePayload(fromPayload, PAYLOAD, { origin: OVERVIEW_ORIGIN, random: () => 0.25 }));
    expect(result.skippedEdges).toBe(0);
    expect(graph.outNeighbors('o:2')).toStrictEqual(['l:3', 'x:9']);
    expect(graph.inNeighbors('x:9')).toStrictEqual(['o:2']);
    expect(flagged(graph)).toStrictEqual(flagged(fromPayload));
  });

  it('gives each new edge the parallel flag markParallelEdges gives, from the whole load, and leaves it nothing to do', async () => {
    const node = (id: string) => ({ ...PAYLOAD.nodes[0]!, id, name: id, aliases: [] });
    const link = (id: string, source: string, target: string) => ({ ...PAYLOAD.edges[1]!, id, source, target });
    const payload: GraphPayload = {
      ...PAYLOAD,
      nodes: ['p:a', 'p:b', 'p:c', 'p:d'].map(node),
      edges: [
        link('ab', 'p:a', 'p:b'),
        link('bc', 'p:b', 'p:c'),
        link('cd', 'p:c', 'p:d'),
        // the pair a–b again, the other way, in another chunk
        link('ba', 'p:b', 'p:a'),
        link('dd', 'p:d', 'p:d'),
        link('dd2', 'p:d', 'p:d'),
        link('ad', 'p:a', 'p:d'),
      ],
    };
    const graph = createExplorerGraph();
    const totals = { nodes: 4, edges: 7 };
    await mergeChunksInSlices(graph, encodePayload(payload, 2), totals, { origin: OVERVIEW_ORIGIN }, AT_ONCE);
    const flags = (target: ExplorerGraph) => target.mapEdges((edge, attributes) => [edge, attributes.parallel]);
    expect(flags(graph)).toStrictEqual([
      ['ab', true],
      ['bc', false],
      ['cd', false],
      ['ba', true],
      ['dd', true],
      ['dd2', true],
      ['ad', false],
    ]);
    const fromPayload = createExplorerGraph();
    mergePayload(fromPayload, payload, { origin: OVERVIEW_ORIGIN });
    markParallelEdges(fromPayload);
    expect(contents(graph)).toStrictEqual(contents(fromPayload));
    // Nothing changed since the load: a flag written behind graphology's back stays.
    graph.getEdgeAttributes('bc').parallel = true;
    markParallelEdges(graph);
    expect(graph.getEdgeAttribute('bc', 'parallel')).toBe(true);
    // An edge added since: every flag is worked out again.
    graph.addDirectedEdgeWithKey('ca', 'p:c', 'p:a', { ...graph.getEdgeAttributes('ad') });
    markParallelEdges(graph);
    expect(flags(graph)).toStrictEqual([...flags(fromPayload), ['ca', false]]);
  });

  it('tells the graph’s listeners of every node and edge it adds, as the payload’s own merge does', async () => {
    const heard = (target: ExplorerGraph) => {
      const events: unknown[] = [];
      target.on('nodeAdded', ({ key }) => events.push(['node', key]));
      target.on('edgeAdded', ({ key, source, target: end, attributes }) =>
        events.push(['edge', key, source, end, attributes.kind]),
      );
      return events;
    };
    const graph = createExplorerGraph();
    const fromPayload = createExplorerGraph();
    const [events, expected] = [heard(graph), heard(fromPayload)];
    await mergeChunksInSlices(graph, encodePayload(PAYLOAD, 2), TOTALS, { origin: OVERVIEW_ORIGIN }, AT_ONCE);
    mergePayload(fromPayload, PAYLOAD, { origin: OVERVIEW_ORIGIN });
    expect(events).toStrictEqual(expected);
    expect(events).toStrictEqual([
      ['node', 'p:1'],
      ['node', 'o:2'],
      ['node', 'l:3'],
      ['edge', 'spoke_about:SPOKE_ABOUT:p:1->o:2', 'p:1', 'o:2', 'spoke_about'],
      ['edge', 'comention:o:2-l:3', 'o:2', 'l:3', 'comention'],
    ]);
  });

  it('fails, adding no edge, when nodes leave the graph while it waits for a chunk or for the page', async () => {
    const chunks = [...encodePayload(PAYLOAD, 2)];
    const dropped = createExplorerGraph();
    async function* droppingAfterNodes() {
      for (const chunk of chunks) {
        yield chunk;
        if (chunk.kind === 'edges') dropped.dropNode('o:2');
      }
    }
    await expect(
      mergeChunksInSlices(dropped, droppingAfterNodes(), TOTALS, { origin: OVERVIEW_ORIGIN }, AT_ONCE),
    ).rejects.toThrow('Nodes left the graph while a load was adding to it.');
    expect([dropped.nodes(), dropped.size]).toStrictEqual([['p:1', 'l:3'], 0]);
    const cleared = createExplorerGraph();
    await expect(
      mergeChunksInSlices(
        cleared,
        chunks,
        TOTALS,
        { origin: OVERVIEW_ORIGIN },
        {
          sliceMs: 0,
          yieldToPage: async () => cleared.clear(),
        },
      ),
    ).rejects.toThrow('Nodes left the graph while a load was adding to it.');
    expect([cleared.order, cleared.size]).toStrictEqual([0, 0]);
    // Once the load is over, its graph is the page's again: no listener of it is left behind.
    expect([dropped.listenerCount('nodeDropped'), dropped.listenerCount('cleared')]).toStrictEqual([0, 0]);
  });

  it('leaves the parallel flags to markParallelEdges when the graph held other edges before the load', async () => {
    const graph = createExplorerGraph();
    mergePayload(graph, { ...PAYLOAD, edges: PAYLOAD.edges.slice(0, 1) }, { origin: 'expand:p:1' });
    const again = { ...PAYLOAD.edges[0]!, id: 'spoke_about:SPOKE_ABOUT:p:1->o:2 again' };
    await mergeChunksInSlices(
      graph,
      encodePayload({ nodes: PAYLOAD.nodes, edges: [again] }, 2),
      { nodes: 3, edges: 1 },
      { origin: OVERVIEW_ORIGIN },
      AT_ONCE,
    );
    // The load alone has no pair; with the edge the graph held, it has one.
    expect(graph.getEdgeAttribute(again.id, 'parallel')).toBe(false);
    markParallelEdges(graph);
    expect(graph.mapEdges((_edge, attributes) => attributes.parallel)).toStrictEqual([true, true]);
  });

  it('yields to the page once a slice has run its time, across chunks, adds the edges once all are made, and reports progress', async () => {
    const graph = createExplorerGraph();
    let clock = 0;
    const events: string[] = [];
    await mergeChunksInSlices(
      graph,
      encodePayload(PAYLOAD, 1),
      TOTALS,
      { origin: OVERVIEW_ORIGIN },
      {
        sliceMs: 1,
        // each look at the clock moves it 1 ms: a yield after every chunk of one item
        now: () => clock++,
        yieldToPage: async () => {
          events.push(`yield with ${graph.order} nodes, ${graph.size} edges`);
        },
        onProgress: (done, total) => events.push(`${done}/${total}`),
      },
    );
    // Each edge counts twice, made and added; the one skipped is neither.
    expect(events).toStrictEqual([
      '1/9',
      'yield with 1 nodes, 0 edges',
      '2/9',
      'yield with 2 nodes, 0 edges',
      '3/9',
      'yield with 3 nodes, 0 edges',
      '4/9',
      'yield with 3 nodes, 0 edges',
      '5/9',
      'yield with 3 nodes, 0 edges',
      '6/9',
      'yield with 3 nodes, 0 edges',
      '9/9',
      'yield with 3 nodes, 2 edges',
      '9/9',
    ]);
  });
});
