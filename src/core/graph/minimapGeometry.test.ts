import { describe, expect, it } from 'vitest';
import { createExplorerGraph, mergePayload, OVERVIEW_ORIGIN } from './explorerGraph.ts';
import { fitFrame, fromMinimap, toMinimap, visibleExtent, visibleExtentWalk } from './minimapGeometry.ts';
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

  it('takes the same extent in a walk that yields every WALK_STRIDE nodes', () => {
    const graph = createExplorerGraph();
    const views = Array.from({ length: 600 }, (_, i) => nodeView(`n${i}`));
    mergePayload(graph, payload(views), { origin: OVERVIEW_ORIGIN });
    graph.forEachNode((node) => {
      const i = Number(node.slice(1));
      graph.mergeNodeAttributes(node, { x: i - 100, y: 2 * i, hidden: i === 599 });
    });
    const walk = visibleExtentWalk(graph, true);
    let yields = 0;
    let step = walk.next();
    for (; !step.done; step = walk.next()) yields++;
    expect(yields).toBe(2);
    expect(step.value).toStrictEqual({ minX: -100, maxX: 498, minY: 0, maxY: 1196 });
    expect(visibleExtent(graph)).toStrictEqual(step.value);
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
