// Time of Louvain (src/core/graph/communities.ts) on synthetic graphs the size the explorer
// draws: a planted partition (communities of 50 nodes, 4 of 5 edges inside one) from a seeded
// generator, built as an explorer graph and as bare edge arrays. Then what colouring by
// community costs the page's thread: all of it when computed there (graphCommunities and the
// colours, as before the worker), and, with the partition in the worker (communityRunner.ts),
// only reading the graph into arrays before and mapping the answer back to colours after.
//   npx tsx bench/communities.ts [nodes, default 50000] [edges per node, default 3]
import {
  communitiesOf,
  communityInput,
  communityPartition,
  graphCommunities,
  louvain,
} from '../src/core/graph/communities.ts';
import { communityColouring } from '../src/core/graph/communityColours.ts';
import { createExplorerGraph, seededRandom } from '../src/core/graph/explorerGraph.ts';

const nodes = Number(process.argv[2] ?? 50_000);
const perNode = Number(process.argv[3] ?? 3);
const random = seededRandom(7);
const SIZE = 50;
const source = new Int32Array(nodes * perNode);
const target = new Int32Array(nodes * perNode);
for (let e = 0; e < source.length; e++) {
  const u = e % nodes;
  const inside = random() < 0.8;
  const v = inside
    ? Math.min(nodes - 1, Math.floor(u / SIZE) * SIZE + Math.floor(random() * SIZE))
    : Math.floor(random() * nodes);
  source[e] = u;
  target[e] = v === u ? (u + 1) % nodes : v;
}

const start = performance.now();
const partition = louvain({ n: nodes, source, target, weight: new Float64Array(source.length).fill(1) });
const bare = performance.now() - start;

const graph = createExplorerGraph();
for (let i = 0; i < nodes; i++)
  graph.addNode(`n${i}`, {
    x: 0,
    y: 0,
    size: 1,
    label: `n${i}`,
    color: '#000',
    entityType: 'Person',
    aliases: [],
    mentions: 1,
    articles: 1,
    statementsBy: 0,
    statementsAbout: 0,
    origins: [],
    hidden: false,
  });
for (let e = 0; e < source.length; e++)
  graph.addEdge(`n${source[e]}`, `n${target[e]}`, {
    kind: 'spoke_about',
    relType: 'SPOKE_ABOUT',
    weight: 1,
    evidenceIds: [],
    firstDate: null,
    lastDate: null,
    size: 1,
    color: '#000',
    origins: [],
    hidden: false,
  });
const nameOf = (node: string) => graph.getNodeAttributes(node);
const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
const timed = <T>(run: () => T): [T, number] => {
  const began = performance.now();
  const result = run();
  return [result, performance.now() - began];
};
// Both ways three times, alternately, so neither gets the warm-up alone; medians reported.
const runs = {
  whole: [] as number[],
  onPageThread: [] as number[],
  input: [] as number[],
  worker: [] as number[],
  apply: [] as number[],
};
let communities = graphCommunities(graph);
for (let round = 0; round < 3; round++) {
  const [found, wholeMs] = timed(() => graphCommunities(graph));
  const [, colourMs] = timed(() => communityColouring(found, nameOf));
  communities = found;
  runs.whole.push(wholeMs);
  runs.onPageThread.push(wholeMs + colourMs);
  const [input, inputMs] = timed(() => communityInput(graph));
  const [partitioned, workerMs] = timed(() => communityPartition(input.edges, input.mentions));
  const [, applyMs] = timed(() => communityColouring(communitiesOf(input.keys, partitioned), nameOf));
  runs.input.push(inputMs);
  runs.worker.push(workerMs);
  runs.apply.push(applyMs);
}

console.log(
  JSON.stringify({
    nodes,
    edges: source.length,
    louvainMs: Math.round(bare),
    communities: partition.count,
    modularity: Number(partition.modularity.toFixed(4)),
    graphCommunitiesMs: Math.round(median(runs.whole)),
    graphCommunities: communities.members.length,
    pageThreadAllMs: Math.round(median(runs.onPageThread)),
    pageThreadInputMs: Math.round(median(runs.input)),
    workerPartitionMs: Math.round(median(runs.worker)),
    pageThreadApplyMs: Math.round(median(runs.apply)),
    pageThreadWithWorkerMs: Math.round(median(runs.input.map((input, i) => input + runs.apply[i]!))),
  }),
);
