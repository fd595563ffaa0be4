// A big overview as it travels from the worker that fetched and parsed it to the page: chunks
// of at most OVERVIEW_CHUNK_ITEMS nodes or edges, each a handful of typed arrays (transferred,
// not copied) and one string holding all the chunk's strings end to end. Parsing 140 MB of
// JSON is seconds of one task; the page builds its graph straight from the chunks' columns
// (core/graph/chunkMerge.ts), in slices, with no view object per node or edge in between.
// Strings are cut out of the chunk's text by their end offsets; names of types, kinds and
// relation types are looked up in the chunk's small symbol table, so nothing about the
// contract's closed lists is assumed here: whatever the server sent comes back unchanged.
import type { GraphEdgeView, GraphNodeView, GraphPayload } from '../../contract/api.ts';

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
  /** Per edge: id, source, target, the dates it has (see `dated`), then its evidence ids. */
  text: string;
  ends: Uint32Array;
  evidenceCounts: Uint32Array;
  /** Per edge: its kind and its type, as indexes into `symbols`. */
  kinds: Uint16Array;
  types: Uint16Array;
  symbols: string[];
  /** Per edge: bit 0 set when it has a firstDate, bit 1 when it has a lastDate. */
  dated: Uint8Array;
  weights: Float64Array;
}

export type OverviewChunk = NodeChunk | EdgeChunk;

/** The overview's fields besides its nodes and edges. */
export type OverviewHeader = Omit<GraphPayload, 'nodes' | 'edges'>;

/** The buffers a chunk's postMessage can hand over instead of copying. */
export function chunkTransfer(chunk: OverviewChunk): ArrayBuffer[] {
  const arrays =
    chunk.kind === 'nodes'
      ? [chunk.ends, chunk.aliasCounts, chunk.types, chunk.counts]
      : [chunk.ends, chunk.evidenceCounts, chunk.kinds, chunk.types, chunk.dated, chunk.weights];
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

/** Reads a chunk's strings back in the order they were written. */
export class TextReader {
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

export function encodeEdges(edges: readonly GraphEdgeView[]): EdgeChunk {
  const strings = new TextWriter();
  const symbols = new Symbols();
  const evidenceCounts = new Uint32Array(edges.length);
  const kinds = new Uint16Array(edges.length);
  const types = new Uint16Array(edges.length);
  const dated = new Uint8Array(edges.length);
  const weights = new Float64Array(edges.length);
  edges.forEach((edge, i) => {
    strings.add(edge.id);
    strings.add(edge.source);
    strings.add(edge.target);
    if (edge.firstDate !== null) strings.add(edge.firstDate);
    if (edge.lastDate !== null) strings.add(edge.lastDate);
    for (const evidence of edge.evidenceIds) strings.add(evidence);
    evidenceCounts[i] = edge.evidenceIds.length;
    kinds[i] = symbols.of(edge.kind);
    types[i] = symbols.of(edge.type);
    dated[i] = (edge.firstDate !== null ? 1 : 0) | (edge.lastDate !== null ? 2 : 0);
    weights[i] = edge.weight;
  });
  return {
    kind: 'edges',
    count: edges.length,
    ...strings.done(),
    evidenceCounts,
    kinds,
    types,
    symbols: symbols.list,
    dated,
    weights,
  };
}

export function decodeNodes(chunk: NodeChunk): GraphNodeView[] {
  const strings = new TextReader(chunk.text, chunk.ends);
  const nodes: GraphNodeView[] = new Array<GraphNodeView>(chunk.count);
  for (let i = 0; i < chunk.count; i++) {
    const id = strings.next();
    const name = strings.next();
    const aliases: string[] = [];
    for (let a = chunk.aliasCounts[i]!; a > 0; a--) aliases.push(strings.next());
    nodes[i] = {
      id,
      name,
      type: chunk.symbols[chunk.types[i]!] as GraphNodeView['type'],
      aliases,
      mentions: chunk.counts[i * 4]!,
      articles: chunk.counts[i * 4 + 1]!,
      statementsBy: chunk.counts[i * 4 + 2]!,
      statementsAbout: chunk.counts[i * 4 + 3]!,
    };
  }
  return nodes;
}

export function decodeEdges(chunk: EdgeChunk): GraphEdgeView[] {
  const strings = new TextReader(chunk.text, chunk.ends);
  const edges: GraphEdgeView[] = new Array<GraphEdgeView>(chunk.count);
  for (let i = 0; i < chunk.count; i++) {
    const id = strings.next();
    const source = strings.next();
    const target = strings.next();
    const dated = chunk.dated[i]!;
    const firstDate = dated & 1 ? strings.next() : null;
    const lastDate = dated & 2 ? strings.next() : null;
    const evidenceIds: string[] = [];
    for (let e = chunk.evidenceCounts[i]!; e > 0; e--) evidenceIds.push(strings.next());
    edges[i] = {
      id,
      source,
      target,
      kind: chunk.symbols[chunk.kinds[i]!] as GraphEdgeView['kind'],
      type: chunk.symbols[chunk.types[i]!]!,
      weight: chunk.weights[i]!,
      evidenceIds,
      firstDate,
      lastDate,
    };
  }
  return edges;
}

/** A payload's nodes, then its edges, in chunks of at most `size` items, in payload order. */
export function* encodePayload(
  payload: Pick<GraphPayload, 'nodes' | 'edges'>,
  size: number = OVERVIEW_CHUNK_ITEMS,
): Generator<OverviewChunk, void, void> {
  for (let at = 0; at < payload.nodes.length; at += size) yield encodeNodes(payload.nodes.slice(at, at + size));
  for (let at = 0; at < payload.edges.length; at += size) yield encodeEdges(payload.edges.slice(at, at + size));
}
