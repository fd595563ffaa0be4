// Sigma's two passes over a whole graph, as walks (core/graph/slices.ts) that a big graph
// runs between frames: its full refresh (every node and edge through the reducers, into
// display caches) and its process (every node and edge written into the WebGL programs'
// buffers, with positions normalized). On 200,000 nodes and 600,000 edges each is a task of
// seconds when sigma runs it. Both work on state of their own (new caches, new buffers) that
// is lent to sigma only while a slice runs and installed at once when complete (commit), so a
// frame drawn between two slices shows the previous state whole, never half of each.
//
// The process walk does what sigma 3.0's process() does, in the same order (nodes by zIndex,
// then edges by zIndex, ids counted from 1), except for sigma's label grid, which nothing
// reads: the explorer draws its labels itself (labelLayer.ts).
import type Graph from 'graphology';
import type { NodeDisplayData } from 'sigma/types';
import { createNormalizationFunction } from 'sigma/utils';
import type { EdgeAttributes, NodeAttributes } from '../../../core/graph/explorerGraph.ts';
import { WALK_STRIDE, type Walk } from '../../../core/graph/slices.ts';
import type { SigmaInternals, SigmaProgram } from './sigmaInternals.ts';

type ExplorerGraph = Graph<NodeAttributes, EdgeAttributes>;

/** The settings sigma's process reads. */
export interface SceneSettings {
  autoRescale: boolean;
  zIndex: boolean;
}

/** What sigma's full refresh fills: the display caches and what is kept beside them. */
interface DisplayState {
  nodeDataCache: SigmaInternals['nodeDataCache'];
  edgeDataCache: SigmaInternals['edgeDataCache'];
  nodesWithForcedLabels: Set<string>;
  highlightedNodes: Set<string>;
  edgesWithForcedLabels: Set<string>;
  nodeZExtent: [number, number];
  edgeZExtent: [number, number];
}

const readDisplay = (index: SigmaInternals): DisplayState => ({
  nodeDataCache: index.nodeDataCache,
  edgeDataCache: index.edgeDataCache,
  nodesWithForcedLabels: index.nodesWithForcedLabels,
  highlightedNodes: index.highlightedNodes,
  edgesWithForcedLabels: index.edgesWithForcedLabels,
  nodeZExtent: index.nodeZExtent,
  edgeZExtent: index.edgeZExtent,
});

function writeDisplay(index: SigmaInternals, state: DisplayState): void {
  index.nodeDataCache = state.nodeDataCache;
  index.edgeDataCache = state.edgeDataCache;
  index.nodesWithForcedLabels = state.nodesWithForcedLabels;
  index.highlightedNodes = state.highlightedNodes;
  index.edgesWithForcedLabels = state.edgesWithForcedLabels;
  index.nodeZExtent = state.nodeZExtent;
  index.edgeZExtent = state.edgeZExtent;
}

/** One buffer of one program: what sigma's reallocate sets. */
interface ProgramBuffer {
  array: Float32Array;
  capacity: number;
  verticesCount: number;
}

/**
 * The programs that own a buffer: a compound program's parts, or the program itself (none
 * for a program that draws nothing, as NoEdgeProgram).
 */
export function bufferPrograms(program: SigmaProgram): SigmaProgram[] {
  if (program.programs) return program.programs.flatMap(bufferPrograms);
  return program.array instanceof Float32Array ? [program] : [];
}

const readBuffer = (program: SigmaProgram): ProgramBuffer => ({
  array: program.array,
  capacity: program.capacity,
  verticesCount: program.verticesCount,
});

function writeBuffer(program: SigmaProgram, buffer: ProgramBuffer): void {
  program.array = buffer.array;
  program.capacity = buffer.capacity;
  program.verticesCount = buffer.verticesCount;
}

/**
 * The buffer each program drew before the last commit: sigma copies a buffer to the GPU at
 * every frame and keeps no reference to it, so the next re-indexing of the same size writes
 * there instead of allocating megabytes again (a layout step after another).
 */
const spareArrays = new WeakMap<SigmaProgram, Float32Array>();

/** Installs staged buffers, keeping those they replace as spares. */
function commitBuffers(buffers: Map<SigmaProgram, ProgramBuffer>): void {
  for (const [program, previous] of swapBuffers(buffers)) spareArrays.set(program, previous.array);
}

/** Buffers for `counts[type]` items of each program, apart from those sigma draws. */
function stageBuffers(
  programs: Record<string, SigmaProgram>,
  counts: Record<string, number>,
): Map<SigmaProgram, ProgramBuffer> {
  const staged = new Map<SigmaProgram, ProgramBuffer>();
  for (const type of Object.keys(programs)) {
    for (const program of bufferPrograms(programs[type]!)) {
      const shown = readBuffer(program);
      // sigma's own reallocate decides the size (instanced or not); it keeps the array when
      // the capacity is unchanged, and that array is the one on screen: a new one then.
      program.reallocate(counts[type] ?? 0);
      const next = readBuffer(program);
      if (next.array === shown.array) {
        const spare = spareArrays.get(program);
        spareArrays.delete(program);
        next.array =
          spare && spare.length === shown.array.length && spare !== shown.array
            ? spare
            : new Float32Array(shown.array.length);
      }
      writeBuffer(program, shown);
      staged.set(program, next);
    }
  }
  return staged;
}

/** Swaps buffers in, returns those they replaced. */
function swapBuffers(buffers: Map<SigmaProgram, ProgramBuffer>): Map<SigmaProgram, ProgramBuffer> {
  const previous = new Map<SigmaProgram, ProgramBuffer>();
  for (const [program, buffer] of buffers) {
    previous.set(program, readBuffer(program));
    writeBuffer(program, buffer);
  }
  return previous;
}

/**
 * `items` ordered by zIndex, ascending, equal ones in their order: what sigma's zIndexOrdering
 * (a stable sort with a comparator) gives, by buckets, in linear time.
 */
export function byZIndex(items: string[], zIndex: (item: string) => number | undefined): string[] {
  const buckets = new Map<number, string[]>();
  for (const item of items) {
    const z = zIndex(item) || 0;
    const bucket = buckets.get(z);
    if (bucket) bucket.push(item);
    else buckets.set(z, [item]);
  }
  if (buckets.size <= 1) return items;
  const ordered: string[] = [];
  for (const z of [...buckets.keys()].sort((a, b) => a - b)) for (const item of buckets.get(z)!) ordered.push(item);
  return ordered;
}

/**
 * Sigma's itemIDsIndex (a picking colour's number to its node or edge) read from one array
 * of keys, `keys[id]`, nodes up to `nodeCount`: sigma's own holds an object per node and
 * edge, 800,000 of them at 200k/600k, made again at every full re-indexing and walked by
 * every full garbage collection, for the rare look-up of the item under the pointer.
 * Sigma only reads it by index (getNodeAtPosition, getEdgeAtPoint).
 */
export function pickingIndex(keys: readonly string[], nodeCount: number): SigmaInternals['itemIDsIndex'] {
  return new Proxy({} as SigmaInternals['itemIDsIndex'], {
    get(_target, property) {
      if (typeof property !== 'string') return undefined;
      const id = Number(property);
      const key = Number.isInteger(id) && id >= 1 ? keys[id] : undefined;
      if (key === undefined) return undefined;
      return { type: id <= nodeCount ? 'node' : 'edge', id: key };
    },
  });
}

/** The extent of the nodes' positions, as sigma's graphExtent, and the positions read once. */
function* positionsOf(
  graph: ExplorerGraph,
  nodes: string[],
): Walk<{ xs: Float64Array; ys: Float64Array; extent: { x: [number, number]; y: [number, number] } }> {
  const xs = new Float64Array(nodes.length);
  const ys = new Float64Array(nodes.length);
  let xMin = Infinity;
  let xMax = -Infinity;
  let yMin = Infinity;
  let yMax = -Infinity;
  for (let i = 0; i < nodes.length; i++) {
    const { x, y } = graph.getNodeAttributes(nodes[i]!);
    xs[i] = x;
    ys[i] = y;
    if (x < xMin) xMin = x;
    if (x > xMax) xMax = x;
    if (y < yMin) yMin = y;
    if (y > yMax) yMax = y;
    if (i % (WALK_STRIDE * 8) === 0) yield;
  }
  const extent: { x: [number, number]; y: [number, number] } =
    nodes.length === 0
      ? { x: [0, 1], y: [0, 1] }
      : {
          x: [xMin, xMax],
          y: [yMin, yMax],
        };
  return { xs, ys, extent };
}

/** Where the process walk is: what it installs on commit. */
interface Processed {
  nodeExtent: { x: [number, number]; y: [number, number] };
  normalizationFunction: SigmaInternals['normalizationFunction'];
  nodeBuffers: Map<SigmaProgram, ProgramBuffer>;
  edgeBuffers: Map<SigmaProgram, ProgramBuffer>;
}

/** How the sigma's frame extent and normalization come from the nodes' extent (sigma's process). */
function normalizationFor(
  index: SigmaInternals,
  extent: { x: [number, number]; y: [number, number] },
  dimensions: { width: number; height: number },
  autoRescale: boolean,
): Pick<Processed, 'nodeExtent' | 'normalizationFunction'> {
  let nodeExtent = extent;
  if (!autoRescale) {
    const { width, height } = dimensions;
    const { x, y } = extent;
    nodeExtent = {
      x: [(x[0] + x[1]) / 2 - width / 2, (x[0] + x[1]) / 2 + width / 2],
      y: [(y[0] + y[1]) / 2 - height / 2, (y[0] + y[1]) / 2 + height / 2],
    };
  }
  return {
    nodeExtent,
    normalizationFunction: createNormalizationFunction(index.customBBox || nodeExtent),
  };
}

/**
 * A full re-indexing of `graph` (sigma's refresh, then its process) into state of its own;
 * yields between strides, and returns a commit that installs it all in sigma, or null when
 * `stillValid` failed at a pause (sigma re-indexed, or changed graph, meanwhile).
 * `graph` may be another graph than sigma's (a big load is indexed before it is shown): it is
 * lent to sigma for each slice.
 */
export function* fullIndexWalk(
  index: SigmaInternals,
  graph: ExplorerGraph,
  options: {
    /** false: edges are left out of the display caches as well as the buffers. */
    edgesDrawn: boolean;
    stillValid: () => boolean;
    settings: SceneSettings;
    dimensions: { width: number; height: number };
    /** Runs once every node and edge is in the new caches (labels' order and widths), yielding as a walk does. */
    prepareLabels?: (cache: SigmaInternals['nodeDataCache']) => Walk<void>;
  },
): Walk<(() => void) | null> {
  const shownGraph = index.graph;
  const shown = readDisplay(index);
  const built: DisplayState = {
    nodeDataCache: {},
    edgeDataCache: {},
    nodesWithForcedLabels: new Set(),
    highlightedNodes: new Set(),
    edgesWithForcedLabels: new Set(),
    nodeZExtent: [Infinity, -Infinity],
    edgeZExtent: [Infinity, -Infinity],
  };
  const nodeProgramIndex: Record<string, number> = {};
  const edgeProgramIndex: Record<string, number> = {};
  let staged: Map<SigmaProgram, ProgramBuffer> | null = null;
  let swapped: Map<SigmaProgram, ProgramBuffer> | null = null;
  let shownProgramIndex = { nodes: index.nodeProgramIndex, edges: index.edgeProgramIndex };
  let lent = false;
  const lend = () => {
    index.graph = graph;
    writeDisplay(index, built);
    shownProgramIndex = { nodes: index.nodeProgramIndex, edges: index.edgeProgramIndex };
    index.nodeProgramIndex = nodeProgramIndex;
    index.edgeProgramIndex = edgeProgramIndex;
    if (staged) swapped = swapBuffers(staged);
    lent = true;
  };
  const takeBack = () => {
    if (!lent) return;
    if (swapped) swapBuffers(swapped);
    swapped = null;
    index.nodeProgramIndex = shownProgramIndex.nodes;
    index.edgeProgramIndex = shownProgramIndex.edges;
    writeDisplay(index, shown);
    index.graph = shownGraph;
    lent = false;
  };
  /** Lets the page have its turn, sigma holding what it showed; false if that changed meanwhile. */
  const pause = function* (): Walk<boolean> {
    takeBack();
    yield;
    if (!options.stillValid() || index.graph !== shownGraph || index.nodeDataCache !== shown.nodeDataCache)
      return false;
    lend();
    return true;
  };
  lend();
  try {
    const nodes = graph.nodes();
    let count = 0;
    for (const node of nodes) {
      index.addNode(node);
      if (++count % WALK_STRIDE === 0 && !(yield* pause())) return null;
    }
    // Edges not drawn are not indexed either: reduced alike and put in no program, 600,000 of
    // them are a second of indexing for nothing. The renderer draws none until a re-indexing
    // with edges drawn (ExplorerRenderer's edgesUnindexed).
    const edges = options.edgesDrawn ? graph.edges() : [];
    for (const edge of edges) {
      index.addEdge(edge);
      if (++count % WALK_STRIDE === 0 && !(yield* pause())) return null;
    }
    if (!(yield* pause())) return null;
    // sigma's process, on the caches just built
    takeBack();
    if (options.prepareLabels) yield* options.prepareLabels(built.nodeDataCache);
    const { xs, ys, extent } = yield* positionsOf(graph, nodes);
    if (!options.stillValid() || index.graph !== shownGraph) return null;
    const { settings } = options;
    const { nodeExtent, normalizationFunction } = normalizationFor(
      index,
      extent,
      options.dimensions,
      settings.autoRescale,
    );
    const nodesPerProgram: Record<string, number> = {};
    const cache = built.nodeDataCache;
    for (let i = 0; i < nodes.length; i++) {
      const data = cache[nodes[i]!]!;
      data.x = xs[i]!;
      data.y = ys[i]!;
      normalizationFunction.applyTo(data);
      nodesPerProgram[data.type] = (nodesPerProgram[data.type] ?? 0) + 1;
      if (i % (WALK_STRIDE * 8) === 0) yield;
    }
    const nodeBuffers = stageBuffers(index.nodePrograms, nodesPerProgram);
    const ordered =
      settings.zIndex && built.nodeZExtent[0] !== built.nodeZExtent[1]
        ? byZIndex(nodes, (node) => cache[node]!.zIndex)
        : nodes;
    const edgeCache = built.edgeDataCache;
    const edgesPerProgram: Record<string, number> = {};
    for (const edge of edges) {
      const type = edgeCache[edge]!.type;
      edgesPerProgram[type] = (edgesPerProgram[type] ?? 0) + 1;
    }
    yield;
    const edgeBuffers = stageBuffers(index.edgePrograms, edgesPerProgram);
    staged = new Map([...nodeBuffers, ...edgeBuffers]);
    const orderedEdges =
      settings.zIndex && built.edgeZExtent[0] !== built.edgeZExtent[1]
        ? byZIndex(edges, (edge) => edgeCache[edge]!.zIndex)
        : edges;
    yield;
    if (!options.stillValid() || index.graph !== shownGraph) return null;
    const nodeIndices: Record<string, number> = {};
    const edgeIndices: Record<string, number> = {};
    // Picking ids count from 1: keys[0] stands for none.
    const pickingKeys: string[] = [''];
    const positions: Record<string, number> = {};
    let id = 1;
    lend();
    for (let i = 0; i < ordered.length; i++) {
      const node = ordered[i]!;
      nodeIndices[node] = id;
      pickingKeys.push(node);
      const type = cache[node]!.type;
      const position = positions[type] ?? 0;
      positions[type] = position + 1;
      index.addNodeToProgram(node, id, position);
      id++;
      if ((i + 1) % WALK_STRIDE === 0 && !(yield* pause())) return null;
    }
    const edgePositions: Record<string, number> = {};
    for (let i = 0; i < orderedEdges.length; i++) {
      const edge = orderedEdges[i]!;
      edgeIndices[edge] = id;
      pickingKeys.push(edge);
      const type = edgeCache[edge]!.type;
      const position = edgePositions[type] ?? 0;
      edgePositions[type] = position + 1;
      index.addEdgeToProgram(edge, id, position);
      id++;
      if ((i + 1) % WALK_STRIDE === 0 && !(yield* pause())) return null;
    }
    if (!(yield* pause())) return null;
    takeBack();
    const buffers = staged;
    return () => {
      writeDisplay(index, built);
      index.nodeProgramIndex = nodeProgramIndex;
      index.edgeProgramIndex = edgeProgramIndex;
      index.nodeExtent = nodeExtent;
      index.normalizationFunction = normalizationFunction;
      index.nodeIndices = nodeIndices;
      index.edgeIndices = edgeIndices;
      index.itemIDsIndex = pickingIndex(pickingKeys, ordered.length);
      commitBuffers(buffers);
    };
  } finally {
    takeBack();
  }
}

/**
 * Sigma's process after nodes moved and nothing else changed (a layout step): the same nodes
 * in the same programs, at the same places, so only their positions are normalized again and
 * written into new node buffers. Edges must not be drawn (a big graph laying out draws none):
 * their buffers would hold the old positions. Returns the commit, or null as fullIndexWalk.
 */
export function* positionsWalk(
  index: SigmaInternals,
  options: { stillValid: () => boolean; settings: SceneSettings; dimensions: { width: number; height: number } },
): Walk<(() => void) | null> {
  const graph = index.graph;
  const cache = index.nodeDataCache;
  const nodes = graph.nodes();
  const { xs, ys, extent } = yield* positionsOf(graph, nodes);
  if (!options.stillValid() || index.graph !== graph || index.nodeDataCache !== cache) return null;
  const { nodeExtent, normalizationFunction } = normalizationFor(
    index,
    extent,
    options.dimensions,
    options.settings.autoRescale,
  );
  const counts: Record<string, number> = {};
  for (const type of Object.keys(index.nodePrograms))
    counts[type] = bufferPrograms(index.nodePrograms[type]!)[0]?.capacity ?? 0;
  const staged = stageBuffers(index.nodePrograms, counts);
  const fingerprints = index.nodeIndices;
  const places = index.nodeProgramIndex;
  const point = { x: 0, y: 0 };
  for (let i = 0; i < nodes.length; i++) {
    point.x = xs[i]!;
    point.y = ys[i]!;
    normalizationFunction.applyTo(point);
    xs[i] = point.x;
    ys[i] = point.y;
  }
  yield;
  for (let start = 0; start < nodes.length; start += WALK_STRIDE) {
    if (!options.stillValid() || index.graph !== graph || index.nodeDataCache !== cache) return null;
    const shown = swapBuffers(staged);
    try {
      for (let i = start, end = Math.min(nodes.length, start + WALK_STRIDE); i < end; i++) {
        const node = nodes[i]!;
        const data: NodeDisplayData | undefined = cache[node];
        const fingerprint = fingerprints[node];
        const place = places[node];
        if (!data || fingerprint === undefined || place === undefined) return null;
        // The shown position stays in the cache until the commit: labels read it meanwhile.
        const { x, y } = data;
        data.x = xs[i]!;
        data.y = ys[i]!;
        index.nodePrograms[data.type]!.process(fingerprint, place, data);
        data.x = x;
        data.y = y;
      }
    } finally {
      swapBuffers(shown);
    }
    yield;
  }
  if (!options.stillValid() || index.graph !== graph || index.nodeDataCache !== cache) return null;
  return () => {
    for (let i = 0; i < nodes.length; i++) {
      const data = cache[nodes[i]!]!;
      data.x = xs[i]!;
      data.y = ys[i]!;
    }
    index.nodeExtent = nodeExtent;
    index.normalizationFunction = normalizationFunction;
    commitBuffers(staged);
  };
}
