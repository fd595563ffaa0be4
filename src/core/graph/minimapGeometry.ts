// Geometry of the minimap: the graph's extent fitted into a small canvas (aspect kept,
// centred), and the mapping between graph coordinates and minimap pixels both ways.
// `flipY` follows the renderer: when greater graph y is drawn higher on screen, the
// minimap draws it higher too.
import type { ExplorerGraph } from './explorerGraph.ts';
import { eachNode, runNow, type Walk } from './slices.ts';

export interface Extent {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

export interface MinimapFrame {
  extent: Extent;
  /** Minimap pixels per graph unit. */
  scale: number;
  offsetX: number;
  offsetY: number;
  flipY: boolean;
}

/**
 * Extent of the nodes the filters leave visible, or null when none is; with `paused`, a walk
 * that yields every WALK_STRIDE nodes (slices.ts).
 */
export function* visibleExtentWalk(graph: ExplorerGraph, paused: boolean): Walk<Extent | null> {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  yield* eachNode(graph, paused, (_node, a) => {
    if (a.hidden) return;
    if (a.x < minX) minX = a.x;
    if (a.x > maxX) maxX = a.x;
    if (a.y < minY) minY = a.y;
    if (a.y > maxY) maxY = a.y;
  });
  return minX === Infinity ? null : { minX, maxX, minY, maxY };
}

/** Extent of the nodes the filters leave visible, or null when none is. */
export function visibleExtent(graph: ExplorerGraph): Extent | null {
  return runNow(visibleExtentWalk(graph, false));
}

export function fitFrame(extent: Extent, width: number, height: number, padding: number, flipY: boolean): MinimapFrame {
  const spanX = Math.max(extent.maxX - extent.minX, 1e-9);
  const spanY = Math.max(extent.maxY - extent.minY, 1e-9);
  const scale = Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY);
  return {
    extent,
    scale,
    offsetX: (width - spanX * scale) / 2,
    offsetY: (height - spanY * scale) / 2,
    flipY,
  };
}

export function toMinimap(frame: MinimapFrame, x: number, y: number): { x: number; y: number } {
  const dy = frame.flipY ? frame.extent.maxY - y : y - frame.extent.minY;
  return { x: frame.offsetX + (x - frame.extent.minX) * frame.scale, y: frame.offsetY + dy * frame.scale };
}

export function fromMinimap(frame: MinimapFrame, px: number, py: number): { x: number; y: number } {
  const dy = (py - frame.offsetY) / frame.scale;
  return {
    x: frame.extent.minX + (px - frame.offsetX) / frame.scale,
    y: frame.flipY ? frame.extent.maxY - dy : frame.extent.minY + dy,
  };
}
