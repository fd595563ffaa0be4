// Which edges share their two ends with another edge, in either direction (drawn curved, so
// that parallel "spoke about" and relation edges stay apart), from the ends as node positions.
// Written once for its two users: the page after its graph changed (markParallelEdgesWalk),
// and the overview's worker, which sends each edge's flag with it so that the page, building
// the graph from the chunks, writes the flag as it adds the edge instead of walking the
// 600,000 edges of a big load once more.
import { WALK_STRIDE, type Walk } from './slices.ts';

/**
 * Per edge, 1 when another edge joins the same two nodes (either direction), else 0.
 * `sources[e]` and `targets[e]` are the positions (0 to `nodeCount` - 1) of edge e's ends;
 * an edge with a negative end (a node outside the positions) is parallel to none.
 * Edges are bucketed by their smaller end (a counting sort), then each bucket is sorted on its
 * own, so that repeated pairs sit side by side: unlike one sort of every pair (600,000 at 200k
 * nodes, a task of 0.2 s), every step can pause; a bucket is as large as its node's degree.
 */
export function* parallelFlagsWalk(
  sources: Int32Array,
  targets: Int32Array,
  nodeCount: number,
  paused: boolean,
): Walk<Uint8Array> {
  const edgeCount = sources.length;
  const starts = new Int32Array(nodeCount + 1);
  for (let edge = 0; edge < edgeCount; edge++) {
    const a = sources[edge]!;
    const b = targets[edge]!;
    if (a >= 0 && b >= 0) starts[(a < b ? a : b) + 1]!++;
  }
  for (let node = 0; node < nodeCount; node++) starts[node + 1]! += starts[node]!;
  // The bucket of node n, in starts[n]..starts[n + 1]: its edges as high * edgeCount + edge,
  // exact in a double (at most 2^53), so that sorting orders them by their other end.
  const buckets = new Float64Array(starts[nodeCount]!);
  const cursor = starts.slice(0, nodeCount);
  for (let edge = 0; edge < edgeCount; edge++) {
    const a = sources[edge]!;
    const b = targets[edge]!;
    if (a >= 0 && b >= 0) buckets[cursor[a < b ? a : b]!++] = (a < b ? b : a) * edgeCount + edge;
    if (paused && edge % (WALK_STRIDE * 8) === 0) yield;
  }
  const parallel = new Uint8Array(edgeCount);
  let sorted = 0;
  for (let node = 0; node < nodeCount; node++) {
    const from = starts[node]!;
    const to = starts[node + 1]!;
    if (to - from < 2) continue;
    const bucket = buckets.subarray(from, to).sort();
    for (let i = 1; i < bucket.length; i++) {
      const other = Math.floor(bucket[i]! / edgeCount);
      if (other !== Math.floor(bucket[i - 1]! / edgeCount)) continue;
      parallel[bucket[i]! - other * edgeCount] = 1;
      parallel[bucket[i - 1]! - other * edgeCount] = 1;
    }
    sorted += bucket.length;
    if (paused && sorted >= WALK_STRIDE * 8) {
      sorted = 0;
      yield;
    }
  }
  return parallel;
}
