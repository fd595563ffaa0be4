import { describe, expect, it } from 'vitest';
import { createExplorerGraph, mergePayload, OVERVIEW_ORIGIN } from './explorerGraph.ts';
import {
  eachEdge,
  eachEdgeByPosition,
  eachItem,
  eachNode,
  eachNodeNumbered,
  runInSlices,
  runNow,
  WALK_STRIDE,
  type Walk,
} from './slices.ts';
import { edgeView, nodeView, payload } from '../testing/factories.ts';

/**
 * The page's turn, driven by the test: each yield waits in `pending` until the test lets it
 * go, so the test sees exactly what a slice did before the page got its turn.
 */
function manualScheduler() {
  const pending: (() => void)[] = [];
  return {
    pending,
    yieldToPage: () => new Promise<void>((resolve) => pending.push(resolve)),
    /** Lets the oldest waiting yield go, and waits until the walk has yielded again or ended. */
    async release(run: Promise<unknown>): Promise<void> {
      pending.shift()!();
      await settle(run, pending);
    },
  };
}

/** A clock that reads `ms` later at every look. */
const ticking = (ms: number) => {
  let t = 0;
  return () => (t += ms);
};

/** Until the walk has yielded to the page once more, or ended. */
async function settle(run: Promise<unknown>, pending: unknown[]): Promise<void> {
  let settled = false;
  void run.then(
    () => (settled = true),
    () => (settled = true),
  );
  while (pending.length === 0 && !settled) await Promise.resolve();
}

function* counting(count: number, seen: number[]): Walk<number> {
  yield* eachItem(
    Array.from({ length: count }, (_, i) => i),
    (i) => seen.push(i),
  );
  return seen.length;
}

describe('runNow', () => {
  it('runs a walk to its end and returns its answer', () => {
    const seen: number[] = [];
    expect(runNow(counting(1000, seen))).toBe(1000);
    expect(seen).toStrictEqual(Array.from({ length: 1000 }, (_, i) => i));
  });
});

describe('runInSlices', () => {
  it('visits every item exactly once and in order, yielding to the page between slices', async () => {
    const scheduler = manualScheduler();
    const seen: number[] = [];
    // 1 ms per look at the clock, 2 ms slices: a slice is two strides of the walk.
    const run = runInSlices(counting(5 * WALK_STRIDE + 10, seen), {
      sliceMs: 2,
      yieldToPage: scheduler.yieldToPage,
      now: ticking(1),
    });
    await settle(run, scheduler.pending);
    expect(seen.length).toBe(2 * WALK_STRIDE);
    expect(scheduler.pending.length).toBe(1);
    await scheduler.release(run);
    expect(seen.length).toBe(4 * WALK_STRIDE);
    await scheduler.release(run);
    expect(await run).toBe(5 * WALK_STRIDE + 10);
    expect(seen).toStrictEqual(Array.from({ length: 5 * WALK_STRIDE + 10 }, (_, i) => i));
    expect(scheduler.pending.length).toBe(0);
  });

  it('does not yield while the slice has time left', async () => {
    let yields = 0;
    const seen: number[] = [];
    const answer = await runInSlices(counting(10 * WALK_STRIDE, seen), {
      sliceMs: 1000,
      yieldToPage: async () => {
        yields++;
      },
      now: ticking(1),
    });
    expect(answer).toBe(10 * WALK_STRIDE);
    expect(yields).toBe(0);
  });

  it('closes a walk the page abandons, and passes the reason on', async () => {
    const closed: string[] = [];
    function* walk(): Walk<string> {
      try {
        yield* eachItem(
          Array.from({ length: 3 * WALK_STRIDE }, (_, i) => i),
          () => {},
        );
        return 'done';
      } finally {
        closed.push('closed');
      }
    }
    const run = runInSlices(walk(), {
      sliceMs: 0,
      yieldToPage: () => Promise.reject(new Error('aborted')),
      now: ticking(1),
    });
    await expect(run).rejects.toThrow('aborted');
    expect(closed).toStrictEqual(['closed']);
  });
});

describe('eachNode and eachEdge', () => {
  const nodeCount = 2 * WALK_STRIDE + 3;
  function graph() {
    const g = createExplorerGraph();
    const nodes = Array.from({ length: nodeCount }, (_, i) => nodeView(`n${i}`));
    const edges = Array.from({ length: nodeCount - 1 }, (_, i) => edgeView(`n${i + 1}`, `n${i}`));
    mergePayload(g, payload(nodes, edges), { origin: OVERVIEW_ORIGIN });
    return g;
  }

  it('paused, visit what forEachNode visits, in its order, and yield every WALK_STRIDE nodes', () => {
    const g = graph();
    const expected: string[] = [];
    g.forEachNode((node, a) => expected.push(`${node}:${a.label}`));
    const seen: string[] = [];
    const walk = eachNode(g, true, (node, a) => seen.push(`${node}:${a.label}`));
    const atYields: number[] = [];
    for (let step = walk.next(); !step.done; step = walk.next()) atYields.push(seen.length);
    expect(seen).toStrictEqual(expected);
    expect(atYields).toStrictEqual([WALK_STRIDE, 2 * WALK_STRIDE]);
  });

  it('paused, visit what forEachEdge visits, with its extremities, in its order', () => {
    const g = graph();
    const expected: string[] = [];
    g.forEachEdge((edge, a, source, target) => expected.push(`${edge}:${a.kind}:${source}:${target}`));
    const seen: string[] = [];
    const walk = eachEdge(g, true, (edge, a, source, target) => seen.push(`${edge}:${a.kind}:${source}:${target}`));
    let yields = 0;
    for (let step = walk.next(); !step.done; step = walk.next()) yields++;
    expect(seen).toStrictEqual(expected);
    expect(seen.length).toBe(nodeCount - 1);
    expect(yields).toBe(2);
  });

  it('unpaused, visit everything without yielding', () => {
    const g = graph();
    const nodes: string[] = [];
    const edges: string[] = [];
    const nodeWalk = eachNode(g, false, (node) => nodes.push(node));
    expect(nodeWalk.next().done).toBe(true);
    const edgeWalk = eachEdge(g, false, (edge) => edges.push(edge));
    expect(edgeWalk.next().done).toBe(true);
    expect(nodes).toStrictEqual(g.nodes());
    expect(edges).toStrictEqual(g.edges());
  });
});

describe('eachNodeNumbered and eachEdgeByPosition', () => {
  /** A graph whose order is not its ids' order: a node dropped, one added again, a plain graphology graph too. */
  function reordered(graph = createExplorerGraph()) {
    const nodes = Array.from({ length: WALK_STRIDE + 5 }, (_, i) => nodeView(`n${i}`));
    const edges = Array.from({ length: WALK_STRIDE + 4 }, (_, i) =>
      edgeView(`n${(i * 7) % (WALK_STRIDE + 5)}`, `n${i}`),
    );
    mergePayload(graph, payload(nodes, edges), { origin: OVERVIEW_ORIGIN });
    graph.dropNode('n3');
    graph.addNode('n3', graph.getNodeAttributes('n4'));
    graph.addDirectedEdge('n3', 'n0', graph.getEdgeAttributes(graph.edges()[0]!));
    return graph;
  }

  it('give each node its position in the graph order, and each edge its ends at those positions', () => {
    const graph = reordered();
    const index = new Map(graph.nodes().map((node, i) => [node, i]));
    const nodes: [string, number][] = [];
    const count = runNow(eachNodeNumbered(graph, true, (node, _a, position) => nodes.push([node, position])));
    const edges: [string, number, number, number][] = [];
    runNow(eachEdgeByPosition(graph, true, (edge, _a, s, t, at) => edges.push([edge, s, t, at])));
    expect(count).toBe(graph.order);
    expect(nodes).toStrictEqual(graph.nodes().map((node, i) => [node, i]));
    expect(edges).toStrictEqual(
      graph.mapEdges((edge, _a, s, t, _sa, _ta) => [edge, index.get(s)!, index.get(t)!, graph.edges().indexOf(edge)]),
    );
  });

  it('yield every WALK_STRIDE items when paused, never when not', () => {
    const graph = reordered();
    let yields = 0;
    const nodeWalk = eachNodeNumbered(graph, true, () => {});
    for (let step = nodeWalk.next(); !step.done; step = nodeWalk.next()) yields++;
    const edgeWalk = eachEdgeByPosition(graph, true, () => {});
    for (let step = edgeWalk.next(); !step.done; step = edgeWalk.next()) yields++;
    expect(yields).toBe(2);
    expect(eachNodeNumbered(graph, false, () => {}).next()).toStrictEqual({ done: true, value: graph.order });
    expect(eachEdgeByPosition(graph, false, () => {}).next()).toStrictEqual({ done: true, value: undefined });
  });

  it('refuse to read positions once nodes were added or dropped since the numbering', () => {
    const graph = reordered();
    runNow(eachNodeNumbered(graph, false, () => {}));
    graph.dropNode('n1');
    expect(() => runNow(eachEdgeByPosition(graph, false, () => {}))).toThrow(
      'the graph changed since its nodes were numbered',
    );
  });
});
