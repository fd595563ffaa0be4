import { afterEach, describe, expect, it, vi } from 'vitest';
import { LARGE_LAYOUT_NODES } from '../../consts.ts';
import { createExplorerGraph, mergePayload, OVERVIEW_ORIGIN } from '../graph/explorerGraph.ts';
import { WALK_STRIDE } from '../graph/slices.ts';
import { randomPayload } from '../testing/factories.ts';
import { buildMatrices, matricesFromInput, type LayoutCommand } from './forceAtlas2Matrices.ts';
import { forceAtlas2Plan, LayoutRunner, layoutBudgetMs, publishIntervalMs } from './layoutRunner.ts';

describe('layout pacing', () => {
  it('gives bigger graphs more time, within bounds', () => {
    expect(layoutBudgetMs(10)).toBe(1500);
    expect(layoutBudgetMs(1000)).toBe(3000);
    expect(layoutBudgetMs(50000)).toBe(12000);
  });

  it('updates positions up to 30 times a second, less often on big graphs', () => {
    expect(publishIntervalMs(100)).toBe(1000 / 30);
    expect(publishIntervalMs(5000)).toBe(100);
    expect(publishIntervalMs(50000)).toBe(1000);
  });
});

describe('ForceAtlas2 plan', () => {
  it("keeps graphology's step below 10,000 nodes", () => {
    expect(forceAtlas2Plan(9999, { pinned: false, fresh: true })).toStrictEqual({
      large: false,
      coarseStart: false,
      minIterations: 50,
    });
  });

  it('starts big graphs just loaded coarse-to-fine, with fewer iterations', () => {
    expect(forceAtlas2Plan(10_000, { pinned: false, fresh: true })).toStrictEqual({
      large: true,
      coarseStart: true,
      minIterations: 20,
    });
  });

  it('refines a big layout already shown, or one with pinned nodes, from where it is', () => {
    const plain = { large: true, coarseStart: false, minIterations: 50 };
    expect(forceAtlas2Plan(200_000, { pinned: true, fresh: true })).toStrictEqual(plain);
    expect(forceAtlas2Plan(200_000, { pinned: false, fresh: false })).toStrictEqual(plain);
  });
});

describe('reading a big graph for the layout', () => {
  /** A layout worker that records what the page sends it and never answers. */
  const sent: LayoutCommand[] = [];
  class RecordingWorker {
    onmessage: unknown = null;
    postMessage(command: LayoutCommand): void {
      sent.push(command);
    }
    terminate(): void {}
  }
  afterEach(() => {
    sent.length = 0;
    vi.unstubAllGlobals();
  });

  function bigGraph() {
    const graph = createExplorerGraph();
    mergePayload(graph, randomPayload(LARGE_LAYOUT_NODES, 3000), { origin: OVERVIEW_ORIGIN });
    graph.forEachEdge((edge, a) => {
      if (edge.startsWith('comention')) a.hidden = true;
    });
    graph.getNodeAttributes('n3').fixed = true;
    return graph;
  }

  /** A clock 1 ms later at every look: a slice of LOAD_SLICE_MS reads that many strides of the graph. */
  const ticking = () => {
    let t = 0;
    return () => t++;
  };

  /** The page's turns, driven by the test. */
  function turns() {
    const pending: (() => void)[] = [];
    return {
      pending,
      yieldToPage: () => new Promise<void>((resolve) => pending.push(resolve)),
      async next(): Promise<void> {
        pending.shift()!();
        for (let i = 0; i < 100 && pending.length === 0; i++) await Promise.resolve();
      },
    };
  }

  it('reads it in slices, then sends the worker what buildMatrices would build', async () => {
    vi.stubGlobal('Worker', RecordingWorker);
    const graph = bigGraph();
    const page = turns();
    const runner = new LayoutRunner(graph, () => {}, { yieldToPage: page.yieldToPage, now: ticking() });
    runner.start(undefined, { fresh: true });
    expect(runner.getStatus()).toBe('forces');
    // Nothing sent before the page had its turns.
    expect(sent).toStrictEqual([]);
    expect(page.pending.length).toBe(1);
    let turnsTaken = 0;
    while (page.pending.length > 0) {
      await page.next();
      turnsTaken++;
    }
    // The walk yields after every 256 nodes, then every 256 edges; with the clock 1 ms later at
    // every look, the page gets its turn at every 12th of those yields (LOAD_SLICE_MS).
    const strides = Math.floor(graph.order / WALK_STRIDE) + Math.floor(graph.size / WALK_STRIDE);
    expect(turnsTaken).toBe(Math.floor(strides / 12));
    expect(turnsTaken).toBeGreaterThan(3);
    expect(sent.length).toBe(1);
    const start = sent[0]!;
    if (start.type !== 'start') throw new Error(`sent ${start.type}`);
    expect(start.large).toBe(true);
    const expected = buildMatrices(graph);
    const built = matricesFromInput(start.input);
    expect([...built.nodes]).toStrictEqual([...expected.nodes]);
    expect([...built.edges]).toStrictEqual([...expected.edges]);
    runner.kill();
  });

  it('sends nothing when stopped while it reads', async () => {
    vi.stubGlobal('Worker', RecordingWorker);
    const page = turns();
    const runner = new LayoutRunner(bigGraph(), () => {}, { yieldToPage: page.yieldToPage, now: ticking() });
    runner.start(undefined, { fresh: true });
    await page.next();
    runner.stop();
    while (page.pending.length > 0) await page.next();
    expect(sent).toStrictEqual([]);
    expect(runner.getStatus()).toBe('idle');
  });

  it('reads the graph again in one go when nodes were added between two slices, of its nodes or its edges', async () => {
    vi.stubGlobal('Worker', RecordingWorker);
    // A slice reads 12 strides (LOAD_SLICE_MS), and the page's k-th turn comes after 12(k + 1):
    // after one turn the walk is among the nodes, after this many among the edges.
    const intoEdges = Math.floor(LARGE_LAYOUT_NODES / WALK_STRIDE / 12);
    for (const turnsBefore of [1, intoEdges]) {
      sent.length = 0;
      const graph = bigGraph();
      const page = turns();
      const runner = new LayoutRunner(graph, () => {}, { yieldToPage: page.yieldToPage, now: ticking() });
      runner.start(undefined, { fresh: true });
      for (let i = 0; i < turnsBefore; i++) await page.next();
      expect(sent).toStrictEqual([]);
      graph.addNode('late', { ...graph.getNodeAttributes('n1'), x: 3, y: 4 });
      graph.addDirectedEdge('late', 'n1', graph.getEdgeAttributes(graph.edges()[0]!));
      while (page.pending.length > 0) await page.next();
      expect(sent.length).toBe(1);
      const start = sent[0]!;
      if (start.type !== 'start') throw new Error(`sent ${start.type}`);
      const expected = buildMatrices(graph);
      const built = matricesFromInput(start.input);
      expect([start.input.x.length, start.input.sources.length]).toStrictEqual([graph.order, graph.size]);
      expect([...built.nodes]).toStrictEqual([...expected.nodes]);
      expect([...built.edges]).toStrictEqual([...expected.edges]);
      runner.kill();
    }
  });
});
