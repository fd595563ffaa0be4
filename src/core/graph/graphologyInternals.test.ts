import Graph, { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import {
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
      'nodeData.key',
      'nodeData.attributes',
      'nodeData.clear',
      'nodeData.in',
      'nodeData.out',
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
