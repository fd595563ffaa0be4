// Time of Louvain (src/core/graph/communities.ts) on synthetic graphs the size the explorer
// draws: a planted partition (communities of 50 nodes, 4 of 5 edges inside one) from a seeded
// generator, built as an explorer graph and as bare edge arrays.
//   npx tsx bench/communities.ts [nodes, default 50000] [edges per node, default 3]
import { graphCommunities, louvain } from '../src/core/graph/communities.ts';
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

let start = performance.now();
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
start = performance.now();
const communities = graphCommunities(graph);
const whole = performance.now() - start;

console.log(
  JSON.stringify({
    nodes,
    edges: source.length,
    louvainMs: Math.round(bare),
    communities: partition.count,
    modularity: Number(partition.modularity.toFixed(4)),
    graphCommunitiesMs: Math.round(whole),
    graphCommunities: communities.members.length,
  }),
);
