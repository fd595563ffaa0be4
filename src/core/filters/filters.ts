// Filters hide, never delete: they compute the `hidden` flag of every node and edge.
// Pure over a graph and a filter state, so the same state always shows the same graph.
import type { EdgeKind, EntityType } from '../../../cypher/model.ts';
import { REINDEX_HINT, type EdgeAttributes, type ExplorerGraph, type NodeAttributes } from '../graph/explorerGraph.ts';

export interface FilterState {
  hiddenTypes: EntityType[];
  hiddenKinds: EdgeKind[];
  /** Inclusive ISO dates (partial allowed) matched against the evidence dates of edges. */
  from: string | null;
  to: string | null;
  minMentions: number;
  minWeight: number;
  /** Only what one article says. */
  article: string | null;
}

/** Co-mention edges are many and say little: off until asked for. */
export const DEFAULT_FILTERS: FilterState = {
  hiddenTypes: [],
  hiddenKinds: ['comention'],
  from: null,
  to: null,
  minMentions: 0,
  minWeight: 0,
  article: null,
};

/** What one article contains, fetched when the article filter is set. */
export interface ArticleScope {
  articleId: string;
  entityIds: ReadonlySet<string>;
  statementIds: ReadonlySet<string>;
}

/**
 * Compares two partial ISO dates on their common precision: '2024' is neither before
 * nor after '2024-03-01'.
 */
export function compareDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function edgeInDateRange(edge: Pick<EdgeAttributes, 'firstDate' | 'lastDate'>, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  const first = edge.firstDate ?? edge.lastDate;
  const last = edge.lastDate ?? edge.firstDate;
  if (!first || !last) return false;
  if (from && compareDates(last, from) < 0) return false;
  if (to && compareDates(first, to) > 0) return false;
  return true;
}

export function nodePasses(node: string, a: NodeAttributes, filters: FilterState, scope: ArticleScope | null, userHidden: ReadonlySet<string>): boolean {
  if (userHidden.has(node)) return false;
  if (filters.hiddenTypes.includes(a.entityType)) return false;
  if (a.mentions < filters.minMentions) return false;
  if (scope && !scope.entityIds.has(node)) return false;
  return true;
}

export function edgePasses(a: EdgeAttributes, filters: FilterState, scope: ArticleScope | null): boolean {
  if (filters.hiddenKinds.includes(a.kind)) return false;
  if (a.weight < filters.minWeight) return false;
  if (!edgeInDateRange(a, filters.from, filters.to)) return false;
  // Statement ids are known per article; relation and co-mention edges count as in
  // the article when both ends are (their endpoints were checked by the caller).
  if (scope && a.kind === 'spoke_about' && !a.evidenceIds.some((id) => scope.statementIds.has(id))) return false;
  return true;
}

export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
}

/**
 * Which nodes and edges the filters hide. An edge is hidden with either end. When a
 * date range is set, a node whose every edge falls outside it is hidden as well: it
 * has nothing to show for that period.
 */
export function computeVisibility(graph: ExplorerGraph, filters: FilterState, scope: ArticleScope | null = null, userHidden: ReadonlySet<string> = new Set()): Visibility {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  graph.forEachNode((node, a) => {
    if (!nodePasses(node, a, filters, scope, userHidden)) hiddenNodes.add(node);
  });
  graph.forEachEdge((edge, a, source, target) => {
    if (hiddenNodes.has(source) || hiddenNodes.has(target) || !edgePasses(a, filters, scope)) hiddenEdges.add(edge);
  });
  if (filters.from || filters.to) {
    graph.forEachNode((node) => {
      if (hiddenNodes.has(node) || graph.degree(node) === 0) return;
      if (graph.edges(node).every((edge) => hiddenEdges.has(edge))) hiddenNodes.add(node);
    });
  }
  return { hiddenNodes, hiddenEdges };
}

/** Writes the `hidden` flags; returns how many nodes and edges stay visible. */
export function applyVisibility(graph: ExplorerGraph, visibility: Visibility): { visibleNodes: number; visibleEdges: number } {
  // In place: copying 100k attribute objects costs seconds of garbage collection.
  graph.updateEachNodeAttributes(
    (node, a) => {
      a.hidden = visibility.hiddenNodes.has(node);
      return a;
    },
    { attributes: REINDEX_HINT },
  );
  graph.updateEachEdgeAttributes(
    (edge, a) => {
      a.hidden = visibility.hiddenEdges.has(edge);
      return a;
    },
    { attributes: REINDEX_HINT },
  );
  return { visibleNodes: graph.order - visibility.hiddenNodes.size, visibleEdges: graph.size - visibility.hiddenEdges.size };
}

export function sameKinds(a: readonly EdgeKind[], b: readonly EdgeKind[]): boolean {
  return a.length === b.length && a.every((k) => b.includes(k));
}

export function isDefaultFilters(filters: FilterState): boolean {
  return (
    filters.hiddenTypes.length === 0 &&
    sameKinds(filters.hiddenKinds, DEFAULT_FILTERS.hiddenKinds) &&
    !filters.from &&
    !filters.to &&
    filters.minMentions === 0 &&
    filters.minWeight === 0 &&
    !filters.article
  );
}
