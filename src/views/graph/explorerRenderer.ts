// The explorer's sigma renderer, with two changes that matter on big graphs:
// - settings changes and full refreshes are applied together, once, when the code that
//   asked for them is done (a microtask later, or at the next explicit refresh), and a
//   setting set to the value it already has changes nothing: sigma re-runs the reducers over
//   every node and edge on each setSetting and each full refresh, and the page's effects ask
//   for several at a time;
// - edges the edge reducer would draw alike share one display record (setEdgeSharing): with
//   edges off (a big graph loading or laying out) all of them, with no hover or selection
//   those of the same kind, width and flags. Indexing 150,000 edges one by one, each copied,
//   reduced and completed with defaults, costs seconds and as much again in garbage
//   collection;
// - frames drawn for graph changes (a graph loading slice by slice, layout steps) are paced
//   by what the last frame cost (framePacing.ts): with software WebGL a frame of a big graph
//   costs seconds, and the page must still answer. Camera moves are drawn at once.
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { EdgeAttributes, NodeAttributes } from '../../core/graph/explorerGraph.ts';
import { frameDelay } from './framePacing.ts';

type ExplorerSettings = Settings<NodeAttributes, EdgeAttributes>;

/** Names what an edge's display depends on (edges with the same name are drawn alike), or null: reduce it. */
export type EdgeShareKey = (edge: string, attributes: EdgeAttributes) => string | null;

/** The parts of sigma's internals edge sharing touches. */
interface EdgeIndex {
  addEdge(key: string): void;
  edgeDataCache: Record<string, { zIndex: number }>;
  edgesWithForcedLabels: Set<string>;
  edgeZExtent: [number, number];
}

export class ExplorerRenderer extends Sigma<NodeAttributes, EdgeAttributes> {
  private lastCamera = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  private frameCost = 0;
  private frameEnd = 0;
  private pacedTimer: ReturnType<typeof setTimeout> | null = null;
  private costFrame = 0;
  // `declare`: sigma's constructor runs before field initializers would, and must not be undone.
  declare private pendingSettings: Partial<ExplorerSettings> | undefined;
  declare private refreshWanted: boolean | undefined;
  declare private flushQueued: boolean | undefined;
  declare private flushing: boolean | undefined;
  declare private edgeShareKey: EdgeShareKey | null | undefined;
  /** Display records by share name, each from the first edge of that name reduced. */
  declare private sharedEdgeData: Map<string, { zIndex: number }> | undefined;

  private readonly measureFrame = () => {
    const drawnAt = performance.now();
    // Compositing waits for WebGL to finish: the next animation frame shows the whole cost.
    cancelAnimationFrame(this.costFrame);
    this.costFrame = requestAnimationFrame(() => {
      this.frameEnd = performance.now();
      this.frameCost = this.frameEnd - drawnAt;
    });
  };

  constructor(...args: ConstructorParameters<typeof Sigma<NodeAttributes, EdgeAttributes>>) {
    super(...args);
    this.on('afterRender', this.measureFrame);
    const index = this as unknown as EdgeIndex;
    const addEdge = index.addEdge;
    index.addEdge = (key: string) => {
      const name = this.edgeShareKey ? this.edgeShareKey(key, this.getGraph().getEdgeAttributes(key)) : null;
      const records = this.sharedEdgeData;
      const shared = name === null || !records ? undefined : records.get(name);
      if (!shared) {
        addEdge.call(this, key);
        if (name !== null && records) records.set(name, index.edgeDataCache[key]!);
        return;
      }
      index.edgeDataCache[key] = shared;
      index.edgesWithForcedLabels.delete(key);
      if (shared.zIndex < index.edgeZExtent[0]) index.edgeZExtent[0] = shared.zIndex;
      if (shared.zIndex > index.edgeZExtent[1]) index.edgeZExtent[1] = shared.zIndex;
    };
  }

  /**
   * From now on, edges with the same share name get the display record of the first one
   * reduced. The caller guarantees the edge reducer's output depends on nothing else, and
   * calls this again (forgetting the records) whenever that changes; it refreshes itself.
   */
  setEdgeSharing(key: EdgeShareKey | null): void {
    this.edgeShareKey = key;
    this.sharedEdgeData = new Map();
  }

  getSetting<K extends keyof ExplorerSettings>(key: K): ExplorerSettings[K] {
    const pending = this.pendingSettings;
    return pending && key in pending ? (pending[key] as ExplorerSettings[K]) : super.getSetting(key);
  }

  setSetting<K extends keyof ExplorerSettings>(key: K, value: ExplorerSettings[K]): this {
    return this.setSettings({ [key]: value } as Partial<ExplorerSettings>);
  }

  setSettings(settings: Partial<ExplorerSettings>): this {
    const keys = Object.keys(settings) as (keyof ExplorerSettings)[];
    if (!keys.some((key) => this.getSetting(key) !== settings[key])) return this;
    this.pendingSettings = { ...this.pendingSettings, ...settings };
    this.queueFlush();
    return this;
  }

  /** A full refresh (every node and edge through the reducers) is coalesced like settings; partial ones are not. */
  scheduleRefresh(options?: Parameters<Sigma<NodeAttributes, EdgeAttributes>['scheduleRefresh']>[0]): this {
    if (options?.partialGraph) return super.scheduleRefresh(options);
    this.refreshWanted = true;
    this.queueFlush();
    return this;
  }

  private queueFlush(): void {
    if (this.flushQueued || this.flushing) return;
    this.flushQueued = true;
    queueMicrotask(() => this.flush());
  }

  /** Hands sigma the settings gathered since the last flush, in one setSettings call. */
  private applyPendingSettings(): void {
    const pending = this.pendingSettings;
    this.pendingSettings = undefined;
    this.flushing = true;
    try {
      if (pending) super.setSettings(pending);
    } finally {
      this.flushing = false;
    }
  }

  /** Applies pending settings and refreshes once; sigma's setSettings asks for a refresh, which lands here. */
  private flush(): void {
    this.flushQueued = false;
    this.applyPendingSettings();
    if (this.refreshWanted) {
      this.refreshWanted = false;
      super.refresh({ schedule: true });
    }
  }

  refresh(options?: Parameters<Sigma<NodeAttributes, EdgeAttributes>['refresh']>[0]): this {
    if (options?.partialGraph) return super.refresh(options);
    // Sigma answers each dropped node with a scheduled full refresh: one is enough.
    if (options?.schedule) return this.scheduleRefresh();
    this.applyPendingSettings();
    this.refreshWanted = false;
    return super.refresh(options);
  }

  scheduleRender(): this {
    // Called from sigma's constructor too, before our fields exist.
    if (!this.lastCamera) return super.scheduleRender();
    const state = this.getCamera().getState();
    const seen = this.lastCamera;
    const moved = state.x !== seen.x || state.y !== seen.y || state.ratio !== seen.ratio || state.angle !== seen.angle;
    this.lastCamera = { ...state };
    const wait = frameDelay(performance.now(), this.frameEnd, this.frameCost, moved);
    if (wait === 0) {
      if (this.pacedTimer) clearTimeout(this.pacedTimer);
      this.pacedTimer = null;
      return super.scheduleRender();
    }
    this.pacedTimer ??= setTimeout(() => {
      this.pacedTimer = null;
      super.scheduleRender();
    }, wait);
    return this;
  }

  kill(): void {
    if (this.pacedTimer) clearTimeout(this.pacedTimer);
    this.pacedTimer = null;
    cancelAnimationFrame(this.costFrame);
    this.off('afterRender', this.measureFrame);
    super.kill();
  }
}
