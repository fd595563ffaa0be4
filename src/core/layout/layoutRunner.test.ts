import { describe, expect, it } from 'vitest';
import { createExplorerGraph, mergePayload, OVERVIEW_ORIGIN } from '../graph/explorerGraph.ts';
import { nodeView, payload } from '../testing/factories.ts';
import { layoutBudgetMs, relativeMovement, snapshotPositions } from './layoutRunner.ts';

describe('layout stop condition', () => {
  it('measures movement relative to the extent', () => {
    const graph = createExplorerGraph();
    mergePayload(graph, payload([nodeView('a'), nodeView('b')]), { origin: OVERVIEW_ORIGIN });
    graph.mergeNodeAttributes('a', { x: 0, y: 0 });
    graph.mergeNodeAttributes('b', { x: 100, y: 0 });
    const before = snapshotPositions(graph);
    expect(relativeMovement(before, graph)).toBe(0);
    graph.mergeNodeAttributes('b', { x: 100, y: 10 });
    // b moved 10 on a 100-wide layout, a did not: mean 5 / 100
    expect(relativeMovement(before, graph)).toBe(0.05);
  });

  it('gives bigger graphs more time, within bounds', () => {
    expect(layoutBudgetMs(10)).toBe(1500);
    expect(layoutBudgetMs(1000)).toBe(3000);
    expect(layoutBudgetMs(50000)).toBe(12000);
  });
});
