// Long walks over a big graph, written once and run either at once or in time slices.
// A walk is a generator that yields every WALK_STRIDE items or so: runNow drives it to the
// end in one go (small graphs, and every caller that needs the answer now); runInSlices
// drives it for `sliceMs` at a time and lets the page paint and take input in between, so
// no single task walks all 600,000 edges of a 200,000-node graph. Either way the walk does
// the same work in the same order: the answer does not depend on how it was sliced.
// A walk meant to be sliced is built with `paused: true`: it then goes through graphology's
// own maps of nodes and edges (graphologyInternals.ts), which can stop between two items;
// built for runNow it uses the forEach methods, which read the same maps in one go.
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import {
  edgeRecords,
  NODE_POSITION,
  nodeRecords,
  numberedEdgeRecords,
  numberedNodeRecords,
} from './graphologyInternals.ts';

/** A walk over a graph: yields now and then, returns its answer. */
export type Walk<T> = Generator<void, T, void>;

/** Items a walk visits between two yields: a look at the clock costs more than a few items. */
export const WALK_STRIDE = 256;

export interface Slicing {
  /** Work this long (ms) before yielding. */
  sliceMs: number;
  /** Resolves once the page has had its turn (input, painting); may throw to abandon the walk. */
  yieldToPage: () => Promise<void>;
  now?: () => number;
}

/**
 * Lets the page handle input and paint between two slices of a long walk: a message to
 * ourselves, a task like any other, so queued input goes first. Not setTimeout: after a few
 * nested calls browsers wait at least 4 ms before running it, idle time on every slice; not
 * scheduler.yield either: its continuations run ahead of input, and the page took keystrokes
 * only once the load was over.
 */
export function yieldToPage(): Promise<void> {
  return new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Runs a walk to its end without pausing; returns its answer. */
export function runNow<T>(walk: Walk<T>): T {
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs a walk for `sliceMs` at a time, awaiting `yieldToPage` between two slices; returns its
 * answer. A walk abandoned (yieldToPage threw) is closed, so its `finally` blocks run.
 */
export async function runInSlices<T>(walk: Walk<T>, slicing: Slicing): Promise<T> {
  const now = slicing.now ?? (() => performance.now());
  let sliceStart = now();
  try {
    for (;;) {
      const step = walk.next();
      if (step.done) return step.value;
      if (now() - sliceStart >= slicing.sliceMs) {
        await slicing.yieldToPage();
        sliceStart = now();
      }
    }
  } finally {
    walk.return(undefined as never);
  }
}

/** Visits `items` in order, yielding every WALK_STRIDE of them. */
export function* eachItem<T>(items: Iterable<T>, visit: (item: T) => void): Walk<void> {
  let count = 0;
  for (const item of items) {
    visit(item);
    if (++count % WALK_STRIDE === 0) yield;
  }
}

/** Visits every node of `graph` in its order; with `paused`, yields every WALK_STRIDE nodes. */
export function* eachNode<N extends Attributes>(
  graph: Graph<N>,
  paused: boolean,
  visit: (node: string, attributes: N) => void,
): Walk<void> {
  if (!paused) {
    graph.forEachNode(visit);
    return;
  }
  let count = 0;
  for (const record of nodeRecords(graph)) {
    visit(record.key, record.attributes);
    if (++count % WALK_STRIDE === 0) yield;
  }
}

/** Visits every edge of `graph` in its order; with `paused`, yields every WALK_STRIDE edges. */
export function* eachEdge<N extends Attributes, E extends Attributes>(
  graph: Graph<N, E>,
  paused: boolean,
  visit: (edge: string, attributes: E, source: string, target: string) => void,
): Walk<void> {
  if (!paused) {
    graph.forEachEdge((edge, attributes, source, target) => visit(edge, attributes, source, target));
    return;
  }
  let count = 0;
  for (const record of edgeRecords(graph)) {
    visit(record.key, record.attributes, record.source.key, record.target.key);
    if (++count % WALK_STRIDE === 0) yield;
  }
}

/** A walk over edge ends by position found nodes added or dropped since they were numbered. */
export class GraphChangedError extends Error {
  constructor() {
    super('the graph changed since its nodes were numbered');
    this.name = 'GraphChangedError';
  }
}

/** How many nodes each graph had when its nodes were last numbered (eachNodeNumbered). */
const numberedOrder = new WeakMap<Graph, number>();

/**
 * Visits every node of `graph` in its order, like eachNode, with its position in that order
 * (0, 1, …), which it also writes on the node for eachEdgeByPosition to read. Returns the count.
 */
export function* eachNodeNumbered<N extends Attributes>(
  graph: Graph<N>,
  paused: boolean,
  visit: (node: string, attributes: N, position: number) => void,
): Walk<number> {
  let position = 0;
  numberedOrder.delete(graph);
  for (const record of numberedNodeRecords(graph)) {
    record[NODE_POSITION] = position;
    visit(record.key, record.attributes, position);
    if (++position % WALK_STRIDE === 0 && paused) yield;
  }
  numberedOrder.set(graph, position);
  return position;
}

/**
 * Visits every edge of `graph` in its order, like eachEdge, with its own position and its
 * ends' positions as the last eachNodeNumbered wrote them: a walk that runs right after one,
 * the graph's nodes unchanged in between (the walks of one load or one layout start). Throws
 * GraphChangedError when nodes were added or dropped since the numbering, or edges since the
 * walk began (checked at the start and after each pause, the only times another task can
 * change the graph).
 */
export function* eachEdgeByPosition<N extends Attributes, E extends Attributes>(
  graph: Graph<N, E>,
  paused: boolean,
  visit: (edge: string, attributes: E, source: number, target: number, position: number) => void,
): Walk<void> {
  const size = graph.size;
  const check = () => {
    if (numberedOrder.get(graph) !== graph.order || graph.size !== size) throw new GraphChangedError();
  };
  check();
  let position = 0;
  for (const record of numberedEdgeRecords(graph)) {
    visit(record.key, record.attributes, record.source[NODE_POSITION]!, record.target[NODE_POSITION]!, position);
    if (++position % WALK_STRIDE === 0 && paused) {
      yield;
      check();
    }
  }
}
