// The "build" phase of a big load in Node: the page's main thread adding the overview's chunks
// to an empty graph (mergeChunksInSlices), from the chunks its worker would post for the
// browser bench's synthetic graph (bench/browser/syntheticApi.ts). Each run builds a new graph
// from the same chunks in one go (no pause between slices); reports the CPU time of the build
// (process.cpuUsage, garbage collection included) and its wall time, best of `--repeat`.
// `npx tsx bench/browserBuild.ts [nodes:edges] [--repeat n]`. Sigma's indexing is not in it.
import { encodePayload, type OverviewChunk } from '../src/api/overviewChunks.ts';
import { mergeChunksInSlices } from '../src/core/graph/chunkMerge.ts';
import { createExplorerGraph, OVERVIEW_ORIGIN } from '../src/core/graph/explorerGraph.ts';
import { syntheticGraph } from './browser/syntheticApi.ts';
import { graphSizeArgs } from './graphSizeArgs.ts';

const { nodes, edges, repeat } = graphSizeArgs(process.argv.slice(2));

const chunks: OverviewChunk[] = [...encodePayload(syntheticGraph(nodes, edges))];
const totals = { nodes, edges };
const atOnce = { sliceMs: Infinity, yieldToPage: async () => {} };

let bestCpu = Infinity;
let bestWall = Infinity;
for (let r = 0; r < repeat; r++) {
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  const graph = createExplorerGraph();
  await mergeChunksInSlices(graph, chunks, totals, { origin: OVERVIEW_ORIGIN }, atOnce);
  const wall = performance.now() - wallStart;
  const used = process.cpuUsage(cpuStart);
  bestCpu = Math.min(bestCpu, (used.user + used.system) / 1000);
  bestWall = Math.min(bestWall, wall);
  if (graph.order !== nodes || graph.size !== edges) throw new Error('the build lost nodes or edges');
}
console.log(JSON.stringify({ nodes, edges, buildCpuMs: Math.round(bestCpu), buildWallMs: Math.round(bestWall) }));
