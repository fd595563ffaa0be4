// Runs layouts off the main thread: ForceAtlas2 in its web worker with an automatic stop
// (nodes barely move any more, or a time budget scaled to the graph runs out), then
// noverlap (also in a worker) to pull overlapping nodes apart. Circular and random are
// instant alternatives. Positions are written into the graph; sigma redraws from it.
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import NoverlapLayoutSupervisor from 'graphology-layout-noverlap/worker';
import { circular, random } from 'graphology-layout';
import { LAYOUT_CHECK_MS, LAYOUT_MAX_MS, LAYOUT_MIN_MS, LAYOUT_SETTLED_RATIO, NOVERLAP_MAX_MS } from '../../consts.ts';
import { seededRandom, type ExplorerGraph } from '../graph/explorerGraph.ts';

export type LayoutStatus = 'idle' | 'forces' | 'overlap';

export type Positions = Map<string, [number, number]>;

export function snapshotPositions(graph: ExplorerGraph): Positions {
  const positions: Positions = new Map();
  graph.forEachNode((node, a) => positions.set(node, [a.x, a.y]));
  return positions;
}

/** Mean distance nodes moved since `before`, relative to the layout's extent (0 when nothing moved). */
export function relativeMovement(before: Positions, graph: ExplorerGraph): number {
  let moved = 0;
  let count = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((node, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
    const prev = before.get(node);
    if (!prev) return;
    moved += Math.hypot(a.x - prev[0], a.y - prev[1]);
    count++;
  });
  if (count === 0) return 0;
  const extent = Math.max(maxX - minX, maxY - minY);
  return extent > 0 ? moved / count / extent : 0;
}

/** Time budget of one ForceAtlas2 run: longer for bigger graphs, bounded. */
export function layoutBudgetMs(order: number): number {
  return Math.min(LAYOUT_MAX_MS, Math.max(LAYOUT_MIN_MS, 1000 + order * 2));
}

export class LayoutRunner {
  private fa2: FA2LayoutSupervisor | null = null;
  private noverlap: NoverlapLayoutSupervisor | null = null;
  private timer: ReturnType<typeof setInterval> | ReturnType<typeof setTimeout> | null = null;
  private status: LayoutStatus = 'idle';
  /** Nodes pinned for the duration of a run that only moves new nodes. */
  private pinnedForRun: string[] = [];

  constructor(
    private readonly graph: ExplorerGraph,
    private readonly onStatus: (status: LayoutStatus) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  getStatus(): LayoutStatus {
    return this.status;
  }

  private setStatus(status: LayoutStatus): void {
    this.status = status;
    this.onStatus(status);
  }

  /**
   * Starts ForceAtlas2; it stops by itself and then removes overlaps. With `moveOnly`,
   * every other node stays put, so growing the graph keeps the picture the user knows.
   */
  start(moveOnly?: ReadonlySet<string>): void {
    this.stop();
    if (this.graph.order < 2) return;
    if (moveOnly) {
      this.graph.forEachNode((node, a) => {
        if (!moveOnly.has(node) && !a.fixed) this.pinnedForRun.push(node);
      });
      for (const node of this.pinnedForRun) this.graph.setNodeAttribute(node, 'fixed', true);
    }
    const settings = inferSettings(this.graph);
    this.fa2 = new FA2LayoutSupervisor(this.graph, {
      settings: { ...settings, edgeWeightInfluence: 0.5, slowDown: 1 + Math.log10(this.graph.order) * 2 },
      // Hidden edges do not pull: the layout shows the structure the user is looking at.
      getEdgeWeight: (_edge, attributes) => (attributes.hidden ? 0 : attributes.weight),
    });
    this.fa2.start();
    this.setStatus('forces');
    const startedAt = this.now();
    const budget = layoutBudgetMs(this.graph.order);
    let before = snapshotPositions(this.graph);
    this.timer = setInterval(() => {
      const elapsed = this.now() - startedAt;
      const movement = relativeMovement(before, this.graph);
      before = snapshotPositions(this.graph);
      if (elapsed > budget || (elapsed > LAYOUT_MIN_MS && movement < LAYOUT_SETTLED_RATIO)) this.finishForces();
    }, LAYOUT_CHECK_MS);
  }

  private clearTimer(): void {
    if (this.timer !== null) {
      clearInterval(this.timer);
      clearTimeout(this.timer);
    }
    this.timer = null;
  }

  private unpin(): void {
    for (const node of this.pinnedForRun) if (this.graph.hasNode(node)) this.graph.setNodeAttribute(node, 'fixed', false);
    this.pinnedForRun = [];
  }

  private finishForces(): void {
    this.clearTimer();
    this.fa2?.kill();
    this.fa2 = null;
    this.unpin();
    this.removeOverlaps();
  }

  /** Pulls overlapping nodes apart (noverlap in its worker). */
  removeOverlaps(): void {
    this.noverlap?.kill();
    if (this.graph.order < 2) {
      this.setStatus('idle');
      return;
    }
    const done = () => {
      this.clearTimer();
      this.noverlap?.kill();
      this.noverlap = null;
      this.setStatus('idle');
    };
    this.noverlap = new NoverlapLayoutSupervisor(this.graph, { settings: { ratio: 1.1, margin: 2 }, onConverged: done });
    this.noverlap.start();
    this.setStatus('overlap');
    // Dense graphs may never be free of overlaps: give up after a while.
    this.timer = setTimeout(done, NOVERLAP_MAX_MS);
  }

  stop(): void {
    this.clearTimer();
    this.fa2?.kill();
    this.fa2 = null;
    this.unpin();
    this.noverlap?.kill();
    this.noverlap = null;
    if (this.status !== 'idle') this.setStatus('idle');
  }

  circular(): void {
    this.stop();
    const scale = Math.max(100, Math.sqrt(this.graph.order) * 20);
    circular.assign(this.graph, { scale });
  }

  random(seed = 7): void {
    this.stop();
    const scale = Math.max(100, Math.sqrt(this.graph.order) * 20);
    random.assign(this.graph, { scale, center: 0, rng: seededRandom(seed) });
  }

  kill(): void {
    this.clearTimer();
    this.unpin();
    this.fa2?.kill();
    this.noverlap?.kill();
    this.fa2 = null;
    this.noverlap = null;
  }
}
