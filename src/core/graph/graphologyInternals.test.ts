import Graph, { DirectedGraph, MultiDirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../contract/seededRandom.ts';
import {
  directedBuilder,
  edgeRecords,
  GRAPHOLOGY_PRIVATE_MEMBERS,
  NODE_POSITION,
  nodeRecords,
  hasDictionaryAdjacency,
  nodeDataPrototype,
  useDictionaryAdjacency,
} from './graphologyInternals.ts';

type Internals = { _nodes: Map<string, { in: object; out: object; clear: unknown }> };

/** A small directed multigraph: parallel edges both ways, a self-loop, a lone node. */
function build(graph: Graph): Graph {
  for (const node of ['p:1', 'o:2', 'l:3', 'e:4', 'x:5']) graph.addNode(node, { label: node });
  const edges: [string, string, string][] = [
    ['a', 'p:1', 'o:2'],
    ['b', 'p:1', 'o:2'],
    ['c', 'o:2', 'p:1'],
    ['d', 'o:2', 'l:3'],
    ['e', 'l:3', 'l:3'],
    ['f', 'e:4', 'p:1'],
  ];
  for (const [edge, source, target] of edges) graph.addDirectedEdgeWithKey(edge, source, target, { weight: 1 });
  return graph;
}

/** What graphology answers about a graph, through its public API only. */
function answers(graph: Graph) {
  return {
    nodes: graph.nodes(),
    edges: graph.mapEdges((edge, attributes, source, target) => [edge, source, target, attributes]),
    neighbours: graph.mapNodes((node) => [
      graph.outNeighbors(node),
      graph.inNeighbors(node),
      graph.outEdges(node),
      graph.inEdges(node),
      graph.inDegree(node),
      graph.outDegree(node),
    ]),
    between: [graph.edges('p:1', 'o:2'), graph.edges('o:2', 'p:1'), graph.edges('e:4', 'p:1')],
    has: [
      graph.hasEdge('p:1', 'o:2'),
      graph.hasDirectedEdge('o:2', 'p:1'),
      graph.hasEdge('x:5', 'o:2'),
      graph.areNeighbors('e:4', 'p:1'),
      graph.areNeighbors('x:5', 'p:1'),
    ],
    size: [graph.order, graph.size, graph.selfLoopCount],
  };
}

describe('graphology internals (canary)', () => {
  it('still keeps node data as this module reads it', () => {
    expect(GRAPHOLOGY_PRIVATE_MEMBERS).toStrictEqual([
      'graph._nodes',
      'graph._edges',
      'graph.NodeDataClass',
      'graph._directedSize',
      'graph._directedSelfLoopCount',
      'nodeData.key',
      'nodeData.attributes',
      'nodeData.clear',
      'nodeData.in',
      'nodeData.out',
      'nodeData.inDegree',
      'nodeData.outDegree',
      'nodeData.directedLoops',
      'edgeData.constructor',
      'edgeData.attachMulti',
      'edgeData.key',
      'edgeData.attributes',
      'edgeData.source',
      'edgeData.target',
    ]);
    const graph = new MultiDirectedGraph();
    const a = { label: 'A' };
    const link = { weight: 2 };
    graph.addNode('a', a);
    graph.addNode('b');
    graph.addDirectedEdgeWithKey('ab', 'a', 'b', link);
    const data = (graph as unknown as Internals)._nodes.get('a')!;
    expect([typeof data.in, typeof data.out, typeof data.clear]).toStrictEqual(['object', 'object', 'function']);
    expect(nodeDataPrototype(graph)).toBe(Object.getPrototypeOf(data));
    expect(graph.nodes()).toStrictEqual(['a', 'b']);
    const nodes = [...nodeRecords(graph)];
    expect(nodes.map((node) => node.key)).toStrictEqual(['a', 'b']);
    expect(nodes[0]!.attributes).toBe(a);
    const edges = [...edgeRecords(graph)];
    expect(edges.map((edge) => [edge.key, edge.source.key, edge.target.key])).toStrictEqual([['ab', 'a', 'b']]);
    expect(edges[0]!.attributes).toBe(link);
  });
});

describe('useDictionaryAdjacency', () => {
  it('gives nodes adjacency objects of their own that still inherit from Object', () => {
    const graph = new MultiDirectedGraph();
    useDictionaryAdjacency(graph);
    useDictionaryAdjacency(graph);
    expect(hasDictionaryAdjacency(graph)).toBe(true);
    expect(graph.order).toBe(0);
    graph.addNode('a');
    graph.addNode('b');
    const nodes = (graph as unknown as Internals)._nodes;
    const [a, b] = [nodes.get('a')!, nodes.get('b')!];
    expect([Object.getPrototypeOf(a.in), Object.getPrototypeOf(a.out)]).toStrictEqual([
      Object.prototype,
      Object.prototype,
    ]);
    expect(a.out).not.toBe(b.out);
    expect(a.in).not.toBe(a.out);
  });

  it('leaves every answer of graphology as on a graph without it, through adds, drops and clears', () => {
    const patched = new MultiDirectedGraph();
    useDictionaryAdjacency(patched);
    // A mixed graph has node data of another class, which this test never patches.
    const plain = new Graph({ type: 'mixed', multi: true });
    expect(hasDictionaryAdjacency(plain)).toBe(false);
    build(patched);
    build(plain);
    expect(answers(patched)).toStrictEqual(answers(plain));
    expect(answers(patched).between).toStrictEqual([['c', 'b', 'a'], ['b', 'a', 'c'], ['f']]);
    for (const graph of [patched, plain]) {
      graph.dropEdge('a');
      graph.dropNode('l:3');
    }
    expect(answers(patched)).toStrictEqual(answers(plain));
    expect(answers(patched).size).toStrictEqual([4, 3, 0]);
    for (const graph of [patched, plain]) {
      graph.clearEdges();
      graph.addDirectedEdgeWithKey('g', 'x:5', 'p:1');
    }
    expect(answers(patched)).toStrictEqual(answers(plain));
    expect(patched.outNeighbors('x:5')).toStrictEqual(['p:1']);
  });

  it('gives every node of a patched graph the numbering field from its start, one shape for all', () => {
    const graph = new MultiDirectedGraph();
    useDictionaryAdjacency(graph);
    graph.addNode('p:1');
    graph.addNode('o:2', { label: 'o' });
    const records = [...(graph as unknown as { _nodes: Map<string, object> })._nodes.values()];
    expect(
      records.map((record) => [Object.keys(record).at(-1), (record as Record<string, unknown>)[NODE_POSITION]]),
    ).toStrictEqual([
      [NODE_POSITION, -1],
      [NODE_POSITION, -1],
    ]);
  });
});

/** A seeded random directed multigraph: self-loops, edges both ways, several edges for some pairs, a lone node (the last). */
function randomItems(seed: number, order: number, size: number) {
  const random = seededRandom(seed);
  const nodes = Array.from({ length: order }, (_, i) => [`n:${i}`, { label: `Node ${i}`, rank: i }] as const);
  const pick = () => Math.floor(random() * (order - 1));
  const edges: (readonly [string, string, string, Attributes])[] = [];
  for (let e = 0; e < size; e++) {
    const roll = random();
    const previous = edges[Math.floor(random() * edges.length)];
    const source = roll < 0.05 ? pick() : roll < 0.15 && previous ? Number(previous[1].slice(2)) : pick();
    const target = roll < 0.05 ? source : roll < 0.15 && previous ? Number(previous[2].slice(2)) : pick();
    const [from, to] = roll >= 0.1 && roll < 0.15 ? [target, source] : [source, target];
    edges.push([`e:${e}`, `n:${from}`, `n:${to}`, { weight: e % 7 }]);
  }
  return { nodes, edges };
}

/** Everything graphology answers about a directed multigraph, through its public API only. */
function everything(graph: Graph) {
  return {
    exported: graph.export(),
    nodes: graph.mapNodes((node) => ({
      node,
      out: [graph.outNeighbors(node), graph.outEdges(node), graph.outDegree(node)],
      in: [graph.inNeighbors(node), graph.inEdges(node), graph.inDegree(node)],
      all: [graph.neighbors(node), graph.edges(node), graph.degree(node), graph.degreeWithoutSelfLoops(node)],
      loops: graph.edges(node, node),
    })),
    edges: graph.mapEdges((edge, attributes, source, target) => ({
      edge,
      attributes,
      ends: [source, target, graph.source(edge), graph.target(edge), graph.isSelfLoop(edge)],
      along: graph.edges(source, target),
      against: graph.edges(target, source),
      has: [graph.hasEdge(edge), graph.hasDirectedEdge(source, target), graph.areNeighbors(source, target)],
    })),
    size: [graph.order, graph.size, graph.directedSize, graph.selfLoopCount, graph.directedSelfLoopCount],
  };
}

/** The events a graph emits, as a list. */
function recordEvents(graph: Graph): unknown[] {
  const events: unknown[] = [];
  for (const event of ['nodeAdded', 'edgeAdded', 'nodeDropped', 'edgeDropped', 'edgeAttributesUpdated'] as const)
    graph.on(event, (payload: unknown) => events.push([event, payload]));
  return events;
}

/** The same changes made to a graph after its build, through graphology's public API. */
function changeAfterwards(graph: Graph, items: ReturnType<typeof randomItems>): void {
  const [first, second, third] = items.edges;
  graph.dropEdge(first![0]);
  graph.dropNode(second![1]);
  graph.addNode('n:new', { label: 'New' });
  graph.addDirectedEdgeWithKey('e:new', 'n:new', third![2], { weight: 1 });
  graph.addDirectedEdgeWithKey('e:again', 'n:new', third![2], { weight: 2 });
  graph.mergeEdgeAttributes(third![0], { weight: 99 });
  graph.dropEdge('e:new');
}

/** What the public API builds, and what directedBuilder builds, from the same items in the same order. */
function bothWays(makeGraph: () => Graph, items: ReturnType<typeof randomItems>, listened: boolean) {
  const publicGraph = makeGraph();
  const builtGraph = makeGraph();
  const publicEvents = listened ? recordEvents(publicGraph) : [];
  const builtEvents = listened ? recordEvents(builtGraph) : [];
  for (const [node, attributes] of items.nodes) publicGraph.addNode(node, attributes);
  for (const [edge, source, target, attributes] of items.edges)
    publicGraph.addDirectedEdgeWithKey(edge, source, target, attributes);
  const builder = directedBuilder(builtGraph);
  for (const [node, attributes] of items.nodes) builder.addNode(node, attributes);
  const made = items.edges.map(([edge, source, target, attributes]) =>
    builder.edge(edge, builder.node(source)!, builder.node(target)!, attributes),
  );
  expect(builtGraph.size).toBe(0);
  expect(made.map((edge) => builder.addEdge(edge))).toStrictEqual(made.map(() => true));
  return { publicGraph, builtGraph, publicEvents, builtEvents };
}

function patchedGraph(): Graph {
  const graph = new MultiDirectedGraph();
  useDictionaryAdjacency(graph);
  return graph;
}

describe('directedBuilder', () => {
  for (const [name, order, size] of [
    ['small', 12, 40],
    ['medium', 1500, 6000],
  ] as const)
    for (const [kind, makeGraph] of [
      ['with dictionary adjacency', patchedGraph],
      ['as graphology makes it', () => new MultiDirectedGraph()],
    ] as const)
      it(`builds the ${name} random graph ${kind} as addNode and addDirectedEdgeWithKey do, before and after changes`, () => {
        const items = randomItems(order + size, order, size);
        const { publicGraph, builtGraph, publicEvents, builtEvents } = bothWays(makeGraph, items, false);
        const built = everything(builtGraph);
        expect(built).toStrictEqual(everything(publicGraph));
        expect(built.size[3]).toBeGreaterThan(0);
        expect(built.edges.some((edge) => edge.along.length > 1)).toBe(true);
        expect(built.edges.some((edge) => edge.against.length > 0 && !edge.ends[4])).toBe(true);
        expect(built.nodes.some((node) => node.all[2] === 0)).toBe(true);
        // Listeners added after the build hear later changes as on the graph built the public way.
        const [publicLater, builtLater] = [recordEvents(publicGraph), recordEvents(builtGraph)];
        changeAfterwards(publicGraph, items);
        changeAfterwards(builtGraph, items);
        expect(builtLater).toStrictEqual(publicLater);
        expect(builtLater.length).toBeGreaterThan(0);
        expect(everything(builtGraph)).toStrictEqual(everything(publicGraph));
        expect(builtEvents).toStrictEqual(publicEvents);
      });

  it('emits the events addNode and addDirectedEdgeWithKey emit to the listeners a graph has during the build', () => {
    const items = randomItems(7, 6, 15);
    const { publicGraph, builtGraph, publicEvents, builtEvents } = bothWays(patchedGraph, items, true);
    expect(builtEvents).toStrictEqual(publicEvents);
    expect(builtEvents.length).toBe(21);
    expect(everything(builtGraph)).toStrictEqual(everything(publicGraph));
  });

  it('adds nothing for an edge id the graph has, and refuses a node id it has, a self-loop it forbids, a graph of another type', () => {
    const graph = patchedGraph();
    const builder = directedBuilder(graph);
    const a = builder.addNode('a', {});
    const b = builder.addNode('b', {});
    expect(builder.addEdge(builder.edge('ab', a, b, { weight: 1 }))).toBe(true);
    const before = everything(graph);
    expect(builder.addEdge(builder.edge('ab', b, a, { weight: 2 }))).toBe(false);
    expect(everything(graph)).toStrictEqual(before);
    expect(() => builder.addNode('a', {})).toThrow('The graph has a node "a" already.');
    expect(graph.getNodeAttributes('a')).toStrictEqual({});
    const noLoops = new MultiDirectedGraph({ allowSelfLoops: false });
    const loopless = directedBuilder(noLoops);
    const c = loopless.addNode('c', {});
    expect(() => loopless.edge('cc', c, c, {})).toThrow('The graph allows no self-loop, as "cc" would be.');
    expect(() => directedBuilder(new DirectedGraph())).toThrow('directedBuilder builds directed multigraphs only');
    expect(() => directedBuilder(new Graph({ multi: true }))).toThrow(
      'directedBuilder builds directed multigraphs only',
    );
  });
});
