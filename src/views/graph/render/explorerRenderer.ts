// The explorer's sigma renderer, with these changes, which matter on big graphs:
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
//   costs seconds, and the page must still answer. Camera moves are drawn at once;
// - edges are drawn into a picking layer only while edge events are on: sigma decides that
//   once, when it starts, and otherwise draws every edge twice per frame even after
//   `enableEdgeEvents` is turned off for a big graph;
// - layout steps re-index positions without running the reducers again (positionsChanged);
// - a new graph (setGraph) is indexed at once and drawn at the next frame, in another task;
//   a big one (adoptGraph) is indexed and written into the WebGL buffers in slices, between
//   which the page paints and takes input, and its labels' order (every node by size) is
//   sorted in a step of its own;
// - on a big graph (SLICED_INDEXING_MIN_NODES), a full refresh asked for by the page and the
//   positions of a layout step are indexed in slices too (slicedIndexing.ts), into state of
//   their own that sigma draws once complete;
// - edge labels are looked for only when the page says an edge may have one (setEdgeLabels);
// - while edges are not drawn at all (setEdgesDrawn), re-indexing leaves them out (a big
//   graph's, of its display caches too: an edge's display data is then made when asked for);
// - edges drawn by no program (type NO_EDGE_TYPE) are indexed without looking up their
//   extremities;
// - while the stage is being dragged, the pointer's moves do not look for a node under it:
//   each look reads a pixel back from WebGL, which waits until the GPU (or, without one,
//   the CPU) has finished drawing the frame, once per mouse move.
// Node labels are placed by labelLayer.ts (by importance, never overlapping), not by sigma's
// label grid.
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { EdgeAttributes, NodeAttributes } from '../../../core/graph/explorerGraph.ts';
import type { LabelBox } from '../../../core/graph/labelPlacement.ts';
import { LOAD_SLICE_MS, SLICED_INDEXING_MIN_NODES } from '../../../consts.ts';
import { runInSlices, yieldToPage, type Slicing, type Walk } from '../../../core/graph/slices.ts';
import { frameDelay } from '../framePacing.ts';
import { NO_EDGE_TYPE } from '../noEdgeProgram.ts';
import { LabelLayer } from './labelLayer.ts';
import type { SigmaInternals } from './sigmaInternals.ts';
import { fullIndexWalk, positionsWalk, type SceneSettings } from './slicedIndexing.ts';

type ExplorerSettings = Settings<NodeAttributes, EdgeAttributes>;
type ExplorerGraphOf = Parameters<Sigma<NodeAttributes, EdgeAttributes>['setGraph']>[0];

/** Tries at indexing a graph in slices before it is indexed in one go (each try restarts when sigma re-indexed meanwhile). */
const ADOPTION_TRIES = 3;

/** A re-indexing in slices: a full one, or positions only; `done` run once it is drawn or abandoned. */
interface SlicedJob {
  kind: 'full' | 'positions';
  done: (() => void)[];
}

/** Names what an edge's display depends on (edges with the same name are drawn alike), or null: reduce it. */
export type EdgeShareKey = (edge: string, attributes: EdgeAttributes) => string | null;

/** The WebGL layer sigma draws edges on, and picks them from. */
const EDGE_LAYER = 'edges';

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
  declare private edgeLabelsOff: boolean | undefined;
  declare private replacingGraph: boolean | undefined;
  /** setGraph is installing a graph adoptGraph has already indexed: no re-indexing. */
  declare private adoptedGraph: boolean | undefined;
  declare private edgesUndrawn: boolean | undefined;
  /** The last full re-indexing ran with edges undrawn and left them out (fullIndexWalk): none is drawn until the next. */
  declare private edgesUnindexed: boolean | undefined;
  /** Display records by share name, each from the first edge of that name reduced. */
  declare private sharedEdgeData: Map<string, { zIndex: number; type: string }> | undefined;
  declare private labelLayer: LabelLayer | undefined;
  /** Counts sigma's own re-indexings (and anything else that makes a sliced one stale). */
  declare private indexGeneration: number | undefined;
  declare private slicedJob: SlicedJob | null | undefined;
  declare private nextSlicedJob: SlicedJob | null | undefined;
  declare private killed: boolean | undefined;
  /** A drag of the stage just ended: sigma's captor is about to ask for a full refresh (see the constructor). */
  declare private dragReleased: boolean | undefined;

  /** The order of the display data a sliced re-indexing built, sorted by the label layer before it is committed. */
  declare private preparedOrder: string[] | undefined;

  /** The label layer's preparation of display data being indexed in slices; its order is kept for the commit. */
  private *prepareLabelsWalk(cache: SigmaInternals['nodeDataCache']): Walk<void> {
    this.preparedOrder = undefined;
    if (this.labelLayer) this.preparedOrder = yield* this.labelLayer.prepareWalk(cache);
  }

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
    const index = this as unknown as SigmaInternals;
    const nodeAt = index.getNodeAtPosition;
    index.getNodeAtPosition = (position) => {
      const mouse = this.getMouseCaptor();
      // Dragging the stage: nothing new is hovered until the button is released.
      if (mouse.isMouseDown && mouse.draggedEvents > 0) return index.hoveredNode;
      return nodeAt.call(this, position);
    };
    const process = index.process;
    index.process = () => {
      this.staleSlices();
      if (!this.edgesUndrawn && !this.edgesUnindexed) return process.call(this);
      // Sigma's re-indexing takes its edges from graph.edges(): an own property hides them
      // for that call. Most of its cost with 150,000 edges is indexing them one by one.
      const graph = this.getGraph() as unknown as { edges?: () => string[] };
      graph.edges = () => [];
      try {
        return process.call(this);
      } finally {
        delete graph.edges;
      }
    };
    // Sigma's mouse captor answers the end of a drag with hideEdgesOnMove on (big graphs) with
    // a full refresh, a task of seconds on 600,000 edges, only to draw the edges it left out
    // while moving: nothing it indexes has changed, a frame is enough (sigma's own note there
    // says as much). The refresh it asks for in the next task becomes that frame.
    const mouse = this.getMouseCaptor();
    mouse.on('mouseup', () => {
      if (mouse.draggedEvents === 0 || !super.getSetting('hideEdgesOnMove')) return;
      this.dragReleased = true;
      setTimeout(() => {
        this.dragReleased = false;
      }, 0);
    });
    const labels = new LabelLayer(this, index);
    this.labelLayer = labels;
    index.renderLabels = () => {
      labels.render();
      return this;
    };
    const renderEdgeLabels = index.renderEdgeLabels;
    index.renderEdgeLabels = () => {
      if (!this.edgeLabelsOff) return renderEdgeLabels.call(this);
      index.canvasContexts.edgeLabels?.clearRect(0, 0, index.width, index.height);
      return this;
    };
    const addEdgeToProgram = index.addEdgeToProgram;
    index.addEdgeToProgram = (edge, fingerprint, position) => {
      // An edge that is not drawn needs no look-up of its extremities (150,000 of them in
      // each re-indexing while a big graph lays out with its edges off).
      if (index.edgeDataCache[edge]!.type === NO_EDGE_TYPE) index.edgeProgramIndex[edge] = position;
      else addEdgeToProgram.call(this, edge, fingerprint, position);
    };
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

  /** The node labels of the last frame drawn, as boxes on screen (CSS pixels). */
  drawnLabels(): readonly LabelBox[] {
    return this.labelLayer?.drawnLabels() ?? [];
  }

  /**
   * Nodes moved (a layout step) and nothing else changed. Sigma re-reads positions from the
   * graph when it re-indexes, and the reducers do not depend on them: no need to run them
   * again over every node, as a partial refresh of all nodes would. On a big graph drawn
   * without edges the positions are written in slices (positionsWalk). Resolves once the
   * frame with these positions is ready to be drawn (or they were overtaken).
   */
  positionsChanged(): Promise<void> {
    if (this.edgesUndrawn && this.slicedIndexing())
      return new Promise((resolve) => this.requestSliced('positions', resolve));
    (this as unknown as SigmaInternals).needToProcess = true;
    this.scheduleRender();
    return Promise.resolve();
  }

  /** Whether a re-indexing in slices is under way or waiting (what sigma draws may be older than the graph). */
  indexingInSlices(): boolean {
    return Boolean(this.slicedJob || this.nextSlicedJob);
  }

  /** Whether the graph is big enough to be re-indexed in slices. */
  private slicedIndexing(): boolean {
    return this.getGraph().order >= SLICED_INDEXING_MIN_NODES;
  }

  /** What sigma holds changed under a sliced re-indexing: it is abandoned at its next pause. */
  private staleSlices(): void {
    this.indexGeneration = (this.indexGeneration ?? 0) + 1;
  }

  private sceneSettings(): SceneSettings {
    const { autoRescale, zIndex } = super.getSettings();
    return { autoRescale, zIndex };
  }

  /**
   * Asks for a re-indexing in slices. While one runs, the request waits for it to end (a
   * full one makes the running one stale: its work would be redone anyway); requests that
   * wait together are merged into one, full if any of them is.
   */
  private requestSliced(kind: SlicedJob['kind'], done?: () => void): void {
    if (this.slicedJob) {
      const next = (this.nextSlicedJob ??= { kind, done: [] });
      if (kind === 'full') {
        next.kind = 'full';
        this.staleSlices();
      }
      if (done) next.done.push(done);
      return;
    }
    void this.runSliced({ kind, done: done ? [done] : [] });
  }

  private async runSliced(job: SlicedJob): Promise<void> {
    this.slicedJob = job;
    const index = this as unknown as SigmaInternals;
    const generation = this.indexGeneration ?? 0;
    const stillValid = () => !this.killed && (this.indexGeneration ?? 0) === generation;
    const settings = this.sceneSettings();
    const dimensions = this.getDimensions();
    const edgesDrawn = !this.edgesUndrawn;
    const walk =
      job.kind === 'full'
        ? fullIndexWalk(index, index.graph, {
            edgesDrawn,
            stillValid,
            settings,
            dimensions,
            prepareLabels: (cache) => this.prepareLabelsWalk(cache),
          })
        : positionsWalk(index, { stillValid, settings, dimensions });
    try {
      const commit = await runInSlices(walk, {
        sliceMs: LOAD_SLICE_MS,
        yieldToPage: async () => {
          await yieldToPage();
          if (this.killed) throw new Error('renderer killed');
        },
      });
      if (commit && stillValid()) {
        commit();
        if (job.kind === 'full') this.edgesUnindexed = !edgesDrawn;
        index.needToProcess = false;
        this.emit('afterProcess');
        // Positions alone keep the labels' order; a full re-indexing comes with its own.
        if (job.kind === 'positions') this.labelLayer?.adoptOrder();
        else if (this.preparedOrder) this.labelLayer?.adoptOrder(this.preparedOrder);
        this.scheduleRender();
      }
    } catch (error) {
      if (!this.killed) throw error;
    } finally {
      this.slicedJob = null;
      for (const done of job.done) done();
      const next = this.nextSlicedJob;
      this.nextSlicedJob = null;
      if (next && !this.killed) void this.runSliced(next);
      else for (const done of next?.done ?? []) done();
    }
  }

  /**
   * Whether edges are drawn at all. While they are not (a big graph loading or laying out),
   * re-indexing, which runs at every frame while nodes move, leaves them out entirely. The
   * caller's edge reducer gives every edge the type NO_EDGE_TYPE meanwhile, and the caller
   * asks for a refresh after a change.
   */
  setEdgesDrawn(drawn: boolean): void {
    this.edgesUndrawn = !drawn;
  }

  /**
   * Whether any edge may have a label now. When none may, sigma's search for edge labels to
   * draw, which walks the edges of every node whose label is shown, at every frame, is skipped.
   */
  setEdgeLabels(possible: boolean): void {
    if (this.edgeLabelsOff === !possible) return;
    this.edgeLabelsOff = !possible;
    this.scheduleRender();
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
      if (pending && 'enableEdgeEvents' in pending) this.syncEdgePicking();
    } finally {
      this.flushing = false;
    }
  }

  /** Whether edges are drawn into a picking layer (sigma's own choice at start, then `enableEdgeEvents`). */
  edgePicking(): boolean {
    return (this as unknown as SigmaInternals).pickingLayers.has(EDGE_LAYER);
  }

  /**
   * Gives the edge layer a picking framebuffer exactly when edge events are on, and
   * rebuilds the edge programs for it: a program chooses at its creation whether it also
   * draws into the picking layer. New programs are empty, so the next frame re-indexes.
   */
  private syncEdgePicking(): void {
    const wanted = super.getSetting('enableEdgeEvents');
    if (wanted === this.edgePicking()) return;
    const index = this as unknown as SigmaInternals;
    const gl = index.webGLContexts[EDGE_LAYER]!;
    if (wanted) {
      const frameBuffer = gl.createFramebuffer();
      if (!frameBuffer) return;
      index.frameBuffers[EDGE_LAYER] = frameBuffer;
      index.pickingLayers.add(EDGE_LAYER);
    } else {
      const frameBuffer = index.frameBuffers[EDGE_LAYER];
      const texture = index.textures[EDGE_LAYER];
      if (frameBuffer) gl.deleteFramebuffer(frameBuffer);
      if (texture) gl.deleteTexture(texture);
      delete index.frameBuffers[EDGE_LAYER];
      delete index.textures[EDGE_LAYER];
      index.pickingLayers.delete(EDGE_LAYER);
    }
    this.staleSlices();
    for (const [type, program] of Object.entries(super.getSetting('edgeProgramClasses')))
      index.registerEdgeProgram(type, program);
    this.refreshWanted = true;
    this.queueFlush();
  }

  /** Applies pending settings and refreshes once; sigma's setSettings asks for a refresh, which lands here. */
  private flush(): void {
    this.flushQueued = false;
    this.applyPendingSettings();
    if (this.refreshWanted) {
      this.refreshWanted = false;
      if (this.slicedIndexing()) this.requestSliced('full');
      else super.refresh({ schedule: true });
    }
  }

  /**
   * Sigma indexes a new graph and draws it in one task; here the drawing (with the
   * re-indexing into WebGL buffers) waits for the next frame, so that a big graph handed
   * over complete costs two shorter tasks instead of one long one.
   */
  setGraph(graph: Parameters<Sigma<NodeAttributes, EdgeAttributes>['setGraph']>[0]): void {
    this.replacingGraph = true;
    try {
      super.setGraph(graph);
    } finally {
      this.replacingGraph = false;
    }
  }

  /**
   * Hands sigma a new graph indexed in slices: setGraph runs every node and edge through the
   * reducers and into the WebGL buffers in one task (seconds for 600,000 edges). Meanwhile
   * sigma keeps drawing the graph it has (the empty stand-in of a big load): the new graph is
   * sigma's only for the length of each slice, while its nodes then edges go into caches and
   * buffers of their own (fullIndexWalk); then sigma switches to it, all of it ready, and
   * draws it at the next frame. Should sigma re-index meanwhile, indexing starts again, and
   * after ADOPTION_TRIES the graph is handed over at once.
   */
  async adoptGraph(graph: ExplorerGraphOf, slicing: Slicing): Promise<void> {
    const index = this as unknown as SigmaInternals;
    for (let attempt = 0; attempt < ADOPTION_TRIES; attempt++) {
      // Handed over meanwhile (a load abandoned does so at once): nothing left to do.
      if (graph === this.getGraph()) return;
      const generation = this.indexGeneration ?? 0;
      const edgesDrawn = !this.edgesUndrawn;
      const commit = await runInSlices(
        fullIndexWalk(index, graph, {
          edgesDrawn,
          stillValid: () => (this.indexGeneration ?? 0) === generation,
          settings: this.sceneSettings(),
          dimensions: this.getDimensions(),
          prepareLabels: (cache) => this.prepareLabelsWalk(cache),
        }),
        slicing,
      );
      if (commit && (this.indexGeneration ?? 0) === generation && graph !== this.getGraph()) {
        commit();
        this.edgesUnindexed = !edgesDrawn;
        this.adoptedGraph = true;
        try {
          this.setGraph(graph);
        } finally {
          this.adoptedGraph = false;
        }
        return;
      }
    }
    if (graph !== this.getGraph()) this.setGraph(graph);
  }

  /** An edge left out of the caches while edges were undrawn (edgesUnindexed) is reduced when asked for, as a full refresh would. */
  getEdgeDisplayData(key: string): ReturnType<Sigma<NodeAttributes, EdgeAttributes>['getEdgeDisplayData']> {
    const index = this as unknown as SigmaInternals;
    if (this.edgesUnindexed && !index.edgeDataCache[key] && this.getGraph().hasEdge(key)) index.addEdge(key);
    return super.getEdgeDisplayData(key);
  }

  refresh(options?: Parameters<Sigma<NodeAttributes, EdgeAttributes>['refresh']>[0]): this {
    if (options?.partialGraph) {
      this.staleSlices();
      return super.refresh(options);
    }
    if (this.dragReleased && !options) {
      this.dragReleased = false;
      this.scheduleRender();
      return this;
    }
    if (this.adoptedGraph && !options && !this.pendingSettings) {
      // adoptGraph has indexed this graph and filled its WebGL buffers: it is drawn at the next frame.
      (this as unknown as SigmaInternals).needToProcess = false;
      this.emit('afterProcess');
      if (this.preparedOrder) this.labelLayer?.adoptOrder(this.preparedOrder);
      this.scheduleRender();
      return this;
    }
    // Sigma answers each dropped node with a scheduled full refresh: one is enough.
    if (options?.schedule) return this.scheduleRefresh();
    this.applyPendingSettings();
    this.refreshWanted = false;
    this.staleSlices();
    this.edgesUnindexed = false;
    // setGraph's refresh indexes now and draws at the next frame.
    return super.refresh(this.replacingGraph && !options ? { schedule: true } : options);
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
    this.killed = true;
    if (this.pacedTimer) clearTimeout(this.pacedTimer);
    this.pacedTimer = null;
    cancelAnimationFrame(this.costFrame);
    this.off('afterRender', this.measureFrame);
    super.kill();
  }
}
