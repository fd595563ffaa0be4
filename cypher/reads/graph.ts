// Graph views: the overview, an entity's neighborhood and the entities of a selection,
// each with the edges among its nodes (statements, relations, co-mentions).

import type { GraphEdgeView, GraphNodeView, GraphPayload } from '../../contract/api.ts';
import { ENTITY_TYPES, RELATION_TYPES } from '../../contract/graph.ts';
import { MAX_GRAPH_NODES } from '../../contract/limits.ts';
import type { Row } from '../store.ts';
import {
  comentionEdges,
  comentionNeighbors,
  queriedArticleLists,
  type ArticleListsOf,
  type ComentionNeighborsOf,
} from './coMentions.ts';
import { clamp, compareText, graphEdge, nodeView, num, str, strOrNull, type Run } from './decode.ts';

const RELATION_TYPE_SET: ReadonlySet<string> = new Set(RELATION_TYPES);
/** Frontier entities whose co-mentions are looked up when a neighborhood needs filling. */
const COMENTION_FRONTIER = 25;

/**
 * Where the graph views read what a store may keep in memory rather than query each time
 * (cypher/entityIndex.ts, cypher/adjacencyIndex.ts): queriedSources' by default.
 */
export interface GraphSources {
  /** The article lists co-mentions are counted from. */
  articleLists: ArticleListsOf;
  /** comentionNeighbors' answer for some centers. */
  comentionedOf: ComentionNeighborsOf;
  /**
   * graph/relation-edges' rows for `ids` whose target is among `ids` too (the only ones the
   * view draws; around hubs most relations lead out of it).
   */
  relationRowsAmong: (ids: string[]) => Promise<Row[]>;
  /** graph/spoke-about-edges' rows for `ids` whose target is among `ids` too, as relationRowsAmong. */
  spokeRowsAmong: (ids: string[]) => Promise<Row[]>;
  /**
   * The entities linked to one of `ids` (not itself) by relations of RELATION_TYPES or by
   * statements, one row each: weight (relations plus statements linking them), mentions.
   */
  strongNeighbors: (ids: string[]) => Promise<Row[]>;
}

/** strongNeighbors from graph/relation-neighbors and graph/statement-neighbors, summed per entity. */
async function queriedStrongNeighbors(run: Run, ids: string[]): Promise<Row[]> {
  const [related, spoke] = await Promise.all([
    run('graph/relation-neighbors', { ids }),
    run('graph/statement-neighbors', { ids }),
  ]);
  const strong = new Map<string, { id: string; weight: number; mentions: number }>();
  const add = (row: Row): void => {
    const id = str(row.id);
    const entry = strong.get(id);
    if (entry) entry.weight += num(row.weight);
    else strong.set(id, { id, weight: num(row.weight), mentions: num(row.mentions) });
  };
  for (const row of related) if (RELATION_TYPE_SET.has(str(row.type))) add(row);
  for (const row of spoke) add(row);
  return [...strong.values()];
}

/** The sources of a store that keeps nothing: its queries. */
export function queriedSources(run: Run): GraphSources {
  return {
    articleLists: queriedArticleLists(run),
    comentionedOf: (centers, limit) => comentionNeighbors(run, centers, limit),
    relationRowsAmong: (ids) => run('graph/relation-edges', { ids }),
    spokeRowsAmong: (ids) => run('graph/spoke-about-edges', { ids }),
    strongNeighbors: (ids) => queriedStrongNeighbors(run, ids),
  };
}

const RELATION_TYPE_PLACE: ReadonlyMap<string, number> = new Map(RELATION_TYPES.map((type, place) => [type, place]));

/** Each of `ids`' place (the first, for a repeated id): edges among them are keyed by places, not by joined ids. */
function placesOf(ids: string[]): Map<string, number> {
  const places = new Map<string, number>();
  for (const id of ids) if (!places.has(id)) places.set(id, places.size);
  return places;
}

/**
 * A number for the pair (source, target place): a source not among the places (rows should
 * start from one) gets the next place, so that distinct ids never share a key.
 */
function pairKey(places: Map<string, number>, source: string, targetPlace: number): number {
  let sourcePlace = places.get(source);
  if (sourcePlace === undefined) {
    sourcePlace = places.size;
    places.set(source, sourcePlace);
  }
  return sourcePlace * PLACES + targetPlace;
}

/** More places than any view has ids (MAX_GRAPH_NODES, plus the sources a query might add): keys stay exact integers. */
const PLACES = 2 ** 24;

/**
 * Relation edges among `ids`, one per (source, target, type): weight, the relation ids
 * (sorted) and the span of their dates. The query returns every relation out of `ids`;
 * the targets and types are kept here.
 */
async function relationEdges(sources: GraphSources, ids: string[]): Promise<GraphEdgeView[]> {
  const places = placesOf(ids);
  const edges = new Map<
    number,
    { source: string; target: string; type: string; weight: number; evidenceIds: string[]; dates: string[] }
  >();
  for (const row of await sources.relationRowsAmong(ids)) {
    const target = str(row.target);
    const type = str(row.type);
    const targetPlace = places.get(target);
    const typePlace = RELATION_TYPE_PLACE.get(type);
    if (targetPlace === undefined || typePlace === undefined) continue;
    const source = str(row.source);
    const key = pairKey(places, source, targetPlace) * RELATION_TYPES.length + typePlace;
    let edge = edges.get(key);
    if (!edge) {
      edge = { source, target, type, weight: 0, evidenceIds: [], dates: [] };
      edges.set(key, edge);
    }
    edge.weight += 1;
    if (row.id !== null && row.id !== undefined) edge.evidenceIds.push(str(row.id));
    const date = strOrNull(row.date);
    if (date !== null) edge.dates.push(date);
  }
  return [...edges.values()]
    .sort((a, b) => compareText(a.source, b.source) || compareText(a.target, b.target) || compareText(a.type, b.type))
    .map((edge) => {
      // Strings only: the default sort's order is compareText's.
      const dates = edge.dates.sort();
      return graphEdge('relation', edge.type, {
        source: edge.source,
        target: edge.target,
        weight: edge.weight,
        evidenceIds: edge.evidenceIds.sort(),
        firstDate: dates[0] ?? null,
        lastDate: dates[dates.length - 1] ?? null,
      });
    });
}

/**
 * "Spoke about" edges among `ids`, one per (speaker, target): weight = statements, their ids
 * (sorted) and the span of their dates, in the order of speaker then target.
 */
async function spokeAboutEdges(sources: GraphSources, ids: string[]): Promise<GraphEdgeView[]> {
  const places = placesOf(ids);
  const edges = new Map<number, { source: string; target: string; statements: Set<string>; dates: string[] }>();
  for (const row of await sources.spokeRowsAmong(ids)) {
    const target = str(row.target);
    const targetPlace = places.get(target);
    if (targetPlace === undefined) continue;
    const source = str(row.source);
    const key = pairKey(places, source, targetPlace);
    let edge = edges.get(key);
    if (!edge) {
      edge = { source, target, statements: new Set(), dates: [] };
      edges.set(key, edge);
    }
    const id = str(row.id);
    if (edge.statements.has(id)) continue;
    edge.statements.add(id);
    const date = strOrNull(row.date);
    if (date !== null) edge.dates.push(date);
  }
  return [...edges.values()]
    .sort((a, b) => compareText(a.source, b.source) || compareText(a.target, b.target))
    .map((edge) => {
      const dates = edge.dates.sort();
      return graphEdge('spoke_about', 'SPOKE_ABOUT', {
        source: edge.source,
        target: edge.target,
        weight: edge.statements.size,
        evidenceIds: [...edge.statements].sort(),
        firstDate: dates[0] ?? null,
        lastDate: dates[dates.length - 1] ?? null,
      });
    });
}

async function edgesAmong(ids: string[], sources: GraphSources): Promise<GraphEdgeView[]> {
  if (ids.length === 0) return [];
  const [spoke, relations, comentions] = await Promise.all([
    spokeAboutEdges(sources, ids),
    relationEdges(sources, ids),
    comentionEdges(sources.articleLists, ids),
  ]);
  return [...spoke, ...relations, ...comentions];
}

/**
 * Exactly the entities `ids` names (unknown ids left out, duplicates once, in the order
 * given) and the edges among them: the graph of an explorer selection or view.
 * `sources`, here and below: what the store keeps (GraphSources), else its queries.
 */
export async function entitiesAmong(
  run: Run,
  ids: string[],
  sources: GraphSources = queriedSources(run),
): Promise<GraphPayload> {
  const unique = [...new Set(ids)];
  const rows = unique.length === 0 ? [] : await run('graph/nodes', { ids: unique });
  const byId = new Map(rows.map((row) => [str(row.id), nodeView(row)]));
  const nodes = unique.map((id) => byId.get(id)).filter((node): node is GraphNodeView => node !== undefined);
  const found = nodes.map((node) => node.id);
  return {
    nodes,
    edges: await edgesAmong(found, sources),
    cap: unique.length,
    truncated: false,
    totalNodes: nodes.length,
  };
}

/**
 * Freezes a graph view and everything in it, as the read cache's deepFreeze would, walking
 * the shape nodeView and edgeView give it rather than every key of thousands of objects.
 */
export function freezeGraphPayload(payload: GraphPayload): GraphPayload {
  for (const node of payload.nodes) {
    Object.freeze(node.aliases);
    Object.freeze(node);
  }
  for (const edge of payload.edges) {
    Object.freeze(edge.evidenceIds);
    Object.freeze(edge);
  }
  Object.freeze(payload.nodes);
  Object.freeze(payload.edges);
  return Object.freeze(payload);
}

function validTypes(types: string[] | undefined): string[] | null {
  if (!types || types.length === 0) return null;
  return types.filter((type) => (ENTITY_TYPES as readonly string[]).includes(type));
}

export async function overview(
  run: Run,
  options: { limit: number; types?: string[] },
  sources: GraphSources = queriedSources(run),
): Promise<GraphPayload> {
  const limit = clamp(options.limit, 1, MAX_GRAPH_NODES);
  const types = validTypes(options.types);
  const [nodeRows, countRows] = await Promise.all([
    run('graph/top-entities', { types, limit }),
    run('graph/entity-count', { types }),
  ]);
  const nodes = nodeRows.map(nodeView);
  const totalNodes = num(countRows[0]?.total);
  const edges = await edgesAmong(
    nodes.map((node) => node.id),
    sources,
  );
  return { nodes, edges, cap: limit, truncated: totalNodes > nodes.length, totalNodes };
}

interface Candidate {
  id: string;
  strong: number;
  comention: number;
  mentions: number;
}

/** Candidates in a neighbourhood's order: linked by relations or statements first (strongest first), then by co-mentions, mentions and id. */
function byStrength(a: Candidate, b: Candidate): number {
  return (
    Number(b.strong > 0) - Number(a.strong > 0) ||
    b.strong - a.strong ||
    b.comention - a.comention ||
    b.mentions - a.mentions ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * The first `room` of `candidates` in byStrength's order. Those linked by relations or
 * statements all come before the others: only the group that reaches `room` is sorted in
 * part, not the thousands of co-mentioned ones behind a hub's linked neighbours.
 */
function strongest(candidates: Candidate[], room: number): Candidate[] {
  if (candidates.length <= room) return candidates.sort(byStrength);
  const linked: Candidate[] = [];
  const others: Candidate[] = [];
  for (const entry of candidates) (entry.strong > 0 ? linked : others).push(entry);
  linked.sort(byStrength);
  if (linked.length >= room) return linked.slice(0, room);
  return linked.concat(others.sort(byStrength).slice(0, room - linked.length));
}

/**
 * The entities around one, level by level up to `depth` (1..3): at each level the
 * neighbours linked by relations or statements come first (strongest first), then those
 * only co-mentioned (most shared articles first), until `limit` nodes. Only nodes kept
 * are expanded further, so `totalNodes` counts the nodes found on the way, not every node
 * within `depth`.
 */
export async function neighborhood(
  run: Run,
  entityId: string,
  options: { depth: number; limit: number },
  sources: GraphSources = queriedSources(run),
): Promise<GraphPayload> {
  const depth = clamp(options.depth, 1, 3);
  const limit = clamp(options.limit, 1, MAX_GRAPH_NODES);
  const centerRows = await run('graph/nodes', { ids: [entityId] });
  if (centerRows.length === 0) return { nodes: [], edges: [], cap: limit, truncated: false, totalNodes: 0 };

  const included = [entityId];
  const seen = new Set(included);
  let frontier = [entityId];
  let truncated = false;
  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    // Co-mention is the weak signal that fills what statements and relations leave: it is
    // looked up around the strongest part of the frontier only (the frontier is sorted).
    const [strong, comentioned] = await Promise.all([
      sources.strongNeighbors(frontier),
      sources.comentionedOf(frontier.slice(0, COMENTION_FRONTIER), limit * 4),
    ]);
    const candidates = new Map<string, Candidate>();
    const candidate = (row: Row): Candidate => {
      const id = str(row.id);
      let entry = candidates.get(id);
      if (!entry) {
        entry = { id, strong: 0, comention: 0, mentions: num(row.mentions) };
        candidates.set(id, entry);
      }
      return entry;
    };
    for (const row of strong) candidate(row).strong += num(row.weight);
    for (const row of comentioned) candidate(row).comention += num(row.weight);
    const room = limit - included.length;
    const fresh: Candidate[] = [];
    for (const entry of candidates.values()) if (!seen.has(entry.id)) fresh.push(entry);
    // With no room left the new candidates only count (totalNodes): their order does not matter.
    const chosen = room > 0 ? strongest(fresh, room) : [];
    for (const entry of fresh) seen.add(entry.id);
    if (fresh.length > room) truncated = true;
    frontier = chosen.map((entry) => entry.id);
    for (const id of frontier) included.push(id);
  }

  const rows = await run('graph/nodes', { ids: included });
  const byId = new Map(rows.map((row) => [str(row.id), nodeView(row)]));
  const nodes = included.map((id) => byId.get(id)).filter((node): node is GraphNodeView => node !== undefined);
  return {
    nodes,
    edges: await edgesAmong(included, sources),
    cap: limit,
    truncated,
    totalNodes: seen.size,
  };
}
