// Filters hide, never delete: they compute the `hidden` flag of every node and edge.
// Pure over a graph and a filter state, so the same state always shows the same graph.
import type { EdgeKind } from '../../../contract/api.ts';
import type { EntityType } from '../../../contract/graph.ts';
import {
  OVERVIEW_ORIGIN,
  statementLayerOf,
  type EdgeAttributes,
  type ExplorerGraph,
  type NodeAttributes,
  type StatementNodeInfo,
} from '../graph/explorerGraph.ts';
import {
  eachEdge,
  eachEdgeByPosition,
  eachNode,
  eachNodeNumbered,
  GraphChangedError,
  runNow,
  WALK_STRIDE,
  type Walk,
} from '../graph/slices.ts';

export interface FilterState {
  hiddenTypes: EntityType[];
  hiddenKinds: EdgeKind[];
  /** Inclusive ISO dates (partial allowed) matched against the evidence dates of edges. */
  from: string | null;
  to: string | null;
  /** Inclusive ISO dates (partial allowed) matched against the articles' publication dates. */
  publishedFrom: string | null;
  publishedTo: string | null;
  minMentions: number;
  minWeight: number;
  /** Only what one article says. */
  article: string | null;
  /** Only what one outlet's articles say: a host name, or NO_OUTLET (see consts.ts). */
  outlet: string | null;
  /**
   * Overview entities with no visible link drawn too. Off by default: on a real corpus most
   * entities are linked to nothing but by co-mention, and drawn they are a ring of dots
   * around the network; they are counted instead (Visibility.unlinked).
   */
  unlinked: boolean;
}

/** Co-mention edges are many and say little: off until asked for; so are entities with no link. */
export const DEFAULT_FILTERS: FilterState = {
  hiddenTypes: [],
  hiddenKinds: ['comention'],
  from: null,
  to: null,
  publishedFrom: null,
  publishedTo: null,
  minMentions: 0,
  minWeight: 0,
  article: null,
  outlet: null,
  unlinked: false,
};

/**
 * What a set of articles contains (one article, one outlet, a publication-date range),
 * fetched when such a filter is set.
 */
export interface ArticleScope {
  articleIds: ReadonlySet<string>;
  entityIds: ReadonlySet<string>;
  statementIds: ReadonlySet<string>;
}

function intersect(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  return new Set([...small].filter((x) => large.has(x)));
}

/** Both scopes at once (null stands for "everything"). */
export function intersectScopes(a: ArticleScope | null, b: ArticleScope | null): ArticleScope | null {
  if (!a) return b;
  if (!b) return a;
  return {
    articleIds: intersect(a.articleIds, b.articleIds),
    entityIds: intersect(a.entityIds, b.entityIds),
    statementIds: intersect(a.statementIds, b.statementIds),
  };
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

export function edgeInDateRange(
  edge: Pick<EdgeAttributes, 'firstDate' | 'lastDate'>,
  from: string | null,
  to: string | null,
): boolean {
  if (!from && !to) return true;
  const first = edge.firstDate ?? edge.lastDate;
  const last = edge.lastDate ?? edge.firstDate;
  if (!first || !last) return false;
  if (from && compareDates(last, from) < 0) return false;
  if (to && compareDates(first, to) > 0) return false;
  return true;
}

export function dateInRange(date: string | null, from: string | null, to: string | null): boolean {
  return edgeInDateRange({ firstDate: date, lastDate: date }, from, to);
}

export function nodePasses(
  node: string,
  a: NodeAttributes,
  filters: FilterState,
  scope: ArticleScope | null,
  userHidden: ReadonlySet<string>,
): boolean {
  if (userHidden.has(node)) return false;
  if (filters.hiddenTypes.includes(a.entityType)) return false;
  if (a.mentions < filters.minMentions) return false;
  if (scope && !scope.entityIds.has(node)) return false;
  return true;
}

/** A statement drawn as a node: its own date and article decide, not the entity filters. */
export function statementNodePasses(
  node: string,
  statement: StatementNodeInfo,
  filters: FilterState,
  scope: ArticleScope | null,
  userHidden: ReadonlySet<string>,
): boolean {
  if (userHidden.has(node)) return false;
  if (scope && !scope.statementIds.has(statement.statementId)) return false;
  return dateInRange(statement.date, filters.from, filters.to);
}

export function edgePasses(a: EdgeAttributes, filters: FilterState, scope: ArticleScope | null): boolean {
  if (filters.hiddenKinds.includes(a.kind)) return false;
  if (a.weight < filters.minWeight) return false;
  if (!edgeInDateRange(a, filters.from, filters.to)) return false;
  // Statement ids and article ids (the evidence of co-mentions) are known per scope;
  // relation edges count as in scope when both ends are (checked by the caller).
  if (scope && a.kind === 'spoke_about' && !a.evidenceIds.some((id) => scope.statementIds.has(id))) return false;
  if (scope && a.kind === 'comention' && !a.evidenceIds.some((id) => scope.articleIds.has(id))) return false;
  return true;
}

export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
  /** Aggregated "spoke about" edges that pass the filters but are drawn as statement nodes instead. */
  replacedEdges: Set<string>;
  /** Entities that pass the filters but are not drawn because no visible link joins them (FilterState.unlinked). */
  unlinked: number;
}

/**
 * Below this many entities drawn, those with no link are drawn too: a small graph's few
 * unlinked entities are read at a glance (and a capped view of a handful is not emptied).
 */
export const UNLINKED_FOLD_MIN_ENTITIES = 150;

// What the visibility walk knows of each node, by position, as bits.
/** Hidden so far (by the filters, then by the dates). */
const HIDDEN = 1;
/** A statement drawn as a node. */
const STATEMENT = 2;
/** Has an edge of its own (not a statement node's). */
const OWN_EDGE = 4;
/** Has an edge of its own that the filters show. */
const OWN_SHOWN = 8;
/** Has an edge not hidden: one of its own shown, or a statement node's. */
const LINKED = 16;

/** Visits positions 0 … count - 1; with `paused`, yields every WALK_STRIDE of them. */
function* eachPosition(count: number, paused: boolean, visit: (position: number) => void): Walk<void> {
  for (let position = 0; position < count; position++) {
    visit(position);
    if (paused && (position + 1) % WALK_STRIDE === 0) yield;
  }
}

/** Brought by the overview only (not by an expansion or a console result, which are drawn whole). */
const overviewOnly = (origins: readonly string[]) => origins.length === 1 && origins[0] === OVERVIEW_ORIGIN;

/**
 * Which nodes and edges the filters hide. An edge is hidden with either end. When a
 * date range is set, a node whose every edge falls outside it is hidden as well: it
 * has nothing to show for that period. Unless `filters.unlinked`, an entity of the
 * overview that no visible link joins is hidden and counted, as long as some linked
 * entity stays to be drawn (a graph with no link at all is drawn whole) and at least
 * `foldFrom` entities would be drawn otherwise; `pinned` (the selection) is drawn whatever
 * its links. Statements drawn as nodes follow the aggregated
 * edges they detail: shown while one of those passes the filters, which then gives way
 * to them.
 */
export function computeVisibility(
  graph: ExplorerGraph,
  filters: FilterState,
  scope: ArticleScope | null = null,
  userHidden: ReadonlySet<string> = new Set(),
  pinned: ReadonlySet<string> = new Set(),
  foldFrom: number = UNLINKED_FOLD_MIN_ENTITIES,
): Visibility {
  return runNow(computeVisibilityWalk(graph, filters, scope, userHidden, pinned, foldFrom, false));
}

/** computeVisibility as a walk (core/graph/slices.ts): `paused` to run it in slices. */
export function* computeVisibilityWalk(
  graph: ExplorerGraph,
  filters: FilterState,
  scope: ArticleScope | null,
  userHidden: ReadonlySet<string>,
  pinned: ReadonlySet<string>,
  foldFrom: number,
  paused: boolean,
): Walk<Visibility> {
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
  // One walk over the nodes numbers them (slices.ts) and keeps what the rest needs by position;
  // one walk over the edges by position then marks, for each node, whether it has edges of its
  // own, a visible one, a statement edge: no id-keyed look-up per edge end, no someEdge per node.
  const count = graph.order;
  const keys: string[] = new Array<string>(count);
  const flags = new Uint8Array(count);
  const overviewEntity = new Uint8Array(count);
  try {
    const numbered = yield* eachNodeNumbered(graph, paused, (node, a, position) => {
      keys[position] = node;
      if (withLayer && layer.nodes.has(node)) {
        flags[position] = STATEMENT | (hiddenNodes.has(node) ? HIDDEN : 0);
        return;
      }
      if (!nodePasses(node, a, filters, scope, userHidden)) {
        hiddenNodes.add(node);
        flags[position] = HIDDEN;
      } else if (overviewOnly(a.origins) && !pinned.has(node)) overviewEntity[position] = 1;
    });
    if (numbered !== count) throw new GraphChangedError();
    yield* eachEdgeByPosition(graph, paused, (edge, a, source, target) => {
      if (withLayer && layer.edges.has(edge)) {
        // Aggregated links drawn as statement nodes are not hidden yet here: they count as links.
        flags[source]! |= LINKED;
        flags[target]! |= LINKED;
        return;
      }
      flags[source]! |= OWN_EDGE;
      flags[target]! |= OWN_EDGE;
      if ((flags[source]! | flags[target]!) & HIDDEN || !edgePasses(a, filters, scope)) hiddenEdges.add(edge);
      else {
        flags[source]! |= LINKED | OWN_SHOWN;
        flags[target]! |= LINKED | OWN_SHOWN;
      }
    });
  } catch (error) {
    // Nodes or edges added or dropped between two slices: once more, over the graph as it is.
    if (!(error instanceof GraphChangedError)) throw error;
    return yield* computeVisibilityWalk(graph, filters, scope, userHidden, pinned, foldFrom, paused);
  }
  if (filters.from || filters.to) {
    // A node whose every edge of its own falls outside the dates has nothing to show for them.
    yield* eachPosition(count, paused, (position) => {
      const f = flags[position]!;
      if (f & (HIDDEN | STATEMENT) || (f & (OWN_EDGE | OWN_SHOWN)) !== OWN_EDGE) return;
      flags[position] = f | HIDDEN;
      hiddenNodes.add(keys[position]!);
    });
  }
  let unlinked = 0;
  if (!filters.unlinked) {
    const folded: string[] = [];
    let linked = 0;
    let shown = 0;
    yield* eachPosition(count, paused, (position) => {
      const f = flags[position]!;
      if (f & (HIDDEN | STATEMENT)) return;
      shown++;
      if (f & LINKED) linked++;
      else if (overviewEntity[position] === 1) folded.push(keys[position]!);
    });
    if (linked > 0 && shown >= foldFrom) {
      for (const node of folded) hiddenNodes.add(node);
      unlinked = folded.length;
    }
  }
  hideStatementLayer(graph, layer, statementNodes, hiddenNodes, hiddenEdges, replacedEdges);
  return { hiddenNodes, hiddenEdges, replacedEdges, unlinked };
}

/**
 * The statements drawn as nodes, once the entities and their edges are decided: a statement node is hidden when
 * no aggregated edge it details is shown, its links when an end or that edge is hidden, and the shown edges it
 * details give way to it (moved to `replacedEdges` and hidden). Shared by the walk and its reference in the tests.
 */
export function hideStatementLayer(
  graph: ExplorerGraph,
  layer: ReturnType<typeof statementLayerOf>,
  statementNodes: readonly string[],
  hiddenNodes: Set<string>,
  hiddenEdges: Set<string>,
  replacedEdges: Set<string>,
): void {
  if (statementNodes.length === 0) return;
  const shown = (edge: string) => graph.hasEdge(edge) && !hiddenEdges.has(edge);
  for (const node of statementNodes) {
    if (!hiddenNodes.has(node) && !graph.getNodeAttribute(node, 'statement')!.parents.some(shown))
      hiddenNodes.add(node);
  }
  for (const edge of layer.edges) {
    const { parent } = graph.getEdgeAttribute(edge, 'statementLink')!;
    const [source, target] = graph.extremities(edge);
    if (hiddenNodes.has(source) || hiddenNodes.has(target) || (parent !== null && !shown(parent)))
      hiddenEdges.add(edge);
  }
  for (const node of statementNodes) {
    if (hiddenNodes.has(node)) continue;
    for (const parent of graph.getNodeAttribute(node, 'statement')!.parents)
      if (shown(parent)) replacedEdges.add(parent);
  }
  for (const edge of replacedEdges) hiddenEdges.add(edge);
}

export interface VisibleCounts {
  /** Entities shown. */
  visibleNodes: number;
  /** Entity-to-entity links shown, aggregated or detailed as statement nodes. */
  visibleEdges: number;
  /** Statements drawn as nodes and shown. */
  visibleStatements: number;
}

/** Writes the `hidden` flags; returns what stays visible. */
export function applyVisibility(graph: ExplorerGraph, visibility: Visibility): VisibleCounts {
  return runNow(applyVisibilityWalk(graph, visibility, false));
}

/** applyVisibility as a walk (core/graph/slices.ts): `paused` to run it in slices. */
export function* applyVisibilityWalk(
  graph: ExplorerGraph,
  visibility: Visibility,
  paused: boolean,
): Walk<VisibleCounts> {
  const counts: VisibleCounts = { visibleNodes: 0, visibleEdges: 0, visibleStatements: 0 };
  const layer = statementLayerOf(graph);
  // In place and without graph events: copying 100k attribute objects costs seconds of
  // garbage collection, and each bulk-update event makes sigma run its reducers over the
  // whole graph twice. The caller asks the renderer for one refresh afterwards.
  yield* eachNode(graph, paused, (node, a) => {
    a.hidden = visibility.hiddenNodes.has(node);
    if (!a.hidden) {
      if (layer.nodes.size > 0 && layer.nodes.has(node)) counts.visibleStatements++;
      else counts.visibleNodes++;
    }
  });
  yield* eachEdge(graph, paused, (edge, a) => {
    a.hidden = visibility.hiddenEdges.has(edge);
    const statementEdge = layer.edges.size > 0 && layer.edges.has(edge);
    if (!statementEdge && (!a.hidden || visibility.replacedEdges.has(edge))) counts.visibleEdges++;
  });
  return counts;
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
    !filters.article &&
    !filters.publishedFrom &&
    !filters.publishedTo &&
    !filters.outlet &&
    !filters.unlinked
  );
}
