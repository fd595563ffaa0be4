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
// This is the one module that touches graphology's private members; GRAPHOLOGY_PRIVATE_MEMBERS
// lists them and the canary test (graphologyInternals.test.ts) fails when one goes missing.
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';

/** What this module reads of graphology's private members, and nothing else. */
export const GRAPHOLOGY_PRIVATE_MEMBERS = [
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
] as const;

/** Our own field on graphology's node data: the node's position as the last numbering walk left it. */
export const NODE_POSITION = 'newsgraphPosition';

interface NodeData {
  key: string;
  attributes: Attributes;
  in?: object;
  out?: object;
  undirected?: object;
  clear(): void;
  [NODE_POSITION]?: number;
}

interface EdgeData {
  key: string;
  attributes: Attributes;
  source: NodeData;
  target: NodeData;
}

interface GraphInternals {
  _nodes: Map<string, NodeData>;
  _edges: Map<string, EdgeData>;
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
