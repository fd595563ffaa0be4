// The visibility walk by node positions against the walk it replaced (node and edge ids
// looked up in sets, one someEdge per node to fold the unlinked), kept here as the reference:
// the same hidden nodes and edges, in the same order, for every filter the module has.
import { describe, expect, it } from 'vitest';
import type { StatementView } from '../../../contract/api.ts';
import { syncStatementNodes } from '../aggregation/statementNodes.ts';
import {
  CONSOLE_ORIGIN,
  createExplorerGraph,
  expandOrigin,
  mergePayload,
  OVERVIEW_ORIGIN,
  statementLayerOf,
  type ExplorerGraph,
} from '../graph/explorerGraph.ts';
import { runNow } from '../graph/slices.ts';
import { nodeView, payload, randomPayload, statementView } from '../testing/factories.ts';
import {
  computeVisibility,
  computeVisibilityWalk,
  DEFAULT_FILTERS,
  edgePasses,
  hideStatementLayer,
  nodePasses,
  statementNodePasses,
  UNLINKED_FOLD_MIN_ENTITIES,
  type ArticleScope,
  type FilterState,
  type Visibility,
} from './filters.ts';

/** The walk as it was before the positions (the same steps, run at once). */
function referenceVisibility(
  graph: ExplorerGraph,
  filters: FilterState,
  scope: ArticleScope | null,
  userHidden: ReadonlySet<string>,
  pinned: ReadonlySet<string>,
  foldFrom: number,
): Visibility {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  const replacedEdges = new Set<string>();
  const layer = statementLayerOf(graph);
  const withLayer = layer.nodes.size > 0 || layer.edges.size > 0;
  const statementNodes = [...layer.nodes];
  for (const node of statementNodes) {
    if (!statementNodePasses(node, graph.getNodeAttribute(node, 'statement')!, filters, scope, userHidden))
      hiddenNodes.add(node);
  }
  graph.forEachNode((node, a) => {
    if (withLayer && layer.nodes.has(node)) return;
    if (!nodePasses(node, a, filters, scope, userHidden)) hiddenNodes.add(node);
  });
  graph.forEachEdge((edge, a, source, target) => {
    if (withLayer && layer.edges.has(edge)) return;
    if (hiddenNodes.has(source) || hiddenNodes.has(target) || !edgePasses(a, filters, scope)) hiddenEdges.add(edge);
  });
  if (filters.from || filters.to) {
    graph.forEachNode((node) => {
      if (hiddenNodes.has(node) || (withLayer && layer.nodes.has(node))) return;
      const own = withLayer ? graph.edges(node).filter((edge) => !layer.edges.has(edge)) : graph.edges(node);
      if (own.length > 0 && own.every((edge) => hiddenEdges.has(edge))) hiddenNodes.add(node);
    });
  }
  let unlinked = 0;
  if (!filters.unlinked) {
    const folded: string[] = [];
    let linked = 0;
    let shown = 0;
    graph.forEachNode((node, a) => {
      if (hiddenNodes.has(node) || (withLayer && layer.nodes.has(node))) return;
      shown++;
      if (graph.someEdge(node, (edge) => !hiddenEdges.has(edge))) linked++;
      else if (a.origins.length === 1 && a.origins[0] === OVERVIEW_ORIGIN && !pinned.has(node)) folded.push(node);
    });
    if (linked > 0 && shown >= foldFrom) {
      for (const node of folded) hiddenNodes.add(node);
      unlinked = folded.length;
    }
  }
  // The statement layer was not changed by the walk by positions: both run the same step.
  hideStatementLayer(graph, layer, statementNodes, hiddenNodes, hiddenEdges, replacedEdges);
  return { hiddenNodes, hiddenEdges, replacedEdges, unlinked };
}

/** Sets in their insertion order: the walks must agree on it too. */
const inOrder = (v: Visibility) => ({
  hiddenNodes: [...v.hiddenNodes],
  hiddenEdges: [...v.hiddenEdges],
  replacedEdges: [...v.replacedEdges],
  unlinked: v.unlinked,
});

/**
 * 400 overview entities joined by every kind of edge (some undated, some weighted, statements
 * and articles as evidence), 40 with no edge at all, 30 linked by co-mentions only; a few
 * brought by an expansion or the console, some of them unlinked; with `statements`, the
 * aggregated "spoke about" edges of a few speakers drawn as statement nodes.
 */
function buildGraph(statements: boolean): ExplorerGraph {
  const graph = createExplorerGraph();
  const random = randomPayload(400, 700, 7);
  const edges = random.edges.map((edge, i) => ({
    ...edge,
    evidenceIds: edge.kind === 'spoke_about' ? [`s${i}`, `s${i + 1}`] : edge.kind === 'comention' ? [`a${i % 9}`] : [],
    firstDate: i % 11 === 0 ? null : edge.firstDate,
    lastDate: i % 11 === 0 || i % 13 === 0 ? null : edge.lastDate,
  }));
  const isolated = Array.from({ length: 40 }, (_, i) =>
    nodeView(`lone${i}`, i % 2 === 0 ? 'Person' : 'Place', { mentions: 1 + i }),
  );
  const comentioned = Array.from({ length: 30 }, (_, i) => nodeView(`co${i}`, 'Organization', { mentions: 5 + i }));
  const comentions = comentioned.map((node, i) => ({
    ...edges.find((e) => e.kind === 'comention')!,
    id: `comention:CO_MENTION:${node.id}->n${i}`,
    source: node.id,
    target: `n${i}`,
    evidenceIds: [`a${i % 4}`],
  }));
  mergePayload(graph, payload([...random.nodes, ...isolated, ...comentioned], [...edges, ...comentions]), {
    origin: OVERVIEW_ORIGIN,
    random: () => 0.5,
  });
  mergePayload(graph, payload([nodeView('n1'), nodeView('expanded0'), nodeView('expanded1')]), {
    origin: expandOrigin('n1'),
    random: () => 0.5,
  });
  mergePayload(graph, payload([nodeView('lone3'), nodeView('console0', 'Event')]), {
    origin: CONSOLE_ORIGIN,
    random: () => 0.5,
  });
  if (statements) {
    const spoken = edges.filter((e) => e.kind === 'spoke_about').slice(0, 25);
    const views = new Map<string, StatementView>();
    spoken.forEach((edge, i) => {
      for (const id of edge.evidenceIds)
        views.set(
          id,
          statementView(id, edge.source, [edge.target], { date: i % 5 === 0 ? null : `2024-0${1 + (i % 9)}` }),
        );
    });
    syncStatementNodes(
      graph,
      spoken.map((e) => e.id),
      views,
    );
  }
  return graph;
}

const SHOW_ALL: FilterState = { ...DEFAULT_FILTERS, hiddenKinds: [] };

const FILTERS: [string, FilterState][] = [
  ['default', DEFAULT_FILTERS],
  ['every kind', SHOW_ALL],
  ['unlinked drawn', { ...DEFAULT_FILTERS, unlinked: true }],
  ['types hidden', { ...DEFAULT_FILTERS, hiddenTypes: ['Person', 'Event'] }],
  ['kinds hidden', { ...SHOW_ALL, hiddenKinds: ['relation', 'comention'] }],
  ['only co-mentions', { ...SHOW_ALL, hiddenKinds: ['relation', 'spoke_about'] }],
  ['dates', { ...SHOW_ALL, from: '2024-03', to: '2024-05' }],
  ['from only', { ...DEFAULT_FILTERS, from: '2024-06-15' }],
  ['to only, unlinked drawn', { ...DEFAULT_FILTERS, to: '2024-02', unlinked: true }],
  ['minimum mentions', { ...DEFAULT_FILTERS, minMentions: 10 }],
  ['minimum weight', { ...SHOW_ALL, minWeight: 3 }],
  [
    'everything at once',
    { ...SHOW_ALL, hiddenTypes: ['Place'], from: '2024-02', to: '2024-07', minMentions: 4, minWeight: 2 },
  ],
];

/** An article scope (the article, outlet and publication-date filters all come to one). */
const SCOPE: ArticleScope = {
  articleIds: new Set(['a1', 'a2', 'a5']),
  entityIds: new Set([
    ...Array.from({ length: 300 }, (_, i) => `n${i}`),
    ...Array.from({ length: 20 }, (_, i) => `co${i}`),
    'lone1',
    'lone2',
    'expanded0',
  ]),
  statementIds: new Set(Array.from({ length: 400 }, (_, i) => `s${i * 3}`)),
};

const CONTEXTS: [string, ArticleScope | null, Set<string>, Set<string>, number][] = [
  ['no scope', null, new Set(), new Set(), UNLINKED_FOLD_MIN_ENTITIES],
  ['a scope, nodes hidden by hand, one pinned', SCOPE, new Set(['n5', 'n17', 'co3']), new Set(['lone1', 'n9']), 150],
  ['folding from any count', null, new Set(['n2']), new Set(['lone4']), 0],
  ['too few entities to fold', null, new Set(), new Set(), 100_000],
];

describe('computeVisibilityWalk by node positions', () => {
  for (const statements of [false, true]) {
    const graph = buildGraph(statements);
    for (const [filterName, filters] of FILTERS)
      for (const [contextName, scope, userHidden, pinned, foldFrom] of CONTEXTS) {
        it(`${statements ? 'with' : 'without'} statement nodes, ${filterName}, ${contextName}: as the walk by ids`, () => {
          const expected = inOrder(referenceVisibility(graph, filters, scope, userHidden, pinned, foldFrom));
          expect(inOrder(computeVisibility(graph, filters, scope, userHidden, pinned, foldFrom))).toStrictEqual(
            expected,
          );
          expect(
            inOrder(runNow(computeVisibilityWalk(graph, filters, scope, userHidden, pinned, foldFrom, true))),
          ).toStrictEqual(expected);
        });
      }
  }

  it('the fixture covers what the walk decides: folded, date-hidden, statement and replaced', () => {
    const graph = buildGraph(true);
    const folded = computeVisibility(graph, DEFAULT_FILTERS);
    const dated = computeVisibility(graph, { ...SHOW_ALL, from: '2024-03', to: '2024-05' });
    const all = computeVisibility(graph, { ...SHOW_ALL, unlinked: true });
    expect({
      folded: folded.unlinked,
      dateHidden: [...dated.hiddenNodes].filter((n) => n.startsWith('n') && !all.hiddenNodes.has(n)).length > 0,
      statementNodes: statementLayerOf(graph).nodes.size > 0,
      replaced: folded.replacedEdges.size > 0,
    }).toStrictEqual({ folded: 108, dateHidden: true, statementNodes: true, replaced: true });
  });

  it('nodes added between two slices: the walk starts again over the graph as it is', () => {
    const graph = buildGraph(true);
    const walk = computeVisibilityWalk(graph, DEFAULT_FILTERS, null, new Set(), new Set(), 150, true);
    expect(walk.next().done).toBe(false);
    mergePayload(graph, payload([nodeView('late0'), nodeView('late1')]), { origin: OVERVIEW_ORIGIN });
    const visibility = runNow(walk);
    expect(inOrder(visibility)).toStrictEqual(
      inOrder(referenceVisibility(graph, DEFAULT_FILTERS, null, new Set(), new Set(), 150)),
    );
    expect([visibility.hiddenNodes.has('late0'), visibility.hiddenNodes.has('late1')]).toStrictEqual([true, true]);
  });
});
