// The "prepare" phase of a big load in Node: what the page's main thread runs between the
// graph built and the layout's start, over the same functions (parallel-edge flags, sizes,
// the filter panel's counts, the layout's input), each as the sliced walk the page runs.
// The graph is a seeded synthetic one of the explorer's shape, built as the page builds it
// (createExplorerGraph). Reports each walk's CPU time (process.cpuUsage), best of `--repeat`.
// `npx tsx bench/browserPrepare.ts [nodes:edges] [--repeat n]`. Sigma's indexing is not in it.
import { graphCountsWalk } from '../src/core/explorer/derived.ts';
import {
  applyVisibilityWalk,
  computeVisibilityWalk,
  DEFAULT_FILTERS,
  UNLINKED_FOLD_MIN_ENTITIES,
} from '../src/core/filters/filters.ts';
import {
  applySizesWalk,
  createExplorerGraph,
  markParallelEdgesWalk,
  seededRandom,
  type ExplorerGraph,
} from '../src/core/graph/explorerGraph.ts';
import { runNow, type Walk } from '../src/core/graph/slices.ts';
import { layoutInputWalk } from '../src/core/layout/forceAtlas2Matrices.ts';
import { graphSizeArgs } from './graphSizeArgs.ts';

const { nodes, edges, repeat } = graphSizeArgs(process.argv.slice(2));

function build(order: number, size: number): ExplorerGraph {
  const graph = createExplorerGraph();
  const random = seededRandom(17);
  const types = ['Person', 'Organization', 'Place', 'Event'] as const;
  const origins = Object.freeze(['overview']) as string[];
  for (let i = 0; i < order; i++)
    graph.addNode(`n${i}`, {
      x: random() * 1000,
      y: random() * 1000,
      size: 1,
      color: '#999',
      label: `Node ${i}`,
      entityType: types[i % 4]!,
      aliases: [],
      mentions: 1 + Math.floor(random() * 50),
      articles: 1,
      statementsBy: 0,
      statementsAbout: 0,
      origins,
      hidden: false,
    });
  for (let e = 0; e < size; e++) {
    // Skewed ends, as news graphs have hubs; some pairs repeat (parallel edges).
    const s = Math.floor(order * random() ** 2);
    const t = Math.floor(order * random());
    graph.addDirectedEdgeWithKey(`e${e}`, `n${s}`, `n${t === s ? (t + 1) % order : t}`, {
      kind: e % 3 === 0 ? 'said' : 'related',
      relType: 'RELATED_TO',
      weight: 1,
      evidenceIds: [],
      firstDate: null,
      lastDate: null,
      size: 1,
      color: '#ccc',
      origins,
      hidden: false,
    } as never);
  }
  return graph;
}

function cpuMs<T>(walk: () => Walk<T>): number {
  let best = Infinity;
  for (let r = 0; r < repeat; r++) {
    const start = process.cpuUsage();
    runNow(walk());
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return Math.round(best);
}

const graph = build(nodes, edges);
const figures = {
  nodes,
  edges,
  parallelMs: cpuMs(() => markParallelEdgesWalk(graph, true)),
  sizesMentionsMs: cpuMs(() => applySizesWalk(graph, 'mentions', true)),
  sizesDegreeMs: cpuMs(() => applySizesWalk(graph, 'degree', true)),
  countsMs: cpuMs(() => graphCountsWalk(graph, true)),
  // The filters' visibility computed alone, then as the page computes and writes it (useExplorerStore's writeVisibility).
  visibilityComputeMs: cpuMs(() =>
    computeVisibilityWalk(graph, DEFAULT_FILTERS, null, new Set(), new Set(), UNLINKED_FOLD_MIN_ENTITIES, true),
  ),
  visibilityMs: cpuMs(function* () {
    const visibility = yield* computeVisibilityWalk(
      graph,
      DEFAULT_FILTERS,
      null,
      new Set(),
      new Set(),
      UNLINKED_FOLD_MIN_ENTITIES,
      true,
    );
    return yield* applyVisibilityWalk(graph, visibility, true);
  }),
  layoutInputMs: cpuMs(() => layoutInputWalk(graph, true)),
};
console.log(JSON.stringify(figures));
