// graphology keeps each node's edges in plain objects (`in` and `out`) keyed by the ids of its
// neighbours. V8 gives an object that grows by named keys a new hidden class for every new
// sequence of keys, and no two nodes have the same neighbours: adding the 600,000 edges of a
// 200,000-node graph made hundreds of thousands of hidden classes, and attaching an edge to
// its ends (graphology's EdgeData.attachMulti) was the largest single item of building the
// graph. An object made without a prototype is a hash table (dictionary mode) from the start;
// given Object.prototype back, it keeps graphology's `hasOwnProperty` calls working, and it
// stays a hash table (200,000 nodes and 600,000 edges added in Node: about 30% less CPU).
// The walks that pause (slices.ts) read the graph's own node and edge maps, as forEachNode and
// forEachEdge do, rather than through nodeEntries and edgeEntries, which make an object of
// seven fields per edge: 600,000 of them per walk over a big graph, several walks per load.
// Walks that need the ends of every edge as numbers (parallel flags, the layout's input) number
// the nodes in a field of our own on graphology's node data (NODE_POSITION), written as they
// walk the nodes and read back from each edge's ends: a property read where a look-up of the
// end's id in a map of 200,000 strings cost 0.3-0.4 s per 600,000 edges. The patched `clear`
// (which graphology's node data constructor calls) gives every node that field from its start,
// so all nodes keep one shape.
// A load of tens of thousands of items goes through directedBuilder rather than addNode and
// addDirectedEdgeWithKey: the stores end up as graphology's own methods leave them, without
// what those methods spend per item on what the caller already knows (an edge's ends looked up
// by id in the map of nodes, the key looked up twice, arguments checked, an event object built
// and emitted with no one listening).
// This is the one module that touches graphology's private members; GRAPHOLOGY_PRIVATE_MEMBERS
// lists them and the canary test (graphologyInternals.test.ts) fails when one goes missing.
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';

/** What this module reads of graphology's private members, and nothing else. */
export const GRAPHOLOGY_PRIVATE_MEMBERS = [
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
] as const;

/** Our own field on graphology's node data: the node's position as the last numbering walk left it. */
export const NODE_POSITION = 'newsgraphPosition';

interface NodeData {
  key: string;
  attributes: Attributes;
  in?: object;
  out?: object;
  undirected?: object;
  inDegree: number;
  outDegree: number;
  directedLoops: number;
  clear(): void;
  [NODE_POSITION]?: number;
}

interface EdgeData {
  key: string;
  attributes: Attributes;
  source: NodeData;
  target: NodeData;
  attachMulti(): void;
}

type EdgeDataClass = new (
  undirected: boolean,
  key: string,
  source: NodeData,
  target: NodeData,
  attributes: Attributes,
) => EdgeData;

interface GraphInternals {
  _nodes: Map<string, NodeData>;
  _edges: Map<string, EdgeData>;
  NodeDataClass: new (key: string, attributes: Attributes) => NodeData;
  _directedSize: number;
  _directedSelfLoopCount: number;
}

/** A graph's nodes in its order, as graphology's own map holds them. */
export function nodeRecords<N extends Attributes>(
  graph: Graph<N>,
): MapIterator<{ readonly key: string; readonly attributes: N }> {
  return numberedNodeRecords(graph);
}

/** A node as the numbering walks see it: its id, attributes and the position they write. */
export interface NumberedNode<N extends Attributes> {
  readonly key: string;
  readonly attributes: N;
  [NODE_POSITION]?: number;
}

/** A graph's nodes in its order, with the field the numbering walks write. */
export function numberedNodeRecords<N extends Attributes>(graph: Graph<N>): MapIterator<NumberedNode<N>> {
  return (graph as unknown as GraphInternals)._nodes.values() as unknown as MapIterator<NumberedNode<N>>;
}

/** A graph's edges in its order, with their ends as the numbering walks see them. */
export function numberedEdgeRecords<E extends Attributes>(
  graph: Graph<Attributes, E>,
): MapIterator<{
  readonly key: string;
  readonly attributes: E;
  readonly source: NumberedNode<Attributes>;
  readonly target: NumberedNode<Attributes>;
}> {
  return (graph as unknown as GraphInternals)._edges.values() as unknown as MapIterator<{
    key: string;
    attributes: E;
    source: NodeData;
    target: NodeData;
  }>;
}

/** A graph's edges in its order, as graphology's own map holds them; `source.key` is the source's id. */
export function edgeRecords<E extends Attributes>(
  graph: Graph<Attributes, E>,
): MapIterator<{
  readonly key: string;
  readonly attributes: E;
  readonly source: { readonly key: string };
  readonly target: { readonly key: string };
}> {
  return numberedEdgeRecords(graph);
}

/** Marks a node data prototype whose `clear` makes its adjacency hash tables. */
const PATCHED = Symbol('dictionaryAdjacency');

/** Graph classes whose node data is patched already: no probe node to add and drop again. */
const patchedGraphClasses = new WeakSet<object>();

function dictionary(): object {
  return Object.setPrototypeOf(Object.create(null), Object.prototype) as object;
}

/** The prototype of the node data of `graph` (every node of a graph type shares one). */
export function nodeDataPrototype(graph: Graph): NodeData {
  const internals = graph as unknown as GraphInternals;
  const probe = '\u0000newsgraph-probe';
  const added = !graph.hasNode(probe);
  if (added) graph.addNode(probe);
  const data = internals._nodes.get(probe);
  if (added) graph.dropNode(probe);
  if (!data || typeof data.clear !== 'function') throw new Error('graphology keeps its nodes in another way');
  return Object.getPrototypeOf(data) as NodeData;
}

/**
 * Makes the adjacency of every node added from now on to a graph of this type (of every graph
 * of the page with the same node data class: graphology shares it) a hash table. Nodes
 * already in a graph keep theirs until their edges are cleared. Idempotent.
 */
export function useDictionaryAdjacency(graph: Graph): void {
  if (patchedGraphClasses.has(graph.constructor)) return;
  const prototype = nodeDataPrototype(graph) as NodeData & { [PATCHED]?: true };
  if (prototype[PATCHED]) return;
  const clear = prototype.clear;
  prototype.clear = function (this: NodeData) {
    clear.call(this);
    if (this.in !== undefined) this.in = dictionary();
    if (this.out !== undefined) this.out = dictionary();
    if (this.undirected !== undefined) this.undirected = dictionary();
    if (this[NODE_POSITION] === undefined) this[NODE_POSITION] = -1;
  };
  prototype[PATCHED] = true;
  patchedGraphClasses.add(graph.constructor);
}

/** Whether a node's adjacency is made by useDictionaryAdjacency (for the canary test). */
export function hasDictionaryAdjacency(graph: Graph): boolean {
  return (nodeDataPrototype(graph) as { [PATCHED]?: true })[PATCHED] === true;
}

/** A node of the graph a DirectedBuilder adds to: what its edges are attached to, with no look-up of its id. */
export interface BuilderNode {
  readonly key: string;
}

/** An edge a DirectedBuilder has made, in the graph once `addEdge` has added it. */
export interface BuilderEdge<E extends Attributes> {
  readonly key: string;
  readonly attributes: E;
  readonly source: BuilderNode;
  readonly target: BuilderNode;
}

/**
 * Adds nodes and directed edges to a directed multigraph, leaving it and its listeners as
 * graphology's addNode and addDirectedEdgeWithKey would, added in the same order: the same
 * answers from every method, the same iteration orders, the same events for the listeners the
 * graph has when the item is added (no event made when it has none). An edge is made first
 * (`edge`) and added later (`addEdge`), so that a load can make all its edges before it adds
 * the first. Nothing else changes about the graph: later additions, drops and listeners go
 * through graphology as always.
 */
export interface DirectedBuilder<N extends Attributes, E extends Attributes> {
  /** The node of this id, if the graph has it. */
  node(key: string): BuilderNode | undefined;
  /** Adds a node; throws, adding nothing, when the graph has one of this id. */
  addNode(key: string, attributes: N): BuilderNode;
  /** An edge between two nodes of this graph (given by this builder), not in the graph yet. */
  edge(key: string, source: BuilderNode, target: BuilderNode, attributes: E): BuilderEdge<E>;
  /**
   * Adds an edge made by `edge`, once, its ends still in the graph (neither is checked); false,
   * adding nothing, when the graph has an edge of its id.
   */
  addEdge(edge: BuilderEdge<E>): boolean;
}

/** graphology's edge data class, shared by every graph of its module: read off a probe graph's edge. */
const edgeDataClasses = new WeakMap<object, EdgeDataClass>();

function edgeDataClassOf(graph: Graph): EdgeDataClass {
  let EdgeData = edgeDataClasses.get(graph.constructor);
  if (!EdgeData) {
    const probe = new (graph.constructor as new (options: object) => Graph)({ type: 'directed', multi: true });
    probe.addNode('source');
    probe.addNode('target');
    probe.addDirectedEdgeWithKey('edge', 'source', 'target');
    const data = (probe as unknown as GraphInternals)._edges.get('edge');
    if (!data || typeof data.attachMulti !== 'function') throw new Error('graphology keeps its edges in another way');
    EdgeData = data.constructor as EdgeDataClass;
    edgeDataClasses.set(graph.constructor, EdgeData);
  }
  return EdgeData;
}

export function directedBuilder<N extends Attributes, E extends Attributes>(graph: Graph<N, E>): DirectedBuilder<N, E> {
  if (graph.type !== 'directed' || !graph.multi) throw new Error('directedBuilder builds directed multigraphs only');
  const internals = graph as unknown as GraphInternals;
  const nodes = internals._nodes;
  const edges = internals._edges;
  const NodeData = internals.NodeDataClass;
  const EdgeData = edgeDataClassOf(graph as unknown as Graph);
  const selfLoops = graph.allowSelfLoops;
  return {
    node: (key) => nodes.get(key),
    addNode(key, attributes) {
      if (nodes.has(key)) throw new Error(`The graph has a node "${key}" already.`);
      const data = new NodeData(key, attributes);
      nodes.set(key, data);
      if (graph.listenerCount('nodeAdded') > 0) graph.emit('nodeAdded', { key, attributes });
      return data;
    },
    edge(key, source, target, attributes) {
      if (source === target && !selfLoops) throw new Error(`The graph allows no self-loop, as "${key}" would be.`);
      return new EdgeData(false, key, source as NodeData, target as NodeData, attributes) as unknown as BuilderEdge<E>;
    },
    addEdge(edge) {
      const { key } = edge;
      if (edges.has(key)) return false;
      const data = edge as unknown as EdgeData;
      const { source, target } = data;
      edges.set(key, data);
      source.outDegree++;
      target.inDegree++;
      if (source === target) {
        source.directedLoops++;
        internals._directedSelfLoopCount++;
      }
      data.attachMulti();
      internals._directedSize++;
      if (graph.listenerCount('edgeAdded') > 0)
        graph.emit('edgeAdded', {
          key,
          undirected: false,
          source: source.key,
          target: target.key,
          attributes: edge.attributes,
        });
      return true;
    },
  };
}
