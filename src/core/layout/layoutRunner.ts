// Runs layouts off the main thread: ForceAtlas2 in our module worker (forceAtlas2.worker.ts),
// which iterates at its own pace and hands positions over at most once per drawn frame, with
// an automatic stop (nodes barely move any more, or a time budget scaled to the graph runs
// out), then noverlap (also in a worker) to pull overlapping nodes apart on graphs small
// enough for it to matter. Graphs of 10,000 nodes and more lay out with the explorer's own
// Barnes–Hut step after a coarse-to-fine start (forceAtlas2Plan). Circular and random are
// instant alternatives. Positions are written into the graph; sigma redraws from it. Each
// ForceAtlas2 run is recorded as a `newsgraph:forceatlas2` performance measure (iterations,
// worker time, coarse start time) for profiling.
import { inferSettings } from 'graphology-layout-forceatlas2';
import NoverlapLayoutSupervisor from 'graphology-layout-noverlap/worker';
import { circular, random } from 'graphology-layout';
import {
  LARGE_LAYOUT_NODES,
  LARGE_LAYOUT_THETA,
  LAYOUT_CHECK_MS,
  LAYOUT_MAX_MS,
  LAYOUT_MIN_ITERATIONS,
  LAYOUT_MIN_ITERATIONS_COARSE,
  LAYOUT_MIN_MS,
  LAYOUT_SETTLED_RATIO,
  LOAD_SLICE_MS,
  NOVERLAP_MAX_MS,
} from '../../consts.ts';
import type { ExplorerGraph, NodeAttributes } from '../graph/explorerGraph.ts';
import { GraphChangedError, runInSlices, runNow, yieldToPage } from '../graph/slices.ts';
import { seededRandom } from '../../../contract/seededRandom.ts';
import {
  DEFAULT_FA2_SETTINGS,
  inputBuffers,
  LAYOUT_INPUT_MEASURE,
  layoutInputWalk,
  type LayoutCommand,
  type LayoutInput,
  type LayoutProgress,
} from './forceAtlas2Matrices.ts';

/** Above this many nodes noverlap is skipped: at the zoom that shows them all, nodes overlap anyway, and every one of its steps redraws the whole graph. */
export const NOVERLAP_MAX_NODES = 10_000;
/** Name of the performance measure recorded for each ForceAtlas2 run. */
export const FA2_MEASURE = 'newsgraph:forceatlas2';

/**
 * Least time between two position updates from the worker: every update makes sigma
 * re-process and redraw the whole graph, so big graphs are updated less often.
 */
export function publishIntervalMs(order: number): number {
  return Math.max(1000 / 30, order / 50);
}

const nextFrame = (callback: () => void): void => {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => callback());
  else setTimeout(callback, 16);
};

export type LayoutStatus = 'idle' | 'forces' | 'overlap';

/**
 * How ForceAtlas2 runs on a graph of `order` nodes: big graphs iterate with the explorer's
 * Barnes–Hut step and, when their positions are only a first placement (`fresh`: a graph just
 * loaded) and no node is pinned, start coarse-to-fine, after which fewer iterations are
 * needed. A coarse start moves every node: a layout the user already sees is refined instead.
 */
export function forceAtlas2Plan(
  order: number,
  { pinned, fresh }: { pinned: boolean; fresh: boolean },
): { large: boolean; coarseStart: boolean; minIterations: number } {
  const large = order >= LARGE_LAYOUT_NODES;
  const coarseStart = large && fresh && !pinned;
  return { large, coarseStart, minIterations: coarseStart ? LAYOUT_MIN_ITERATIONS_COARSE : LAYOUT_MIN_ITERATIONS };
}

/** Time budget of one ForceAtlas2 run: longer for bigger graphs, bounded. */
export function layoutBudgetMs(order: number): number {
  return Math.min(LAYOUT_MAX_MS, Math.max(LAYOUT_MIN_MS, 1000 + order * 2));
}

export class LayoutRunner {
  private fa2: Worker | null = null;
  private noverlap: NoverlapLayoutSupervisor | null = null;
  private timer: ReturnType<typeof setInterval> | ReturnType<typeof setTimeout> | null = null;
  private status: LayoutStatus = 'idle';
  /** Nodes pinned for the duration of a run that only moves new nodes. */
  private pinnedForRun: string[] = [];

  private readonly now: () => number;
  private readonly onPositions: () => void | Promise<void>;
  private readonly yieldToPage: () => Promise<void>;

  /**
   * ForceAtlas2 writes its positions into the node attributes in place, without a graph
   * event (sigma would run its node reducer twice over every node for one), then calls
   * `onPositions`, where the renderer is told which nodes moved; when that returns a promise
   * (a big graph's positions indexed in slices), the next positions wait for it.
   */
  constructor(
    private readonly graph: ExplorerGraph,
    private readonly onStatus: (status: LayoutStatus) => void,
    hooks: { now?: () => number; onPositions?: () => void | Promise<void>; yieldToPage?: () => Promise<void> } = {},
  ) {
    this.now = hooks.now ?? (() => performance.now());
    this.onPositions = hooks.onPositions ?? (() => {});
    this.yieldToPage = hooks.yieldToPage ?? yieldToPage;
  }

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
   * `fresh`: the graph was just loaded and its positions are only a first placement (see
   * forceAtlas2Plan).
   */
  start(moveOnly?: ReadonlySet<string>, options: { fresh?: boolean } = {}): void {
    this.stop();
    if (this.graph.order < 2) return;
    let pinned = false;
    if (moveOnly) {
      // In place: `fixed` is not drawn, and an event per node would make sigma re-process each.
      this.graph.forEachNode((node, a) => {
        if (moveOnly.has(node) || a.fixed) return;
        this.pinnedForRun.push(node);
        a.fixed = true;
      });
    }
    this.graph.forEachNode((_node, a) => {
      if (a.fixed) pinned = true;
    });
    const plan = forceAtlas2Plan(this.graph.order, { pinned, fresh: options.fresh === true });
    const settings = {
      ...DEFAULT_FA2_SETTINGS,
      ...inferSettings(this.graph),
      edgeWeightInfluence: 0.5,
      slowDown: 1 + Math.log10(this.graph.order) * 2,
      ...(plan.large ? { barnesHutTheta: LARGE_LAYOUT_THETA } : {}),
    };
    const worker = new Worker(new URL('./forceAtlas2.worker.ts', import.meta.url), { type: 'module' });
    this.fa2 = worker;
    const budget = layoutBudgetMs(this.graph.order);
    let startedAt = this.now();
    const mark = performance.now();
    let last: LayoutProgress | null = null;
    let finishing = false;
    /** The attribute objects of the nodes in the worker's order: positions are written through them. */
    let attributes: NodeAttributes[] = [];
    worker.onmessage = (event: MessageEvent<LayoutProgress>) => {
      if (this.fa2 !== worker) return;
      const progress = event.data;
      last = progress;
      const { positions } = progress;
      if (positions) {
        // Nodes added since the start are not laid out; those dropped since are written to no avail.
        for (let i = 0, j = 0; i < attributes.length; i++, j += 2) {
          const a = attributes[i]!;
          if (!a.fixed) {
            a.x = positions[j]!;
            a.y = positions[j + 1]!;
          }
        }
        // The next positions once this frame is drawn: the layout never outpaces the screen.
        const ack = () =>
          nextFrame(() => {
            if (this.fa2 === worker) worker.postMessage({ type: 'ack' } satisfies LayoutCommand);
          });
        const indexed = this.onPositions();
        if (indexed) void indexed.then(ack);
        else ack();
      }
      if (progress.final) {
        this.finishForces();
        return;
      }
      const elapsed = this.now() - startedAt;
      if (!finishing && (elapsed > budget || (elapsed > LAYOUT_MIN_MS && progress.movement < LAYOUT_SETTLED_RATIO))) {
        // Ask for the last positions: those sent so far may be a few iterations behind.
        finishing = true;
        worker.postMessage({ type: 'finish' } satisfies LayoutCommand);
      }
    };
    this.recordRun = () => {
      if (!last || typeof performance.measure !== 'function') return;
      performance.measure(FA2_MEASURE, {
        start: mark,
        end: performance.now(),
        detail: {
          iterations: last.iterations,
          workerMs: last.elapsedMs,
          startMs: last.startMs,
          nodes: this.graph.order,
          edges: this.graph.size,
        },
      });
    };
    const send = (read: { input: LayoutInput; attributes: NodeAttributes[] }) => {
      attributes = read.attributes;
      // The time budget runs from the worker's start, not from the page's reading of the graph.
      startedAt = this.now();
      if (typeof performance.measure === 'function')
        performance.measure(LAYOUT_INPUT_MEASURE, { start: mark, end: performance.now() });
      const start: LayoutCommand = {
        type: 'start',
        input: read.input,
        settings,
        publishMs: publishIntervalMs(this.graph.order),
        checkMs: LAYOUT_CHECK_MS,
        ...plan,
      };
      worker.postMessage(start, inputBuffers(read.input));
    };
    this.setStatus('forces');
    if (!plan.large) {
      send(runNow(layoutInputWalk(this.graph, false)));
      return;
    }
    // A big graph is read in slices, between which the page paints and takes input; a run
    // stopped meanwhile (stop, or another start) abandons the reading.
    const abandoned = new Error('layout stopped');
    runInSlices(layoutInputWalk(this.graph, true), {
      sliceMs: LOAD_SLICE_MS,
      now: this.now,
      yieldToPage: async () => {
        await this.yieldToPage();
        if (this.fa2 !== worker) throw abandoned;
      },
    }).then(
      (read) => {
        if (this.fa2 === worker) send(read);
      },
      (error: unknown) => {
        if (error === abandoned) return;
        // Nodes added or dropped between two slices (with no new start, which would have
        // abandoned this one): the graph as it is now, read in one go.
        if (error instanceof GraphChangedError) {
          if (this.fa2 === worker) send(runNow(layoutInputWalk(this.graph, false)));
          return;
        }
        throw error;
      },
    );
  }

  /** Records the ForceAtlas2 run that is ending (set while one runs). */
  private recordRun: (() => void) | null = null;

  private killForces(): void {
    this.recordRun?.();
    this.recordRun = null;
    this.fa2?.terminate();
    this.fa2 = null;
  }

  private clearTimer(): void {
    if (this.timer !== null) {
      clearInterval(this.timer);
      clearTimeout(this.timer);
    }
    this.timer = null;
  }

  private unpin(): void {
    for (const node of this.pinnedForRun)
      if (this.graph.hasNode(node)) this.graph.getNodeAttributes(node).fixed = false;
    this.pinnedForRun = [];
  }

  private finishForces(): void {
    this.clearTimer();
    this.killForces();
    this.unpin();
    if (this.graph.order > NOVERLAP_MAX_NODES) this.setStatus('idle');
    else this.removeOverlaps();
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
    this.noverlap = new NoverlapLayoutSupervisor(this.graph, {
      settings: { ratio: 1.1, margin: 2 },
      onConverged: done,
    });
    this.noverlap.start();
    this.setStatus('overlap');
    // Dense graphs may never be free of overlaps: give up after a while.
    this.timer = setTimeout(done, NOVERLAP_MAX_MS);
  }

  stop(): void {
    this.clearTimer();
    this.killForces();
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
    this.killForces();
    this.noverlap?.kill();
    this.noverlap = null;
  }
}
