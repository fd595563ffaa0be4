// The graph's node labels, drawn in place of sigma's label grid. Sigma keeps, per cell of a
// grid, the largest nodes of that cell and draws their labels wherever they fall: labels of
// neighbouring cells overlap, and a large node can lose its label to a larger one of its
// cell. Here every frame places labels by importance (labelPlacement.ts): forced labels
// (the focus and its neighbours, what an expansion added) first, then nodes by size, largest
// first, each in the first free place around its node, none overlapping. The boxes drawn
// are kept (drawnLabels) for the page's tests to read.
//
// Sigma draws a hovered or highlighted node's label itself, right of the node, in a box on
// its hover layer: that place is reserved here and nothing is drawn into it.
import type Sigma from 'sigma';
import type { NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from '../../../core/graph/explorerGraph.ts';
import { placeLabels, type LabelBox, type LabelCandidate } from '../../../core/graph/labelPlacement.ts';
import { runNow, WALK_STRIDE, type Walk } from '../../../core/graph/slices.ts';
import type { SigmaInternals } from './sigmaInternals.ts';

/** Most labels drawn in one frame, and most on-screen nodes looked at to place them. */
const MAX_LABELS = 400;
const MAX_EXAMINED = 6000;
/** Pixels of white halo around a label's letters (they stay readable over edges). */
const HALO = 2;
const GAP = 3;
const PADDING = 2;
/** Nodes farther than this off the viewport cannot have a label wholly on it. */
const OFF_SCREEN = 40;

/**
 * The keys of `cache`, largest size first, equal sizes in the order of their keys (UTF-16
 * code units). Nodes are grouped by size and each group sorted with the built-in string order:
 * a comparator looking both nodes up in the cache costs twice as much on 200,000 nodes.
 */
export function nodesBySize(cache: Readonly<Record<string, { size: number }>>): string[] {
  return runNow(nodesBySizeWalk(cache));
}

/** Keys sorted at once, before the runs are merged: a few milliseconds of sorting. */
const SORTED_RUN = 4096;

/**
 * nodesBySize as a walk (core/graph/slices.ts). Most nodes of a big graph share the smallest
 * size, and one sort of that group (100,000 keys and more) is a task of a quarter second:
 * a group is sorted in runs, merged two by two, pausing on the way.
 */
export function* nodesBySizeWalk(cache: Readonly<Record<string, { size: number }>>): Walk<string[]> {
  const groups = new Map<number, string[]>();
  const keys = Object.keys(cache);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const size = cache[key]!.size;
    const group = groups.get(size);
    if (group) group.push(key);
    else groups.set(size, [key]);
    if (i % (WALK_STRIDE * 8) === 0) yield;
  }
  const order: string[] = [];
  for (const size of [...groups.keys()].sort((a, b) => b - a)) {
    for (const key of yield* sortedWalk(groups.get(size)!)) order.push(key);
    yield;
  }
  return order;
}

/** `keys` in the built-in sort's order (code units), sorted in runs then merged, yielding between steps. */
function* sortedWalk(keys: string[]): Walk<string[]> {
  if (keys.length <= SORTED_RUN) return keys.sort();
  let runs: string[][] = [];
  for (let start = 0; start < keys.length; start += SORTED_RUN) {
    runs.push(keys.slice(start, start + SORTED_RUN).sort());
    yield;
  }
  while (runs.length > 1) {
    const merged: string[][] = [];
    for (let i = 0; i < runs.length; i += 2) {
      const left = runs[i]!;
      const right = runs[i + 1];
      if (!right) {
        merged.push(left);
        continue;
      }
      const out: string[] = [];
      let l = 0;
      let r = 0;
      while (l < left.length && r < right.length) {
        out.push(left[l]! < right[r]! ? left[l++]! : right[r++]!);
        if (out.length % (WALK_STRIDE * 8) === 0) yield;
      }
      while (l < left.length) out.push(left[l++]!);
      while (r < right.length) out.push(right[r++]!);
      merged.push(out);
      yield;
    }
    runs = merged;
  }
  return runs[0]!;
}

export class LabelLayer {
  /** Node keys, largest display size first; checked again after each re-indexing. */
  private order: string[] = [];
  private orderChecked = false;
  private readonly widths = new Map<string, number>();
  private widthFont = '';
  private boxes: LabelBox[] = [];

  constructor(
    private readonly sigma: Sigma<NodeAttributes, EdgeAttributes>,
    private readonly index: SigmaInternals,
  ) {
    sigma.on('afterProcess', () => {
      this.orderChecked = false;
    });
  }

  /** The labels of the last frame, as boxes on screen (CSS pixels, top-left corner). */
  drawnLabels(): readonly LabelBox[] {
    return this.boxes;
  }

  /**
   * Nodes by display size, largest first. Sizes change only when the reducers run again;
   * a re-indexing after a layout step keeps them, so the order is checked (one pass) and
   * sorted again only when it no longer holds.
   */
  private sortedNodes(): string[] {
    if (this.orderChecked) return this.order;
    this.orderChecked = true;
    const cache = this.index.nodeDataCache;
    const order = this.order;
    let valid = order.length === this.sigma.getGraph().order;
    for (let i = 0, previous = Infinity; valid && i < order.length; i++) {
      const size = cache[order[i]!]?.size;
      if (size === undefined || size > previous) valid = false;
      else previous = size;
    }
    if (!valid) this.order = nodesBySize(cache);
    return this.order;
  }

  /**
   * Gets the labels of display data being indexed in slices (slicedIndexing.ts) ready before
   * the frame that first draws it: its nodes sorted by size (nodesBySizeWalk), then the
   * widths of the labels that frame may look at measured, a stride at a time (thousands of
   * measureText calls the first time). Returns the order, for adoptOrder once sigma holds
   * that data.
   */
  *prepareWalk(cache: Readonly<Record<string, NodeDisplayData>>): Walk<string[]> {
    const order = yield* nodesBySizeWalk(cache);
    yield;
    const settings = this.sigma.getSettings();
    const context = this.index.canvasContexts.labels;
    if (!context || !settings.renderLabels) return order;
    const threshold = settings.labelRenderedSizeThreshold;
    let measured = 0;
    for (const node of order) {
      const data = cache[node]!;
      if (this.sigma.scaleSize(data.size) < threshold) break;
      if (data.hidden || typeof data.label !== 'string' || data.label === '') continue;
      // render() sets the font on every frame; set here, it is the same.
      context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
      this.measure(context, data.label);
      if (++measured >= MAX_EXAMINED) break;
      if (measured % WALK_STRIDE === 0) yield;
    }
    return order;
  }

  /**
   * Sigma now holds the display data `order` was sorted from (prepareWalk), or, without an
   * order, the same sizes as before (only positions moved): no need to check the order again.
   */
  adoptOrder(order?: string[]): void {
    if (order) this.order = order;
    this.orderChecked = true;
  }

  private measure(context: CanvasRenderingContext2D, label: string): number {
    if (context.font !== this.widthFont) {
      this.widths.clear();
      this.widthFont = context.font;
    }
    let width = this.widths.get(label);
    if (width === undefined) {
      width = context.measureText(label).width;
      this.widths.set(label, width);
    }
    return width;
  }

  /** Draws this frame's labels on sigma's label layer (which sigma has just cleared). */
  render(): void {
    const { sigma, index } = this;
    const displayed = new Set<string>();
    index.displayedNodeLabels = displayed;
    const settings = sigma.getSettings();
    if (!settings.renderLabels) {
      this.boxes = [];
      return;
    }
    const context = index.canvasContexts.labels!;
    const cache = index.nodeDataCache;
    const labelSize = settings.labelSize;
    context.font = `${settings.labelWeight} ${labelSize}px ${settings.labelFont}`;
    const threshold = settings.labelRenderedSizeThreshold;
    const { width, height } = sigma.getDimensions();
    const reserved = new Set<string>();
    const seen = new Set<string>();

    const candidate = (node: string, forced: boolean): LabelCandidate | null => {
      if (seen.has(node)) return null;
      const data = cache[node];
      if (!data || data.hidden || typeof data.label !== 'string' || data.label === '') return null;
      const size = sigma.scaleSize(data.size);
      if (!forced && !data.forceLabel && size < threshold) return null;
      const at = sigma.framedGraphToViewport(data);
      if (at.x < -OFF_SCREEN || at.x > width + OFF_SCREEN || at.y < -OFF_SCREEN || at.y > height + OFF_SCREEN)
        return null;
      seen.add(node);
      const drawnBySigma = node === index.hoveredNode || data.highlighted;
      if (drawnBySigma) reserved.add(node);
      return {
        node,
        x: at.x,
        y: at.y,
        size,
        width: this.measure(context, data.label) + 2 * HALO,
        rightOnly: drawnBySigma,
      };
    };
    const order = this.sortedNodes();
    const bySize = (a: string, b: string) => (cache[b]?.size ?? 0) - (cache[a]?.size ?? 0);
    const first = [
      ...(index.hoveredNode ? [index.hoveredNode] : []),
      ...[...index.highlightedNodes].sort(bySize),
      ...[...index.nodesWithForcedLabels].sort(bySize),
    ];
    function* candidates(): Generator<LabelCandidate> {
      for (const node of first) {
        const next = candidate(node, true);
        if (next) yield next;
      }
      let examined = 0;
      for (const node of order) {
        const data = cache[node];
        // Sorted by size: once one is too small to be labelled, so are the rest.
        if (data && sigma.scaleSize(data.size) < threshold) break;
        const next = candidate(node, false);
        if (!next) continue;
        yield next;
        if (++examined >= MAX_EXAMINED) break;
      }
    }
    this.boxes = placeLabels(candidates(), {
      width,
      height,
      labelHeight: labelSize + 2 * HALO,
      gap: GAP,
      padding: PADDING,
      maxLabels: MAX_LABELS,
    });

    context.textBaseline = 'middle';
    context.lineJoin = 'round';
    context.lineWidth = 2 * HALO;
    context.strokeStyle = 'rgba(255, 255, 255, 0.9)';
    const color = settings.labelColor;
    for (const box of this.boxes) {
      displayed.add(box.node);
      if (reserved.has(box.node)) continue;
      const data = cache[box.node]!;
      const label = data.label as string;
      const textX = box.x + HALO;
      const textY = box.y + box.height / 2;
      context.strokeText(label, textX, textY);
      context.fillStyle =
        (color.attribute ? (data as unknown as Record<string, string | undefined>)[color.attribute] : undefined) ??
        color.color ??
        '#000';
      context.fillText(label, textX, textY);
    }
    context.textBaseline = 'alphabetic';
  }
}
