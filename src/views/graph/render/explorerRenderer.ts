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
//   a big one (adoptGraph) is indexed in slices, between which the page paints and takes input,
//   and its labels' order (every node by size) is sorted in a step of its own;
// - edge labels are looked for only when the page says an edge may have one (setEdgeLabels);
// - while edges are not drawn at all (setEdgesDrawn), re-indexing leaves them out;
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
import { runInSlices, WALK_STRIDE, type Slicing, type Walk } from '../../../core/graph/slices.ts';
import { frameDelay } from '../framePacing.ts';
import { NO_EDGE_TYPE } from '../noEdgeProgram.ts';
import { LabelLayer } from './labelLayer.ts';
import type { SigmaInternals } from './sigmaInternals.ts';

type ExplorerSettings = Settings<NodeAttributes, EdgeAttributes>;
type ExplorerGraphOf = Parameters<Sigma<NodeAttributes, EdgeAttributes>['setGraph']>[0];

/** Tries at indexing a graph in slices before it is indexed in one go (each try restarts when sigma re-indexed meanwhile). */
const ADOPTION_TRIES = 3;

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
  /** Display records by share name, each from the first edge of that name reduced. */
  declare private sharedEdgeData: Map<string, { zIndex: number; type: string }> | undefined;
  declare private labelLayer: LabelLayer | undefined;

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
      if (!this.edgesUndrawn) return process.call(this);
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
   * again over every node, as a partial refresh of all nodes would.
   */
  positionsChanged(): void {
    (this as unknown as SigmaInternals).needToProcess = true;
    this.scheduleRender();
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
      super.refresh({ schedule: true });
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
   * reducers in one task (seconds for 600,000 edges). Meanwhile sigma keeps drawing the graph
   * it has (the empty stand-in of a big load): the new graph is sigma's only for the length
   * of each slice, while its nodes then edges go into sigma's caches, in the order a full
   * refresh takes them; then sigma switches to it without re-indexing and draws it at the
   * next frame. Should sigma re-index meanwhile (a full refresh empties its caches), indexing
   * starts again, and after ADOPTION_TRIES the graph is handed over at once.
   */
  async adoptGraph(graph: ExplorerGraphOf, slicing: Slicing): Promise<void> {
    for (let attempt = 0; attempt < ADOPTION_TRIES; attempt++) {
      // Handed over meanwhile (a load abandoned does so at once): nothing left to do.
      if (graph === this.getGraph()) return;
      if (await runInSlices(this.indexWalk(graph), slicing)) {
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

  /** Indexes `graph` into sigma's caches as a full refresh would; false if sigma re-indexed meanwhile. */
  private *indexWalk(graph: ExplorerGraphOf): Walk<boolean> {
    const index = this as unknown as SigmaInternals;
    const shown = index.graph;
    index.clearEdgeIndices();
    index.clearNodeIndices();
    const nodeCache = index.nodeDataCache;
    const edgeCache = index.edgeDataCache;
    let lent = false;
    const lend = () => {
      index.graph = graph;
      lent = true;
    };
    const takeBack = () => {
      if (lent && index.graph === graph) index.graph = shown;
      lent = false;
    };
    /** Lets the page have its turn; false when sigma re-indexed (or changed graph) meanwhile. */
    const pause = function* (): Walk<boolean> {
      takeBack();
      yield;
      if (index.nodeDataCache !== nodeCache || index.edgeDataCache !== edgeCache || index.graph !== shown) return false;
      lend();
      return true;
    };
    lend();
    try {
      let count = 0;
      for (const node of graph.nodes()) {
        index.addNode(node);
        if (++count % WALK_STRIDE === 0 && !(yield* pause())) return false;
      }
      for (const edge of graph.edges()) {
        index.addEdge(edge);
        if (++count % WALK_STRIDE === 0 && !(yield* pause())) return false;
      }
      if (!(yield* pause())) return false;
      this.labelLayer?.prepareOrder();
      return true;
    } finally {
      takeBack();
    }
  }

  refresh(options?: Parameters<Sigma<NodeAttributes, EdgeAttributes>['refresh']>[0]): this {
    if (options?.partialGraph) return super.refresh(options);
    if (this.adoptedGraph && !options && !this.pendingSettings) {
      // adoptGraph has indexed this graph: only the WebGL buffers are left, at the next frame.
      (this as unknown as SigmaInternals).needToProcess = true;
      this.scheduleRender();
      return this;
    }
    // Sigma answers each dropped node with a scheduled full refresh: one is enough.
    if (options?.schedule) return this.scheduleRefresh();
    this.applyPendingSettings();
    this.refreshWanted = false;
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
    if (this.pacedTimer) clearTimeout(this.pacedTimer);
    this.pacedTimer = null;
    cancelAnimationFrame(this.costFrame);
    this.off('afterRender', this.measureFrame);
    super.kill();
  }
}
