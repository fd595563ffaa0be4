// Community detection for the "colour by community" view: Louvain modularity optimisation
// (local moving, then aggregation of each community into one node, level after level) on
// an undirected weighted view of what is drawn. Deterministic: nodes are visited in id
// order and a node moves only for a strictly better gain, so the same graph always gives
// the same communities. Typed arrays throughout; the page runs it in a worker
// (communityRunner.ts): the page's thread only reads the graph into arrays (communityInput).
import type { ExplorerGraph } from './explorerGraph.ts';

/** An undirected weighted graph over nodes 0..n-1; an edge listed once (u, v, w); u === v is a loop. */
export interface WeightedEdges {
  n: number;
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
}

export interface Partition {
  /** Community of each node, numbered 0..count-1 in order of their lowest node. */
  community: Int32Array;
  count: number;
  modularity: number;
}

/** Gains below this are rounding noise: stopping there keeps the passes finite. */
const MIN_GAIN = 1e-12;

interface Level {
  n: number;
  /** CSR adjacency without loops: neighbours of i are adjacent[offsets[i] .. offsets[i+1]). */
  offsets: Int32Array;
  adjacent: Int32Array;
  adjacentWeight: Float64Array;
  /** Weight of i's loop (an edge inside a community once aggregated). */
  loop: Float64Array;
}

function buildLevel(edges: WeightedEdges): Level {
  const { n, source, target, weight } = edges;
  const degree = new Int32Array(n + 1);
  const loop = new Float64Array(n);
  for (let e = 0; e < source.length; e++) {
    const u = source[e]!;
    const v = target[e]!;
    if (u === v) loop[u]! += weight[e]!;
    else {
      degree[u]!++;
      degree[v]!++;
    }
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, n);
  const adjacent = new Int32Array(offsets[n]!);
  const adjacentWeight = new Float64Array(offsets[n]!);
  for (let e = 0; e < source.length; e++) {
    const u = source[e]!;
    const v = target[e]!;
    if (u === v) continue;
    const w = weight[e]!;
    adjacent[fill[u]!] = v;
    adjacentWeight[fill[u]!++] = w;
    adjacent[fill[v]!] = u;
    adjacentWeight[fill[v]!++] = w;
  }
  return { n, offsets, adjacent, adjacentWeight, loop };
}

/** Strength of each node: its edges' weights, a loop counting twice. */
function strengths(level: Level): Float64Array {
  const k = new Float64Array(level.n);
  for (let i = 0; i < level.n; i++) {
    let sum = 2 * level.loop[i]!;
    for (let p = level.offsets[i]!; p < level.offsets[i + 1]!; p++) sum += level.adjacentWeight[p]!;
    k[i] = sum;
  }
  return k;
}

/** One round of local moving; returns each node's community (not renumbered) and whether any moved. */
function moveNodes(level: Level): { community: Int32Array; moved: boolean } {
  const { n, offsets, adjacent, adjacentWeight } = level;
  const k = strengths(level);
  let twoM = 0;
  for (let i = 0; i < n; i++) twoM += k[i]!;
  const community = new Int32Array(n);
  const total = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    community[i] = i;
    total[i] = k[i]!;
  }
  if (twoM === 0) return { community, moved: false };
  // Weight from the node being moved to each neighbouring community, and which were touched.
  const toCommunity = new Float64Array(n);
  const touched = new Int32Array(n);
  let moved = false;
  for (let improved = true; improved;) {
    improved = false;
    for (let i = 0; i < n; i++) {
      const own = community[i]!;
      const ki = k[i]!;
      let touchedCount = 0;
      for (let p = offsets[i]!; p < offsets[i + 1]!; p++) {
        const c = community[adjacent[p]!]!;
        if (toCommunity[c] === 0) touched[touchedCount++] = c;
        toCommunity[c]! += adjacentWeight[p]!;
      }
      total[own]! -= ki;
      // Gain of joining c, up to a factor common to every c: k_i,c − tot_c·k_i / 2m.
      let best = own;
      let bestGain = toCommunity[own]! - (total[own]! * ki) / twoM;
      for (let t = 0; t < touchedCount; t++) {
        const c = touched[t]!;
        const gain = toCommunity[c]! - (total[c]! * ki) / twoM;
        if (gain > bestGain + MIN_GAIN) {
          best = c;
          bestGain = gain;
        }
      }
      for (let t = 0; t < touchedCount; t++) toCommunity[touched[t]!] = 0;
      total[best]! += ki;
      if (best !== own) {
        community[i] = best;
        improved = true;
        moved = true;
      }
    }
  }
  return { community, moved };
}

/** Numbers communities 0..count-1 in order of their lowest member. */
function renumber(community: Int32Array): { community: Int32Array; count: number } {
  const index = new Int32Array(community.length).fill(-1);
  const out = new Int32Array(community.length);
  let count = 0;
  for (let i = 0; i < community.length; i++) {
    const c = community[i]!;
    if (index[c] === -1) index[c] = count++;
    out[i] = index[c]!;
  }
  return { community: out, count };
}

/** One node per community; weights between communities summed, those inside become loops. */
function aggregate(level: Level, community: Int32Array, count: number): WeightedEdges {
  const source: number[] = [];
  const target: number[] = [];
  const weight: number[] = [];
  const members: number[][] = Array.from({ length: count }, () => []);
  for (let i = 0; i < level.n; i++) members[community[i]!]!.push(i);
  const toCommunity = new Float64Array(count);
  const touched = new Int32Array(count);
  for (let c = 0; c < count; c++) {
    let touchedCount = 0;
    let inside = 0;
    for (const i of members[c]!) {
      inside += level.loop[i]!;
      for (let p = level.offsets[i]!; p < level.offsets[i + 1]!; p++) {
        const d = community[level.adjacent[p]!]!;
        // Each edge is seen from both ends: keep it from the lower community only, once inside.
        if (d < c) continue;
        if (d === c) {
          inside += level.adjacentWeight[p]! / 2;
          continue;
        }
        if (toCommunity[d] === 0) touched[touchedCount++] = d;
        toCommunity[d]! += level.adjacentWeight[p]!;
      }
    }
    if (inside > 0) {
      source.push(c);
      target.push(c);
      weight.push(inside);
    }
    touched.subarray(0, touchedCount).sort();
    for (let t = 0; t < touchedCount; t++) {
      const d = touched[t]!;
      source.push(c);
      target.push(d);
      weight.push(toCommunity[d]!);
      toCommunity[d] = 0;
    }
  }
  return {
    n: count,
    source: Int32Array.from(source),
    target: Int32Array.from(target),
    weight: Float64Array.from(weight),
  };
}

/**
 * Newman's modularity of a partition: Σ_c [ in_c / 2m − (tot_c / 2m)² ], in_c counting each
 * edge inside c twice and tot_c the strengths of c's nodes. 0 for a graph with no edges.
 */
export function modularity(edges: WeightedEdges, community: Int32Array): number {
  let twoM = 0;
  const inside = new Map<number, number>();
  const total = new Map<number, number>();
  for (let e = 0; e < edges.source.length; e++) {
    const u = edges.source[e]!;
    const v = edges.target[e]!;
    const w = edges.weight[e]!;
    const cu = community[u]!;
    const cv = community[v]!;
    twoM += 2 * w;
    total.set(cu, (total.get(cu) ?? 0) + w);
    total.set(cv, (total.get(cv) ?? 0) + w);
    if (cu === cv) inside.set(cu, (inside.get(cu) ?? 0) + 2 * w);
  }
  if (twoM === 0) return 0;
  let q = 0;
  for (const [c, tot] of total) q += (inside.get(c) ?? 0) / twoM - (tot / twoM) ** 2;
  return q;
}

/** Louvain: local moving then aggregation, until a level moves nothing. */
export function louvain(edges: WeightedEdges): Partition {
  let partition = new Int32Array(edges.n);
  for (let i = 0; i < edges.n; i++) partition[i] = i;
  let current = edges;
  for (;;) {
    const level = buildLevel(current);
    const { community: raw, moved } = moveNodes(level);
    if (!moved) break;
    const { community, count } = renumber(raw);
    partition = partition.map((c) => community[c]!);
    current = aggregate(level, community, count);
  }
  const { community, count } = renumber(partition);
  return { community, count, modularity: modularity(edges, community) };
}

export interface GraphCommunities {
  /** Community of each visible node, by node key. */
  of: Map<string, number>;
  /** Members of each community, largest community first, each by decreasing mentions then key. */
  members: string[][];
  /** How many other visible nodes each visible node is linked to by a visible edge. */
  connections: Map<string, number>;
  modularity: number;
}

/**
 * What the partition is computed from, in plain arrays a worker can take: the visible nodes
 * in key order (`keys[i]` is node i), the visible edges among them (lower end first, in the
 * graph's order: communityPartition puts them in node order), and each node's mentions (to
 * order a community's members).
 */
export interface CommunityInput {
  keys: string[];
  edges: WeightedEdges;
  mentions: Float64Array;
}

/**
 * The visible nodes joined by visible edges (spoke-about, relations, co-mentions when shown),
 * direction ignored, parallel edges adding their weights, read from the graph. The only part
 * that needs the graph, so the only part on the page's thread: the rest (communityPartition)
 * runs in a worker.
 */
export function communityInput(graph: ExplorerGraph): CommunityInput {
  const keys: string[] = [];
  graph.forEachNode((node, a) => {
    if (!a.hidden) keys.push(node);
  });
  keys.sort();
  const index = new Map<string, number>();
  const mentions = new Float64Array(keys.length);
  keys.forEach((key, i) => {
    index.set(key, i);
    mentions[i] = graph.getNodeAttribute(key, 'mentions');
  });
  const source = new Int32Array(graph.size);
  const target = new Int32Array(graph.size);
  const weight = new Float64Array(graph.size);
  let count = 0;
  graph.forEachEdge((_edge, a, s, t) => {
    if (a.hidden) return;
    const u = index.get(s);
    const v = index.get(t);
    if (u === undefined || v === undefined) return;
    source[count] = Math.min(u, v);
    target[count] = Math.max(u, v);
    weight[count++] = Math.max(a.weight, 1);
  });
  return {
    keys,
    edges: {
      n: keys.length,
      source: source.slice(0, count),
      target: target.slice(0, count),
      weight: weight.slice(0, count),
    },
    mentions,
  };
}

/**
 * The edges in node order (by lower end, then upper end, then weight), so the order the graph
 * was loaded in changes nothing: counted by their lower end, then sorted within each (small) bucket.
 */
export function edgesInNodeOrder(edges: WeightedEdges): WeightedEdges {
  const { n, source, target, weight } = edges;
  const start = new Int32Array(n + 1);
  for (let e = 0; e < source.length; e++) start[source[e]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const order = new Int32Array(source.length);
  for (let e = 0; e < source.length; e++) order[fill[source[e]!]!++] = e;
  const byEnd = (a: number, b: number) => target[a]! - target[b]! || weight[a]! - weight[b]!;
  for (let i = 0; i < n; i++) if (start[i + 1]! - start[i]! > 1) order.subarray(start[i]!, start[i + 1]!).sort(byEnd);
  const sorted = {
    n,
    source: new Int32Array(order.length),
    target: new Int32Array(order.length),
    weight: new Float64Array(order.length),
  };
  for (let p = 0; p < order.length; p++) {
    const e = order[p]!;
    sorted.source[p] = source[e]!;
    sorted.target[p] = target[e]!;
    sorted.weight[p] = weight[e]!;
  }
  return sorted;
}

/**
 * The communities as node indices: `members` lists every node once, community after
 * community, the largest first (equal sizes in order of their lowest node), each by
 * decreasing mentions then index (keys are sorted, so index order is key order);
 * community c is members[offsets[c] .. offsets[c+1]).
 */
export interface CommunityPartition {
  members: Int32Array;
  offsets: Int32Array;
  /** Node i's distinct neighbours (parallel edges counted once, loops not at all). */
  connections: Int32Array;
  modularity: number;
}

/** Louvain on the input's edges (in node order), its communities ordered as GraphCommunities lists them. Pure. */
export function communityPartition(edges: WeightedEdges, mentions: Float64Array): CommunityPartition {
  const ordered = edgesInNodeOrder(edges);
  const partition = louvain(ordered);
  // In node order, parallel edges are side by side: each pair of ends counts once.
  const connections = new Int32Array(edges.n);
  for (let e = 0; e < ordered.source.length; e++) {
    const u = ordered.source[e]!;
    const v = ordered.target[e]!;
    if (u === v || (e > 0 && ordered.source[e - 1] === u && ordered.target[e - 1] === v)) continue;
    connections[u]!++;
    connections[v]!++;
  }
  const groups: number[][] = Array.from({ length: partition.count }, () => []);
  for (let i = 0; i < edges.n; i++) groups[partition.community[i]!]!.push(i);
  for (const group of groups) group.sort((a, b) => mentions[b]! - mentions[a]! || a - b);
  // Stable sort: equal sizes keep the order of their lowest member.
  groups.sort((a, b) => b.length - a.length);
  const members = new Int32Array(edges.n);
  const offsets = new Int32Array(groups.length + 1);
  let at = 0;
  groups.forEach((group, c) => {
    for (const i of group) members[at++] = i;
    offsets[c + 1] = at;
  });
  return { members, offsets, connections, modularity: partition.modularity };
}

/** The partition's communities by node key. */
export function communitiesOf(keys: readonly string[], partition: CommunityPartition): GraphCommunities {
  const of = new Map<string, number>();
  const members: string[][] = [];
  const connections = new Map<string, number>();
  keys.forEach((key, i) => connections.set(key, partition.connections[i]!));
  for (let c = 0; c + 1 < partition.offsets.length; c++) {
    const group: string[] = [];
    for (let p = partition.offsets[c]!; p < partition.offsets[c + 1]!; p++) {
      const key = keys[partition.members[p]!]!;
      group.push(key);
      of.set(key, c);
    }
    members.push(group);
  }
  return { of, members, connections, modularity: partition.modularity };
}

/**
 * Communities of what the filters leave visible, computed here, on this thread (the page runs
 * the partition in a worker: communityRunner.ts). Numbered from the largest community; ties
 * by their first member.
 */
export function graphCommunities(graph: ExplorerGraph): GraphCommunities {
  const input = communityInput(graph);
  return communitiesOf(input.keys, communityPartition(input.edges, input.mentions));
}
