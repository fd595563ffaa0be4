// A big overview as it travels from the worker that fetched and parsed it to the page: chunks
// of at most OVERVIEW_CHUNK_ITEMS nodes or edges, each a handful of typed arrays (transferred,
// not copied) and one string holding all the chunk's strings end to end. Parsing 140 MB of
// JSON is seconds of one task; the page builds its graph straight from the chunks' columns
// (core/graph/chunkMerge.ts), in slices, with no view object per node or edge in between.
// Strings are cut out of the chunk's text by their end offsets; names of types, kinds,
// relation types and dates are looked up in the chunk's small symbol table (a date is shared
// by many edges: one string each, not one per edge), so nothing about the contract's closed
// lists is assumed here: whatever the server sent comes back unchanged. An edge names the
// load's nodes by position, and carries its parallel flag (core/graph/parallelEdges.ts),
// worked out here from the whole load, off the page's thread. NodeChunkReader and
// EdgeChunkReader are the format's one reader.
import type { GraphEdgeView, GraphNodeView, GraphPayload } from '../../contract/api.ts';
import { parallelFlagsWalk } from '../core/graph/parallelEdges.ts';
import { runNow } from '../core/graph/slices.ts';

/** Nodes or edges per chunk. */
export const OVERVIEW_CHUNK_ITEMS = 2048;

export interface NodeChunk {
  kind: 'nodes';
  count: number;
  /** Per node: its id, its name, then its aliases, end to end. */
  text: string;
  /** Where each of those strings ends in `text`. */
  ends: Uint32Array;
  aliasCounts: Uint32Array;
  /** Per node: its type, as an index into `symbols`. */
  types: Uint16Array;
  symbols: string[];
  /** Per node: mentions, articles, statementsBy, statementsAbout. */
  counts: Float64Array;
}

export interface EdgeChunk {
  kind: 'edges';
  count: number;
  /**
   * Per edge: its id, its source and its target when they are not nodes of the load (see
   * `sources`), then its evidence ids.
   */
  text: string;
  ends: Uint32Array;
  evidenceCounts: Uint32Array;
  /**
   * Per edge: its source and its target as positions among the load's nodes (every node chunk
   * of the load, in order), or NOT_A_NODE when the id is in `text`. The page then uses the
   * very string its node was added under: no string cut out and hashed again per edge end.
   */
  sources: Int32Array;
  targets: Int32Array;
  /** Per edge: its kind and its type, as indexes into `symbols` (which holds dates too: not 16 bits). */
  kinds: Uint32Array;
  types: Uint32Array;
  /** Per edge: its first and last date, as indexes into `symbols`, or NO_SYMBOL when it has none. */
  firstDates: Uint32Array;
  lastDates: Uint32Array;
  symbols: string[];
  weights: Float64Array;
  /**
   * Per edge: 1 when another edge of the load joins the same two nodes (either direction), as
   * markParallelEdges would flag it once the load is in an empty graph; an edge with an end
   * outside the load is parallel to none.
   */
  parallel: Uint8Array;
}

/** An edge end that is not a node of the load: its id is in the chunk's text. */
export const NOT_A_NODE = -1;

/** A date an edge does not have. */
export const NO_SYMBOL = 0xffffffff;

export type OverviewChunk = NodeChunk | EdgeChunk;

/** The overview's fields besides its nodes and edges. */
export type OverviewHeader = Omit<GraphPayload, 'nodes' | 'edges'>;

/** The buffers a chunk's postMessage can hand over instead of copying. */
export function chunkTransfer(chunk: OverviewChunk): ArrayBuffer[] {
  const arrays =
    chunk.kind === 'nodes'
      ? [chunk.ends, chunk.aliasCounts, chunk.types, chunk.counts]
      : [
          chunk.ends,
          chunk.evidenceCounts,
          chunk.sources,
          chunk.targets,
          chunk.kinds,
          chunk.types,
          chunk.firstDates,
          chunk.lastDates,
          chunk.weights,
          chunk.parallel,
        ];
  return arrays.map((array) => array.buffer as ArrayBuffer);
}

/** Strings of one chunk, written end to end. */
class TextWriter {
  private readonly parts: string[] = [];
  private readonly ends: number[] = [];
  private length = 0;

  add(value: string): void {
    this.parts.push(value);
    this.length += value.length;
    this.ends.push(this.length);
  }

  done(): { text: string; ends: Uint32Array } {
    return { text: this.parts.join(''), ends: Uint32Array.from(this.ends) };
  }
}

/** A chunk's small table of repeated names (types, kinds). */
class Symbols {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();

  of(value: string): number {
    let at = this.index.get(value);
    if (at === undefined) {
      at = this.list.length;
      this.list.push(value);
      this.index.set(value, at);
    }
    return at;
  }
}

/**
 * The aliases of a node that has none, the evidence of an edge that has none: one array for
 * all of them rather than one each (never changed in place: attributes are replaced whole).
 */
export const NONE = Object.freeze([]) as unknown as string[];

/** Reads a chunk's strings back in the order they were written. */
class TextReader {
  private at = 0;
  private start = 0;

  constructor(
    private readonly text: string,
    private readonly ends: Uint32Array,
  ) {}

  next(): string {
    const end = this.ends[this.at++]!;
    const value = this.text.slice(this.start, end);
    this.start = end;
    return value;
  }

  /** The next `count` strings, or NONE. */
  list(count: number): string[] {
    if (count === 0) return NONE;
    const list = new Array<string>(count);
    for (let i = 0; i < count; i++) list[i] = this.next();
    return list;
  }
}

/**
 * The one reader of a node chunk: `next()` moves to the next node and sets the fields to it
 * (one object for the whole chunk, none per node). `aliases` is NONE when it has none.
 */
export class NodeChunkReader {
  index = -1;
  id = '';
  name = '';
  aliases: string[] = NONE;
  /** The node's type, as an index into the chunk's `symbols`. */
  type = 0;
  mentions = 0;
  articles = 0;
  statementsBy = 0;
  statementsAbout = 0;
  private readonly strings: TextReader;

  constructor(readonly chunk: NodeChunk) {
    this.strings = new TextReader(chunk.text, chunk.ends);
  }

  next(): boolean {
    const i = ++this.index;
    const { chunk, strings } = this;
    if (i >= chunk.count) return false;
    this.id = strings.next();
    this.name = strings.next();
    this.aliases = strings.list(chunk.aliasCounts[i]!);
    this.type = chunk.types[i]!;
    this.mentions = chunk.counts[i * 4]!;
    this.articles = chunk.counts[i * 4 + 1]!;
    this.statementsBy = chunk.counts[i * 4 + 2]!;
    this.statementsAbout = chunk.counts[i * 4 + 3]!;
    return true;
  }
}

/**
 * The one reader of an edge chunk, as NodeChunkReader. `nodeIds` are the ids of the load's
 * nodes read so far, in order: an end given by position is that very string.
 * `evidenceIds` is NONE when it has none.
 */
export class EdgeChunkReader {
  index = -1;
  id = '';
  source = '';
  target = '';
  /** Whether the source and the target are nodes of the load. */
  sourceInLoad = false;
  targetInLoad = false;
  kind = '';
  type = '';
  weight = 0;
  evidenceIds: string[] = NONE;
  firstDate: string | null = null;
  lastDate: string | null = null;
  parallel = false;
  private readonly strings: TextReader;

  constructor(
    readonly chunk: EdgeChunk,
    private readonly nodeIds: readonly string[],
  ) {
    this.strings = new TextReader(chunk.text, chunk.ends);
  }

  next(): boolean {
    const i = ++this.index;
    const { chunk, strings } = this;
    if (i >= chunk.count) return false;
    const { symbols } = chunk;
    this.id = strings.next();
    const source = chunk.sources[i]!;
    this.sourceInLoad = source !== NOT_A_NODE;
    this.source = this.sourceInLoad ? this.nodeId(source) : strings.next();
    const target = chunk.targets[i]!;
    this.targetInLoad = target !== NOT_A_NODE;
    this.target = this.targetInLoad ? this.nodeId(target) : strings.next();
    this.evidenceIds = strings.list(chunk.evidenceCounts[i]!);
    this.kind = symbols[chunk.kinds[i]!]!;
    this.type = symbols[chunk.types[i]!]!;
    this.weight = chunk.weights[i]!;
    const first = chunk.firstDates[i]!;
    this.firstDate = first === NO_SYMBOL ? null : symbols[first]!;
    const last = chunk.lastDates[i]!;
    this.lastDate = last === NO_SYMBOL ? null : symbols[last]!;
    this.parallel = chunk.parallel[i] === 1;
    return true;
  }

  private nodeId(position: number): string {
    const id = this.nodeIds[position];
    if (id === undefined) throw new Error(`An edge names node ${position} of the load before it was read.`);
    return id;
  }
}

export function encodeNodes(nodes: readonly GraphNodeView[]): NodeChunk {
  const strings = new TextWriter();
  const symbols = new Symbols();
  const aliasCounts = new Uint32Array(nodes.length);
  const types = new Uint16Array(nodes.length);
  const counts = new Float64Array(nodes.length * 4);
  nodes.forEach((node, i) => {
    strings.add(node.id);
    strings.add(node.name);
    for (const alias of node.aliases) strings.add(alias);
    aliasCounts[i] = node.aliases.length;
    types[i] = symbols.of(node.type);
    counts[i * 4] = node.mentions;
    counts[i * 4 + 1] = node.articles;
    counts[i * 4 + 2] = node.statementsBy;
    counts[i * 4 + 3] = node.statementsAbout;
  });
  return { kind: 'nodes', count: nodes.length, ...strings.done(), aliasCounts, types, symbols: symbols.list, counts };
}

/** The ends of edges as positions among the load's nodes (NOT_A_NODE for an id it does not hold), and their parallel flags. */
export interface EdgeEnds {
  sources: Int32Array;
  targets: Int32Array;
  parallel: Uint8Array;
}

/** How many positions `nodeIndex` spans (its largest, plus one). */
function positionCount(nodeIndex: ReadonlyMap<string, number>): number {
  let count = 0;
  for (const position of nodeIndex.values()) if (position >= count) count = position + 1;
  return count;
}

/** EdgeEnds of `edges`, their flags among themselves. */
export function edgeEnds(
  edges: readonly GraphEdgeView[],
  nodeIndex: ReadonlyMap<string, number>,
  nodeCount: number,
): EdgeEnds {
  const sources = new Int32Array(edges.length);
  const targets = new Int32Array(edges.length);
  edges.forEach((edge, i) => {
    sources[i] = nodeIndex.get(edge.source) ?? NOT_A_NODE;
    targets[i] = nodeIndex.get(edge.target) ?? NOT_A_NODE;
  });
  return { sources, targets, parallel: runNow(parallelFlagsWalk(sources, targets, nodeCount, false)) };
}

/**
 * `nodeIndex`: the position of each of the load's nodes among them (the first, for an id the
 * load has twice); an end it does not hold is written as a string. `ends`: the edges' ends
 * and flags (edgeEnds), when the load has more edges than these.
 */
export function encodeEdges(
  edges: readonly GraphEdgeView[],
  nodeIndex: ReadonlyMap<string, number> = new Map(),
  ends: EdgeEnds = edgeEnds(edges, nodeIndex, positionCount(nodeIndex)),
): EdgeChunk {
  const strings = new TextWriter();
  const symbols = new Symbols();
  const evidenceCounts = new Uint32Array(edges.length);
  const { sources, targets, parallel } = ends;
  const kinds = new Uint32Array(edges.length);
  const types = new Uint32Array(edges.length);
  const firstDates = new Uint32Array(edges.length);
  const lastDates = new Uint32Array(edges.length);
  const weights = new Float64Array(edges.length);
  edges.forEach((edge, i) => {
    strings.add(edge.id);
    if (sources[i] === NOT_A_NODE) strings.add(edge.source);
    if (targets[i] === NOT_A_NODE) strings.add(edge.target);
    for (const evidence of edge.evidenceIds) strings.add(evidence);
    evidenceCounts[i] = edge.evidenceIds.length;
    kinds[i] = symbols.of(edge.kind);
    types[i] = symbols.of(edge.type);
    firstDates[i] = edge.firstDate === null ? NO_SYMBOL : symbols.of(edge.firstDate);
    lastDates[i] = edge.lastDate === null ? NO_SYMBOL : symbols.of(edge.lastDate);
    weights[i] = edge.weight;
  });
  return {
    kind: 'edges',
    count: edges.length,
    ...strings.done(),
    evidenceCounts,
    sources,
    targets,
    kinds,
    types,
    firstDates,
    lastDates,
    symbols: symbols.list,
    weights,
    parallel,
  };
}

export function decodeNodes(chunk: NodeChunk): GraphNodeView[] {
  const reader = new NodeChunkReader(chunk);
  const nodes: GraphNodeView[] = [];
  while (reader.next())
    nodes.push({
      id: reader.id,
      name: reader.name,
      type: chunk.symbols[reader.type] as GraphNodeView['type'],
      aliases: [...reader.aliases],
      mentions: reader.mentions,
      articles: reader.articles,
      statementsBy: reader.statementsBy,
      statementsAbout: reader.statementsAbout,
    });
  return nodes;
}

/** `nodeIds`: the ids of the load's nodes, in order (decodeNodes of its node chunks). */
export function decodeEdges(chunk: EdgeChunk, nodeIds: readonly string[]): GraphEdgeView[] {
  const reader = new EdgeChunkReader(chunk, nodeIds);
  const edges: GraphEdgeView[] = [];
  while (reader.next())
    edges.push({
      id: reader.id,
      source: reader.source,
      target: reader.target,
      kind: reader.kind as GraphEdgeView['kind'],
      type: reader.type,
      weight: reader.weight,
      evidenceIds: [...reader.evidenceIds],
      firstDate: reader.firstDate,
      lastDate: reader.lastDate,
    });
  return edges;
}

/**
 * A payload's nodes, then its edges, in chunks of at most `size` items, in payload order; the
 * edges name the payload's nodes by position.
 */
export function* encodePayload(
  payload: Pick<GraphPayload, 'nodes' | 'edges'>,
  size: number = OVERVIEW_CHUNK_ITEMS,
): Generator<OverviewChunk, void, void> {
  const nodeIndex = new Map<string, number>();
  payload.nodes.forEach((node, i) => {
    if (!nodeIndex.has(node.id)) nodeIndex.set(node.id, i);
  });
  for (let at = 0; at < payload.nodes.length; at += size) yield encodeNodes(payload.nodes.slice(at, at + size));
  // Flags are of the whole load: a pair's edges may lie in different chunks.
  const ends = edgeEnds(payload.edges, nodeIndex, payload.nodes.length);
  for (let at = 0; at < payload.edges.length; at += size)
    yield encodeEdges(payload.edges.slice(at, at + size), nodeIndex, {
      sources: ends.sources.slice(at, at + size),
      targets: ends.targets.slice(at, at + size),
      parallel: ends.parallel.slice(at, at + size),
    });
}
