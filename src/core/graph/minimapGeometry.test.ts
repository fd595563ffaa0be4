import { describe, expect, it } from 'vitest';
import { createExplorerGraph, mergePayload, OVERVIEW_ORIGIN } from './explorerGraph.ts';
import { fitFrame, fromMinimap, toMinimap, visibleExtent } from './minimapGeometry.ts';
import { nodeView, payload } from '../testing/factories.ts';

describe('minimap geometry', () => {
  it('takes the extent of visible nodes only', () => {
    const graph = createExplorerGraph();
    mergePayload(graph, payload([nodeView('a'), nodeView('b'), nodeView('c')]), { origin: OVERVIEW_ORIGIN });
    graph.mergeNodeAttributes('a', { x: -10, y: 5 });
    graph.mergeNodeAttributes('b', { x: 30, y: -15 });
    graph.mergeNodeAttributes('c', { x: 500, y: 500, hidden: true });
    expect(visibleExtent(graph)).toStrictEqual({ minX: -10, maxX: 30, minY: -15, maxY: 5 });
    graph.forEachNode((node) => graph.setNodeAttribute(node, 'hidden', true));
    expect(visibleExtent(graph)).toBeNull();
  });

  it('fits the extent with its aspect kept, centred, and maps both ways', () => {
    // 40 wide, 20 high into 100 × 100 with 10 of padding: 2 px per unit, centred vertically
    const frame = fitFrame({ minX: -10, maxX: 30, minY: -15, maxY: 5 }, 100, 100, 10, false);
    expect(frame.scale).toBe(2);
    expect(frame.offsetX).toBe(10);
    expect(frame.offsetY).toBe(30);
    expect(toMinimap(frame, -10, -15)).toStrictEqual({ x: 10, y: 30 });
    expect(toMinimap(frame, 30, 5)).toStrictEqual({ x: 90, y: 70 });
    expect(fromMinimap(frame, 50, 50)).toStrictEqual({ x: 10, y: -5 });
  });

  it('draws greater y higher when the renderer does', () => {
    const frame = fitFrame({ minX: 0, maxX: 10, minY: 0, maxY: 10 }, 20, 20, 0, true);
    expect(toMinimap(frame, 0, 10)).toStrictEqual({ x: 0, y: 0 });
    expect(toMinimap(frame, 10, 0)).toStrictEqual({ x: 20, y: 20 });
    expect(fromMinimap(frame, 5, 15)).toStrictEqual({ x: 2.5, y: 2.5 });
  });
});
