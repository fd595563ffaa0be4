import { describe, expect, it } from 'vitest';
import { edgeView, nodeView, payload, randomPayload } from '../testing/factories.ts';
import {
  applySizes,
  applySizesWalk,
  createExplorerGraph,
  expandOrigin,
  markParallelEdges,
  markParallelEdgesWalk,
  mergeInSlices,
  mergePayload,
  neighbourCount,
  OVERVIEW_ORIGIN,
  removeOrigin,
  scaleSize,
  seededRandom,
  statementLayerOf,
} from './explorerGraph.ts';
import { runInSlices } from './slices.ts';

describe('mergePayload', () => {
  it('builds nodes and edges from an API payload', () => {
    const graph = createExplorerGraph();
    const result = mergePayload(
      graph,
      payload(
        [nodeView('a'), nodeView('b', 'Place', { mentions: 4 })],
        [edgeView('a', 'b', 'spoke_about', { weight: 3, evidenceIds: ['s1', 's2', 's3'] })],
      ),
      {
        origin: OVERVIEW_ORIGIN,
        random: seededRandom(1),
      },
    );
    expect(result).toStrictEqual({
      addedNodes: ['a', 'b'],
      addedEdges: ['spoke_about:SPOKE_ABOUT:a->b'],
      skippedEdges: 0,
    });
    expect(graph.order).toBe(2);
    expect(graph.getNodeAttribute('b', 'entityType')).toBe('Place');
    expect(graph.getNodeAttribute('b', 'mentions')).toBe(4);
    expect(graph.getNodeAttribute('a', 'label')).toBe('A');
    expect(graph.source('spoke_about:SPOKE_ABOUT:a->b')).toBe('a');
    expect(graph.getEdgeAttribute('spoke_about:SPOKE_ABOUT:a->b', 'evidenceIds')).toStrictEqual(['s1', 's2', 's3']);
    expect(graph.getEdgeAttribute('spoke_about:SPOKE_ABOUT:a->b', 'weight')).toBe(3);
  });

  it('gives what one load brought one shared origins array, which cannot be changed in place', () => {
    const graph = createExplorerGraph();
    mergePayload(graph, payload([nodeView('a'), nodeView('b')], [edgeView('a', 'b')]), {
      origin: OVERVIEW_ORIGIN,
      random: seededRandom(1),
    });
    const origins = graph.getNodeAttribute('a', 'origins');
    expect(origins).toStrictEqual(['overview']);
    const others = [
      graph.getNodeAttribute('b', 'origins'),
      graph.getEdgeAttribute('spoke_about:SPOKE_ABOUT:a->b', 'origins'),
    ];
    expect(others.map((other) => other === origins)).toStrictEqual([true, true]);
    expect(() => origins.push('expand:a')).toThrow(TypeError);
    expect(origins).toStrictEqual(['overview']);
  });

  it('keeps positions of existing nodes when a neighbourhood is merged in', () => {
    const graph = createExplorerGraph();
    mergePayload(graph, payload([nodeView('a'), nodeView('b')], [edgeView('a', 'b')]), {
      origin: OVERVIEW_ORIGIN,
      random: seededRandom(1),
    });
    graph.mergeNodeAttributes('a', { x: 5, y: 7 });
    graph.mergeNodeAttributes('b', { x: -3, y: 2 });
    const result = mergePayload(
      graph,
      payload([nodeView('a', 'Person', { mentions: 9 }), nodeView('c')], [edgeView('a', 'c'), edgeView('a', 'b')]),
      {
        origin: expandOrigin('a'),
        anchor: 'a',
        random: seededRandom(2),
      },
    );
    expect(result).toStrictEqual({ addedNodes: ['c'], addedEdges: ['spoke_about:SPOKE_ABOUT:a->c'], skippedEdges: 0 });
    expect([graph.getNodeAttribute('a', 'x'), graph.getNodeAttribute('a', 'y')]).toStrictEqual([5, 7]);
    expect([graph.getNodeAttribute('b', 'x'), graph.getNodeAttribute('b', 'y')]).toStrictEqual([-3, 2]);
    expect(graph.getNodeAttribute('a', 'mentions')).toBe(9);
    expect(graph.getNodeAttribute('a', 'origins')).toStrictEqual(['overview', 'expand:a']);
    expect(graph.getEdgeAttribute('spoke_about:SPOKE_ABOUT:a->b', 'origins')).toStrictEqual(['overview', 'expand:a']);
    // the new node sits near its anchor, not across the graph
    const dx = graph.getNodeAttribute('c', 'x') - 5;
    const dy = graph.getNodeAttribute('c', 'y') - 7;
    expect(Math.hypot(dx, dy) < 20).toBe(true);
  });

  it('skips edges whose endpoints are unknown', () => {
    const graph = createExplorerGraph();
    const result = mergePayload(graph, payload([nodeView('a')], [edgeView('a', 'zz')]), { origin: OVERVIEW_ORIGIN });
    expect(result.skippedEdges).toBe(1);
    expect(graph.size).toBe(0);
  });
});

describe('removeOrigin', () => {
  it('collapsing an expansion restores the graph as it was', () => {
    const graph = createExplorerGraph();
    mergePayload(graph, payload([nodeView('a'), nodeView('b')], [edgeView('a', 'b')]), {
      origin: OVERVIEW_ORIGIN,
      random: seededRandom(1),
    });
    const before = { nodes: graph.nodes(), edges: graph.edges() };
    mergePayload(
      graph,
      payload(
        [nodeView('a'), nodeView('b'), nodeView('c'), nodeView('d')],
        [edgeView('a', 'c'), edgeView('c', 'd'), edgeView('a', 'b')],
      ),
      {
        origin: expandOrigin('a'),
        anchor: 'a',
        random: seededRandom(3),
      },
    );
    expect(graph.order).toBe(4);
    const removed = removeOrigin(graph, expandOrigin('a'), new Set(['a']));
    expect(removed.removedNodes).toStrictEqual(['c', 'd']);
    expect({ nodes: graph.nodes(), edges: graph.edges() }).toStrictEqual(before);
    expect(graph.getNodeAttribute('a', 'origins')).toStrictEqual(['overview']);
    expect(graph.getEdgeAttribute('spoke_about:SPOKE_ABOUT:a->b', 'origins')).toStrictEqual(['overview']);
  });

  it('keeps nodes another expansion also brought in', () => {
    const graph = createExplorerGraph();
    mergePayload(graph, payload([nodeView('a'), nodeView('b')]), { origin: OVERVIEW_ORIGIN });
    mergePayload(graph, payload([nodeView('a'), nodeView('c')], [edgeView('a', 'c')]), {
      origin: expandOrigin('a'),
      anchor: 'a',
    });
    mergePayload(graph, payload([nodeView('b'), nodeView('c')], [edgeView('b', 'c')]), {
      origin: expandOrigin('b'),
      anchor: 'b',
    });
    removeOrigin(graph, expandOrigin('a'), new Set(['a']));
    expect(graph.nodes()).toStrictEqual(['a', 'b', 'c']);
    expect(graph.edges()).toStrictEqual(['spoke_about:SPOKE_ABOUT:b->c']);
  });
});

describe('sizes', () => {
  it('scales on a square root between the bounds', () => {
    expect(scaleSize(0, 100)).toBe(3);
    expect(scaleSize(100, 100)).toBe(20);
    expect(scaleSize(25, 100)).toBe(11.5);
    expect(scaleSize(5, 0)).toBe(3);
  });

  it('switches between mentions and degree', () => {
    const graph = createExplorerGraph();
    mergePayload(
      graph,
      payload(
        [nodeView('a', 'Person', { mentions: 1 }), nodeView('b', 'Person', { mentions: 4 }), nodeView('c')],
        [edgeView('a', 'b'), edgeView('a', 'c'), edgeView('a', 'b', 'relation')],
      ),
      { origin: OVERVIEW_ORIGIN },
    );
    applySizes(graph, 'mentions');
    expect(graph.nodes().map((n) => graph.getNodeAttribute(n, 'size'))).toStrictEqual([11.5, 20, 11.5]);
    applySizes(graph, 'degree');
    expect(graph.nodes().map((n) => graph.getNodeAttribute(n, 'size'))).toStrictEqual([
      20,
      3 + 17 * Math.sqrt(0.5),
      3 + 17 * Math.sqrt(0.5),
    ]);
  });

  it('statement nodes keep their size and do not count as neighbours', () => {
    const graph = createExplorerGraph();
    mergePayload(
      graph,
      payload([nodeView('a'), nodeView('b'), nodeView('c')], [edgeView('a', 'b'), edgeView('a', 'c')]),
      { origin: OVERVIEW_ORIGIN },
    );
    graph.addNode('statement:s1', {
      ...graph.getNodeAttributes('b'),
      size: 2.5,
      origins: ['statements'],
      statement: { statementId: 's1', date: null, parents: ['spoke_about:SPOKE_ABOUT:a->b'] },
    });
    graph.addDirectedEdgeWithKey('said:s1', 'b', 'statement:s1', {
      ...graph.getEdgeAttributes('spoke_about:SPOKE_ABOUT:a->b'),
    });
    statementLayerOf(graph).nodes.add('statement:s1');
    statementLayerOf(graph).edges.add('said:s1');
    expect(neighbourCount(graph, 'b')).toBe(1);
    applySizes(graph, 'degree');
    expect(graph.nodes().map((n) => graph.getNodeAttribute(n, 'size'))).toStrictEqual([
      20,
      3 + 17 * Math.sqrt(0.5),
      3 + 17 * Math.sqrt(0.5),
      2.5,
    ]);
    graph.dropNode('statement:s1');
    expect(statementLayerOf(graph)).toStrictEqual({ nodes: new Set(), edges: new Set() });
  });
});

describe('markParallelEdges', () => {
  it('flags edges that share both endpoints, in either direction', () => {
    const graph = createExplorerGraph();
    mergePayload(
      graph,
      payload(
        [nodeView('a'), nodeView('b'), nodeView('c')],
        [edgeView('a', 'b'), edgeView('b', 'a', 'relation'), edgeView('a', 'c')],
      ),
      { origin: OVERVIEW_ORIGIN },
    );
    markParallelEdges(graph);
    expect(graph.edges().map((e) => [e, graph.getEdgeAttribute(e, 'parallel')])).toStrictEqual([
      ['spoke_about:SPOKE_ABOUT:a->b', true],
      ['relation:MET:b->a', true],
      ['spoke_about:SPOKE_ABOUT:a->c', false],
    ]);
  });

  it('flags two loops on one node, and leaves a lone loop straight', () => {
    const graph = createExplorerGraph();
    mergePayload(
      graph,
      payload(
        [nodeView('a'), nodeView('b'), nodeView('c')],
        [edgeView('a', 'a'), edgeView('a', 'a', 'relation'), edgeView('b', 'b'), edgeView('b', 'c')],
      ),
      { origin: OVERVIEW_ORIGIN },
    );
    markParallelEdges(graph);
    expect(graph.edges().map((e) => [e, graph.getEdgeAttribute(e, 'parallel')])).toStrictEqual([
      ['spoke_about:SPOKE_ABOUT:a->a', true],
      ['relation:MET:a->a', true],
      ['spoke_about:SPOKE_ABOUT:b->b', false],
      ['spoke_about:SPOKE_ABOUT:b->c', false],
    ]);
  });

  it('flags exactly the edges whose pair of endpoints has another edge, on a random multigraph', () => {
    const random = seededRandom(7);
    const ids = Array.from({ length: 30 }, (_, i) => `n${i}`);
    const kinds = ['spoke_about', 'relation', 'comention'] as const;
    const edges = Array.from({ length: 120 }, () => {
      const s = ids[Math.floor(random() * ids.length)]!;
      const t = ids[Math.floor(random() * ids.length)]!;
      return edgeView(s, t, kinds[Math.floor(random() * kinds.length)]!);
    });
    const graph = createExplorerGraph();
    mergePayload(
      graph,
      payload(
        ids.map((id) => nodeView(id)),
        edges,
      ),
      { origin: OVERVIEW_ORIGIN },
    );
    markParallelEdges(graph);
    const pairs = new Map<string, number>();
    const pair = (s: string, t: string) => [s, t].sort().join('|');
    graph.forEachEdge((_e, _a, s, t) => pairs.set(pair(s, t), (pairs.get(pair(s, t)) ?? 0) + 1));
    const flagged = graph.filterEdges((_e, a) => a.parallel === true).length;
    expect(flagged > 0 && flagged < graph.size).toBe(true);
    graph.forEachEdge((e, a, s, t) => expect([e, a.parallel]).toStrictEqual([e, pairs.get(pair(s, t))! > 1]));
  });
});

describe('mergeInSlices', () => {
  // A clock that advances 1 ms per look, so slices end after a known number of items.
  const tickingClock = () => {
    let t = 0;
    return () => t++;
  };

  it('adds everything, yielding whenever a slice has used its time', async () => {
    const graph = createExplorerGraph();
    const nodes = Array.from({ length: 200 }, (_, i) => nodeView(`n${i}`));
    const edges = Array.from({ length: 100 }, (_, i) => edgeView(`n${i}`, `n${i + 1}`));
    const progress: number[] = [];
    let yields = 0;
    const result = await mergeInSlices(
      graph,
      payload(nodes, edges),
      { origin: OVERVIEW_ORIGIN, random: seededRandom(4) },
      {
        sliceMs: 2,
        yieldToPage: async () => {
          yields++;
        },
        onProgress: (done) => progress.push(done),
        now: tickingClock(),
      },
    );
    expect(result.addedNodes).toStrictEqual(nodes.map((n) => n.id));
    expect(result.addedEdges.length).toBe(100);
    expect(result.skippedEdges).toBe(0);
    // The clock is read at the start of a slice and every 64 items, 1 ms later at each read:
    // a 2 ms slice ends at its second read after the start, every 128 items. The first 200
    // items visited are the nodes looked up to count the new ones (none added yet: 0 done).
    expect(progress).toStrictEqual([0, 56, 184, 300]);
    expect(yields).toBe(3);
    expect([graph.order, graph.size]).toStrictEqual([200, 100]);
  });

  it('places a first load exactly as mergePayload does: one circle, however it is sliced', async () => {
    const nodes = Array.from({ length: 150 }, (_, i) => nodeView(`n${i}`));
    const sliced = createExplorerGraph();
    await mergeInSlices(
      sliced,
      payload(nodes, []),
      { origin: OVERVIEW_ORIGIN },
      {
        sliceMs: 0,
        yieldToPage: async () => {},
        now: tickingClock(),
      },
    );
    const whole = createExplorerGraph();
    mergePayload(whole, payload(nodes, []), { origin: OVERVIEW_ORIGIN });
    const positions = (graph: typeof whole) => graph.mapNodes((node, a) => [node, a.x, a.y]);
    expect(positions(sliced)).toStrictEqual(positions(whole));
    const radius = (100 * Math.sqrt(150)) / 10 + 10;
    expect(sliced.getNodeAttribute('n75', 'x')).toBeCloseTo(-radius, 9);
  });

  it('refreshes nodes already in the graph and skips edges to unknown nodes', async () => {
    const graph = createExplorerGraph();
    mergePayload(graph, payload([nodeView('a')], []), { origin: OVERVIEW_ORIGIN });
    graph.mergeNodeAttributes('a', { x: 5, y: 7 });
    const result = await mergeInSlices(
      graph,
      payload([nodeView('a', 'Person', { mentions: 9 }), nodeView('b')], [edgeView('a', 'b'), edgeView('a', 'z')]),
      { origin: expandOrigin('a'), random: seededRandom(3) },
      { sliceMs: 12, yieldToPage: async () => {}, now: () => 0 },
    );
    expect(result).toStrictEqual({ addedNodes: ['b'], addedEdges: ['spoke_about:SPOKE_ABOUT:a->b'], skippedEdges: 1 });
    expect(graph.getNodeAttributes('a')).toMatchObject({
      x: 5,
      y: 7,
      mentions: 9,
      origins: [OVERVIEW_ORIGIN, expandOrigin('a')],
    });
  });
});

describe('in-place passes', () => {
  it('write sizes and parallel flags without graph events (the renderer is refreshed once, by the caller)', () => {
    const graph = createExplorerGraph();
    mergePayload(graph, payload([nodeView('a'), nodeView('b')], [edgeView('a', 'b'), edgeView('b', 'a', 'relation')]), {
      origin: OVERVIEW_ORIGIN,
    });
    const events: string[] = [];
    for (const name of [
      'nodeAttributesUpdated',
      'eachNodeAttributesUpdated',
      'edgeAttributesUpdated',
      'eachEdgeAttributesUpdated',
    ] as const)
      graph.on(name, () => events.push(name));
    applySizes(graph, 'degree');
    markParallelEdges(graph);
    expect(events).toStrictEqual([]);
    expect(graph.mapEdges((_e, a) => a.parallel)).toStrictEqual([true, true]);
    expect(graph.mapNodes((_n, a) => a.size)).toStrictEqual([20, 20]);
  });
});

describe('passes in slices', () => {
  it('size and flag parallel edges exactly as the passes run at once, yielding on the way', async () => {
    const atOnce = createExplorerGraph();
    const sliced = createExplorerGraph();
    for (const graph of [atOnce, sliced])
      mergePayload(graph, randomPayload(600, 1500), { origin: OVERVIEW_ORIGIN, random: seededRandom(3) });
    applySizes(atOnce, 'degree');
    markParallelEdges(atOnce);
    let yields = 0;
    let t = 0;
    const slicing = {
      sliceMs: 1,
      yieldToPage: async () => {
        yields++;
      },
      now: () => t++,
    };
    await runInSlices(applySizesWalk(sliced, 'degree', true), slicing);
    await runInSlices(markParallelEdgesWalk(sliced, true), slicing);
    expect(yields).toBeGreaterThan(10);
    expect(sliced.mapNodes((_n, a) => a.size)).toStrictEqual(atOnce.mapNodes((_n, a) => a.size));
    const parallel = atOnce.mapEdges((_e, a) => a.parallel);
    expect(sliced.mapEdges((_e, a) => a.parallel)).toStrictEqual(parallel);
    // The graph has both kinds, so the comparison says something.
    expect(new Set(parallel)).toStrictEqual(new Set([true, false]));
  });
});
