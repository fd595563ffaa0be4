// The read side of GraphStore, written once over `run` (shipped queries, converted rows),
// so both engines answer every API call the same way.

import type {
  ArticleSummary,
  ArticleView,
  EntityDetails,
  GraphEdgeView,
  GraphNodeView,
  GraphPayload,
  RelationView,
  SchemaInfo,
  SearchHit,
  StatementView,
  StoreStats,
} from '../contract/api.ts';
import type { KnownEntity } from '../contract/extraction.ts';
import {
  ENTITY_TYPES,
  RELATION_TYPES,
  SPEECH_ACTS,
  type EntityType,
  type RelationType,
  type SpeechAct,
  type StatementKind,
} from '../contract/graph.ts';
import type { Params, Row, StatementFilter } from './store.ts';
import { foldText, SEARCH_SEPARATOR } from './text.ts';
import { MAX_GRAPH_NODES, MAX_STATEMENTS_PAGE } from '../contract/limits.ts';

export type Run = (queryName: string, params?: Params) => Promise<Row[]>;

export const DEFAULT_STATEMENTS_PAGE = 50;
/** Statements, relations and articles listed in one entity's details. */
export const ENTITY_DETAIL_LIMIT = 200;
const RELATION_TYPE_LIST: string[] = [...RELATION_TYPES];
const RELATION_TYPE_SET: ReadonlySet<string> = new Set(RELATION_TYPES);
/** Frontier entities whose co-mentions are looked up when a neighborhood needs filling. */
const COMENTION_FRONTIER = 25;
/**
 * Articles of each frontier entity (the latest) whose other entities are counted as its
 * co-mentions: a hub named in thousands of articles would otherwise cost the whole corpus.
 */
export const COMENTION_ARTICLES_PER_ENTITY = 100;

// ---------------------------------------------------------------------------
// Row fields

export function str(value: unknown): string {
  return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
}
export function strOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : str(value);
}
export function num(value: unknown): number {
  return typeof value === 'number' ? value : typeof value === 'string' && value !== '' ? Number(value) : 0;
}
function strList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(str) : [];
}
function numList(value: unknown): number[] {
  return Array.isArray(value) ? value.map(num) : [];
}
function entityType(value: unknown): EntityType {
  const type = str(value);
  return (ENTITY_TYPES as readonly string[]).includes(type) ? (type as EntityType) : 'Other';
}
/** A stored speech act, or null for a statement written before acts were read (or a value this build does not know). */
function speechActOf(value: unknown): SpeechAct | null {
  return SPEECH_ACTS.find((act) => act === value) ?? null;
}
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, Math.trunc(Number.isFinite(value) ? value : low)));
}

function nodeView(row: Row): GraphNodeView {
  return {
    id: str(row.id),
    name: str(row.name),
    type: entityType(row.type),
    aliases: strList(row.aliases),
    mentions: num(row.mentions),
    articles: num(row.articles),
    statementsBy: num(row.statementsBy),
    statementsAbout: num(row.statementsAbout),
  };
}

function articleSummary(row: Row, prefix = ''): ArticleSummary {
  const field = (name: string): unknown => row[prefix ? `${prefix}${name[0]?.toUpperCase()}${name.slice(1)}` : name];
  return {
    id: str(prefix ? (row[`${prefix}Id`] ?? row.articleId) : row.id),
    title: strOrNull(field('title')),
    date: strOrNull(field('date')),
    url: strOrNull(field('url')),
    source: str(field('source')),
  };
}

/** A statement row (statements/list, scope/statements-by-id …) as the API's StatementView. */
export function statementView(row: Row): StatementView {
  const about = Array.isArray(row.about) ? (row.about as unknown[]) : [];
  return {
    id: str(row.id),
    articleId: str(row.articleId),
    article: { ...articleSummary(row, 'article'), id: str(row.articleId) },
    speaker: row.speakerId
      ? { id: str(row.speakerId), name: str(row.speakerName), type: entityType(row.speakerType) }
      : null,
    speakerText: strOrNull(row.speakerText),
    quote: str(row.quote),
    kind: str(row.kind) as StatementKind,
    act: speechActOf(row.act),
    cue: strOrNull(row.cue),
    about: about
      .filter((target): target is Row => typeof target === 'object' && target !== null)
      .map((target) => ({ id: str(target.id), name: str(target.name), type: entityType(target.type) }))
      // collect() keeps whatever order the engine matched in: by id, both engines agree.
      .sort((a, b) => compareText(a.id, b.id)),
    sentence: str(row.sentence),
    start: num(row.start),
    end: num(row.end),
    sentenceStart: num(row.sentenceStart),
    sentenceEnd: num(row.sentenceEnd),
    date: strOrNull(row.date),
    confidence: num(row.confidence),
    // Stores written before statements kept their rules have no trace.
    trace: strList(row.trace),
  };
}

function edgeView(kind: GraphEdgeView['kind'], type: string, row: Row): GraphEdgeView {
  const source = str(row.source);
  const target = str(row.target);
  return {
    id: `${kind}:${type}:${source}->${target}`,
    source,
    target,
    kind,
    type,
    weight: num(row.weight),
    evidenceIds: strList(row.evidenceIds),
    firstDate: strOrNull(row.firstDate),
    lastDate: strOrNull(row.lastDate),
  };
}

// ---------------------------------------------------------------------------
// Graph views

/**
 * Article ids a co-mention edge carries (the latest; its weight counts them all): the
 * explorer opens a co-mention from the two entities' articles, and a pair of hubs shares
 * thousands, which made most of a graph view's bytes.
 */
export const COMENTION_EVIDENCE_IDS = 20;

/** Most co-mention edges a graph view carries, per node in it: the strongest pairs only. */
const COMENTION_EDGES_PER_NODE = 3;

/**
 * Co-mention edges among `ids` (articles mentioning both ends), counted here from each
 * entity's article list: matching every pair in Cypher costs the square of the mentions
 * per article on the engine. Only the strongest pairs are kept, at most
 * COMENTION_EDGES_PER_NODE per node, ties broken by ids so the answer is stable.
 *
 * At 10k articles the 500 overview entities are named in 100k-160k (entity, article) pairs,
 * read as one list per entity, with a million pair hits: entities and articles are small
 * ints here, articles numbered in evidence order (latest first), each entity's articles
 * and each article's entities as flat Int32 lists, pairs counted one entity at a time in
 * a dense row, and the evidence of the kept pairs read by walking the two entities'
 * article lists side by side.
 */
async function comentionEdges(run: Run, ids: string[]): Promise<GraphEdgeView[]> {
  const n = ids.length;
  if (n < 2) return [];
  const rows = await run('graph/entity-article-lists', { ids });
  const index = new Map(ids.map((id, i) => [id, i]));

  // Articles, numbered as they come, then ranked latest first (undated last), ties by id.
  const articleNumber = new Map<string, number>();
  const articleIds: string[] = [];
  const articleDates: (string | null)[] = [];
  const rowEntity: number[] = [];
  const rowArticle: number[] = [];
  for (const row of rows) {
    const entity = index.get(str(row.id));
    if (entity === undefined) continue;
    const dates = strList(row.dates);
    strList(row.articleIds).forEach((articleId, k) => {
      let number = articleNumber.get(articleId);
      if (number === undefined) {
        number = articleIds.length;
        articleNumber.set(articleId, number);
        articleIds.push(articleId);
        articleDates.push(dates[k] || null);
      }
      rowEntity.push(entity);
      rowArticle.push(number);
    });
  }
  const articleCount = articleIds.length;
  const byRank = Array.from({ length: articleCount }, (_, number) => number).sort(
    (a, b) => compareText(articleDates[b] ?? '', articleDates[a] ?? '') || compareText(articleIds[a]!, articleIds[b]!),
  );
  const rankOf = new Int32Array(articleCount);
  byRank.forEach((number, rank) => {
    rankOf[number] = rank;
  });

  // Each entity's articles (ranks, ascending, each once), as one flat list.
  const entityStart = new Int32Array(n + 1);
  for (const entity of rowEntity) entityStart[entity + 1]!++;
  for (let i = 0; i < n; i++) entityStart[i + 1]! += entityStart[i]!;
  const entityArticles = new Int32Array(rowEntity.length);
  const fill = entityStart.slice(0, n);
  rowEntity.forEach((entity, r) => {
    entityArticles[fill[entity]!++] = rankOf[rowArticle[r]!]!;
  });
  const entityEnd = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const list = entityArticles.subarray(entityStart[i]!, entityStart[i + 1]!).sort();
    let end = 0;
    for (let k = 0; k < list.length; k++) if (k === 0 || list[k] !== list[k - 1]) list[end++] = list[k]!;
    entityEnd[i] = entityStart[i]! + end;
  }

  // Each article's entities (ascending), as one flat list.
  const articleStart = new Int32Array(articleCount + 1);
  for (let i = 0; i < n; i++)
    for (let k = entityStart[i]!; k < entityEnd[i]!; k++) articleStart[entityArticles[k]! + 1]!++;
  for (let a = 0; a < articleCount; a++) articleStart[a + 1]! += articleStart[a]!;
  const articleEntities = new Int32Array(articleStart[articleCount]!);
  const next = articleStart.slice(0, articleCount);
  for (let i = 0; i < n; i++)
    for (let k = entityStart[i]!; k < entityEnd[i]!; k++) articleEntities[next[entityArticles[k]!]!++] = i;

  // Pair counts, one entity's row at a time: pairs (i, j > i) with their shared articles.
  const pairFirst: number[] = [];
  const pairSecond: number[] = [];
  const pairCount: number[] = [];
  const shared = new Int32Array(n);
  const touched = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let seen = 0;
    for (let k = entityStart[i]!; k < entityEnd[i]!; k++) {
      const article = entityArticles[k]!;
      for (let m = articleStart[article + 1]! - 1; m >= articleStart[article]!; m--) {
        const j = articleEntities[m]!;
        if (j <= i) break;
        if (shared[j]!++ === 0) touched[seen++] = j;
      }
    }
    for (let t = 0; t < seen; t++) {
      const j = touched[t]!;
      pairFirst.push(i);
      pairSecond.push(j);
      pairCount.push(shared[j]!);
      shared[j] = 0;
    }
  }
  if (pairCount.length === 0) return [];

  // The strongest `keep` pairs: those above the count at which `keep` is reached, then the
  // ties at that count in id order (a pair's id order: its two ids' places among all ids).
  const keep = Math.max(1, n * COMENTION_EDGES_PER_NODE);
  const idRank = new Int32Array(n);
  Array.from({ length: n }, (_, i) => i)
    .sort((a, b) => compareText(ids[a]!, ids[b]!))
    .forEach((entity, rank) => {
      idRank[entity] = rank;
    });
  const pairOrder = (p: number): number => {
    const a = idRank[pairFirst[p]!]!;
    const b = idRank[pairSecond[p]!]!;
    return a < b ? a * n + b : b * n + a;
  };
  let floor = 0;
  if (pairCount.length > keep) {
    let most = 0;
    for (const count of pairCount) if (count > most) most = count;
    const pairsWith = new Int32Array(most + 1);
    for (const count of pairCount) pairsWith[count]!++;
    let taken = 0;
    for (floor = most; floor > 0 && taken + pairsWith[floor]! < keep; floor--) taken += pairsWith[floor]!;
  }
  const chosen: number[] = [];
  for (let p = 0; p < pairCount.length; p++) if (pairCount[p]! >= floor) chosen.push(p);
  chosen.sort((a, b) => pairCount[b]! - pairCount[a]! || pairOrder(a) - pairOrder(b));
  chosen.length = Math.min(chosen.length, keep);
  chosen.sort((a, b) => pairOrder(a) - pairOrder(b));

  return chosen.map((p) => {
    const a = ids[pairFirst[p]!]!;
    const b = ids[pairSecond[p]!]!;
    const evidence = sharedArticles(
      entityArticles.subarray(entityStart[pairFirst[p]!]!, entityEnd[pairFirst[p]!]!),
      entityArticles.subarray(entityStart[pairSecond[p]!]!, entityEnd[pairSecond[p]!]!),
      (rank) => articleDates[byRank[rank]!] ?? null,
    );
    return edgeView('comention', 'CO_MENTION', {
      source: a < b ? a : b,
      target: a < b ? b : a,
      weight: pairCount[p]!,
      evidenceIds: evidence.latest.map((rank) => articleIds[byRank[rank]!]!).sort(compareText),
      firstDate: evidence.firstDate,
      lastDate: evidence.lastDate,
    });
  });
}

/**
 * What two ascending lists of article ranks (latest first) share: the first
 * COMENTION_EVIDENCE_IDS ranks, the latest date (the first dated one from the front) and
 * the earliest (the first dated one from the back).
 */
function sharedArticles(
  a: Int32Array,
  b: Int32Array,
  dateOf: (rank: number) => string | null,
): { latest: number[]; firstDate: string | null; lastDate: string | null } {
  const latest: number[] = [];
  let lastDate: string | null = null;
  for (
    let i = 0, j = 0;
    i < a.length && j < b.length && (latest.length < COMENTION_EVIDENCE_IDS || lastDate === null);
  ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      const rank = a[i]!;
      if (latest.length < COMENTION_EVIDENCE_IDS) latest.push(rank);
      lastDate ??= dateOf(rank);
      i++;
      j++;
    }
  }
  let firstDate: string | null = null;
  for (let i = a.length - 1, j = b.length - 1; i >= 0 && j >= 0 && firstDate === null;) {
    if (a[i]! > b[j]!) i--;
    else if (a[i]! < b[j]!) j--;
    else {
      firstDate = dateOf(a[i]!);
      i--;
      j--;
    }
  }
  return { latest, firstDate, lastDate };
}

/**
 * Relation edges among `ids`, one per (source, target, type): weight, the relation ids
 * (sorted) and the span of their dates. The query returns every relation out of `ids`;
 * the targets and types are kept here.
 */
async function relationEdges(run: Run, ids: string[]): Promise<GraphEdgeView[]> {
  const members = new Set(ids);
  const edges = new Map<
    string,
    { source: string; target: string; type: string; weight: number; evidenceIds: string[]; dates: string[] }
  >();
  for (const row of await run('graph/relation-edges', { ids })) {
    const target = str(row.target);
    const type = str(row.type);
    if (!members.has(target) || !RELATION_TYPE_SET.has(type)) continue;
    const source = str(row.source);
    const key = `${source}\u0000${target}\u0000${type}`;
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
      const dates = edge.dates.sort(compareText);
      return edgeView('relation', edge.type, {
        source: edge.source,
        target: edge.target,
        weight: edge.weight,
        evidenceIds: edge.evidenceIds.sort(compareText),
        firstDate: dates[0] ?? null,
        lastDate: dates[dates.length - 1] ?? null,
      });
    });
}

async function edgesAmong(run: Run, ids: string[]): Promise<GraphEdgeView[]> {
  if (ids.length === 0) return [];
  const [spoke, relations, comentions] = await Promise.all([
    run('graph/spoke-about-edges', { ids }),
    relationEdges(run, ids),
    comentionEdges(run, ids),
  ]);
  // collect(DISTINCT s.id) keeps whatever order the engine matched in: by id, both engines agree.
  const spokeEdges = spoke.map((row) => {
    const edge = edgeView('spoke_about', 'SPOKE_ABOUT', row);
    return { ...edge, evidenceIds: [...edge.evidenceIds].sort(compareText) };
  });
  return [...spokeEdges, ...relations, ...comentions];
}

/**
 * Exactly the entities `ids` names (unknown ids left out, duplicates once, in the order
 * given) and the edges among them: the graph of an explorer selection or view.
 */
export async function entitiesAmong(run: Run, ids: string[]): Promise<GraphPayload> {
  const unique = [...new Set(ids)];
  const rows = unique.length === 0 ? [] : await run('graph/nodes', { ids: unique });
  const byId = new Map(rows.map((row) => [str(row.id), nodeView(row)]));
  const nodes = unique.map((id) => byId.get(id)).filter((node): node is GraphNodeView => node !== undefined);
  const found = nodes.map((node) => node.id);
  return { nodes, edges: await edgesAmong(run, found), cap: unique.length, truncated: false, totalNodes: nodes.length };
}

function validTypes(types: string[] | undefined): string[] | null {
  if (!types || types.length === 0) return null;
  return types.filter((type) => (ENTITY_TYPES as readonly string[]).includes(type));
}

export async function overview(run: Run, options: { limit: number; types?: string[] }): Promise<GraphPayload> {
  const limit = clamp(options.limit, 1, MAX_GRAPH_NODES);
  const types = validTypes(options.types);
  const [nodeRows, countRows] = await Promise.all([
    run('graph/top-entities', { types, limit }),
    run('graph/entity-count', { types }),
  ]);
  const nodes = nodeRows.map(nodeView);
  const totalNodes = num(countRows[0]?.total);
  const edges = await edgesAmong(
    run,
    nodes.map((node) => node.id),
  );
  return { nodes, edges, cap: limit, truncated: totalNodes > nodes.length, totalNodes };
}

/**
 * Entities mentioned in the same articles as `centers`, most shared articles first (ties by
 * id), at most `limit`: weight = articles that mention the entity and one of the centers
 * other than itself, among the latest COMENTION_ARTICLES_PER_ENTITY articles of each
 * center. Two queries, the centers' articles, then the entities those articles mention,
 * each article once: matching article pairs in Cypher costs the engine a uniqueness check
 * and a distinct count per pair.
 */
async function comentionNeighbors(run: Run, centers: string[], limit: number): Promise<Row[]> {
  if (centers.length === 0) return [];
  const articlesOf = new Map<string, { id: string; date: string }[]>();
  for (const row of await run('graph/entity-articles', { ids: centers })) {
    const list = articlesOf.get(str(row.id)) ?? [];
    list.push({ id: str(row.articleId), date: str(row.date) });
    articlesOf.set(str(row.id), list);
  }
  const centersOf = new Map<string, number>();
  const counted = new Set<string>();
  for (const list of articlesOf.values()) {
    for (const article of list) centersOf.set(article.id, (centersOf.get(article.id) ?? 0) + 1);
    list.sort((a, b) => compareText(b.date, a.date) || compareText(a.id, b.id));
    for (const article of list.slice(0, COMENTION_ARTICLES_PER_ENTITY)) counted.add(article.id);
  }
  if (counted.size === 0) return [];
  const rows = await run('graph/article-entities', { ids: [...counted] });
  const neighbours: Row[] = [];
  for (const row of rows) {
    const id = str(row.id);
    const own = articlesOf.get(id);
    // A center counts only the articles that also mention another center.
    const weight = own
      ? own.filter((article) => counted.has(article.id) && (centersOf.get(article.id) ?? 0) > 1).length
      : num(row.weight);
    if (weight > 0) neighbours.push({ id, weight, mentions: num(row.mentions) });
  }
  return neighbours
    .sort((a, b) => num(b.weight) - num(a.weight) || compareText(str(a.id), str(b.id)))
    .slice(0, Math.max(0, limit));
}

interface Candidate {
  id: string;
  strong: number;
  comention: number;
  mentions: number;
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
    const [related, spoke, comentioned] = await Promise.all([
      run('graph/relation-neighbors', { ids: frontier }),
      run('graph/statement-neighbors', { ids: frontier }),
      comentionNeighbors(run, frontier.slice(0, COMENTION_FRONTIER), limit * 4),
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
    for (const row of related) if (RELATION_TYPE_SET.has(str(row.type))) candidate(row).strong += num(row.weight);
    for (const row of spoke) candidate(row).strong += num(row.weight);
    for (const row of comentioned) candidate(row).comention += num(row.weight);
    const fresh = [...candidates.values()]
      .filter((entry) => !seen.has(entry.id))
      .sort(
        (a, b) =>
          Number(b.strong > 0) - Number(a.strong > 0) ||
          b.strong - a.strong ||
          b.comention - a.comention ||
          b.mentions - a.mentions ||
          (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
    for (const entry of fresh) seen.add(entry.id);
    const room = limit - included.length;
    if (fresh.length > room) truncated = true;
    frontier = fresh.slice(0, Math.max(0, room)).map((entry) => entry.id);
    for (const id of frontier) included.push(id);
  }

  const rows = await run('graph/nodes', { ids: included });
  const byId = new Map(rows.map((row) => [str(row.id), nodeView(row)]));
  const nodes = included.map((id) => byId.get(id)).filter((node): node is GraphNodeView => node !== undefined);
  return { nodes, edges: await edgesAmong(run, included), cap: limit, truncated, totalNodes: seen.size };
}

// ---------------------------------------------------------------------------
// Details and lists

function statementParams(filter: StatementFilter): Params {
  return {
    speaker: filter.speaker ?? null,
    about: filter.about ?? null,
    article: filter.article ?? null,
    from: filter.from ?? null,
    // Inclusive of a partial date: '2024-03' keeps '2024-03-31'.
    toBefore: filter.to ? `${filter.to}\uffff` : null,
  };
}

export async function statements(
  run: Run,
  filter: StatementFilter,
): Promise<{ statements: StatementView[]; total: number }> {
  const params = statementParams(filter);
  const limit = clamp(filter.limit ?? DEFAULT_STATEMENTS_PAGE, 1, MAX_STATEMENTS_PAGE);
  const skip = clamp(filter.offset ?? 0, 0, Number.MAX_SAFE_INTEGER);
  // Anchored on the speaker or the target when the filter names one: the same rows, without
  // reading every statement of the store.
  const variant = filter.speaker ? '-by-speaker' : filter.about ? '-about' : '';
  const [rows, count] = await Promise.all([
    run(`statements/list${variant}`, { ...params, skip, limit }),
    run(`statements/count${variant}`, params),
  ]);
  return { statements: rows.map(statementView), total: num(count[0]?.total) };
}

function relationView(row: Row): RelationView {
  return {
    id: str(row.id),
    type: str(row.type) as RelationType,
    source: { id: str(row.sourceId), name: str(row.sourceName), type: entityType(row.sourceType) },
    target: { id: str(row.targetId), name: str(row.targetName), type: entityType(row.targetType) },
    role: strOrNull(row.role),
    articleId: str(row.articleId),
    article: { ...articleSummary(row, 'article'), id: str(row.articleId) },
    evidence: str(row.evidence),
    start: num(row.start),
    end: num(row.end),
    date: strOrNull(row.date),
    trace: strList(row.trace),
  };
}

export async function entity(run: Run, entityId: string): Promise<EntityDetails | null> {
  const rows = await run('entity/get', { id: entityId });
  const row = rows[0];
  if (!row) return null;
  const [relations, by, about, articles] = await Promise.all([
    run('entity/relations', { id: entityId, relationTypes: RELATION_TYPE_LIST, limit: ENTITY_DETAIL_LIMIT }),
    statements(run, { speaker: entityId, limit: ENTITY_DETAIL_LIMIT }),
    statements(run, { about: entityId, limit: ENTITY_DETAIL_LIMIT }),
    run('entity/articles', { id: entityId, limit: ENTITY_DETAIL_LIMIT }),
  ]);
  return {
    entity: nodeView(row),
    relations: relations.map(relationView),
    statementsBy: by.statements,
    statementsAbout: about.statements,
    articles: articles.map((article) => articleSummary(article)),
  };
}

export async function article(run: Run, articleId: string): Promise<ArticleView | null> {
  const [rows, mentionRows, statementRows] = await Promise.all([
    run('article/get', { id: articleId }),
    run('article/mentions', { id: articleId }),
    run('article/statements', { id: articleId }),
  ]);
  const row = rows[0];
  if (!row) return null;
  const mentions: ArticleView['mentions'] = [];
  for (const mention of mentionRows) {
    const starts = numList(mention.starts);
    const ends = numList(mention.ends);
    starts.forEach((start, index) => {
      mentions.push({
        entityId: str(mention.entityId),
        name: str(mention.name),
        type: entityType(mention.type),
        start,
        end: ends[index] ?? start,
      });
    });
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end || (a.entityId < b.entityId ? -1 : 1));
  return {
    ...articleSummary(row),
    language: str(row.language),
    text: str(row.text),
    mentions,
    statements: statementRows.map((statement) => ({
      id: str(statement.id),
      speakerId: strOrNull(statement.speakerId),
      kind: str(statement.kind) as StatementKind,
      start: num(statement.start),
      end: num(statement.end),
      sentenceStart: num(statement.sentenceStart),
      sentenceEnd: num(statement.sentenceEnd),
    })),
  };
}

export async function articles(
  run: Run,
  options: { limit: number; offset: number },
): Promise<{ articles: ArticleSummary[]; total: number }> {
  const limit = clamp(options.limit, 1, MAX_STATEMENTS_PAGE);
  const skip = clamp(options.offset, 0, Number.MAX_SAFE_INTEGER);
  const [rows, count] = await Promise.all([run('article/list', { skip, limit }), run('article/count')]);
  return { articles: rows.map((row) => articleSummary(row)), total: num(count[0]?.total) };
}

function matchRank(candidate: string, query: string): number {
  const folded = foldText(candidate);
  if (folded === query) return 0;
  if (folded.startsWith(query)) return 1;
  if (` ${folded}`.includes(` ${query}`)) return 2;
  return folded.includes(query) ? 3 : 4;
}

export async function search(run: Run, text: string, limit: number): Promise<SearchHit[]> {
  const query = foldText(text).replaceAll(SEARCH_SEPARATOR, ' ').trim();
  if (!query) return [];
  const rows = await run('search/entities', {
    contains: query,
    exact: `${SEARCH_SEPARATOR}${query}${SEARCH_SEPARATOR}`,
    prefix: `${SEARCH_SEPARATOR}${query}`,
    wordPrefix: ` ${query}`,
    limit: clamp(limit, 1, MAX_STATEMENTS_PAGE),
  });
  return rows.map((row) => {
    const name = str(row.name);
    const aliases = strList(row.aliases);
    let matched = name;
    let best = matchRank(name, query);
    for (const alias of aliases) {
      const rank = matchRank(alias, query);
      if (rank < best) {
        best = rank;
        matched = alias;
      }
    }
    return { id: str(row.id), name, type: entityType(row.type), aliases, matched, mentions: num(row.mentions) };
  });
}

// ---------------------------------------------------------------------------
// Store-wide

export async function stats(run: Run): Promise<StoreStats> {
  const [totals, mentions, types] = await Promise.all([
    run('stats/totals', { relationTypes: RELATION_TYPE_LIST }),
    run('stats/mentions'),
    run('stats/entity-types'),
  ]);
  const row = totals[0] ?? {};
  const byType: Record<string, number> = {};
  for (const type of types) byType[str(type.type)] = num(type.count);
  return {
    articles: num(row.articles),
    entities: num(row.entities),
    statements: num(row.statements),
    relations: num(row.relations),
    mentions: num(mentions[0]?.mentions),
    byType,
  };
}

export async function schema(run: Run): Promise<SchemaInfo> {
  const [labels, types, keys, labelCounts, typeCounts] = await Promise.all([
    run('schema/labels'),
    run('schema/relationship-types'),
    run('schema/property-keys'),
    run('schema/label-counts'),
    run('schema/relationship-type-counts'),
  ]);
  const labelCount = new Map(labelCounts.map((row) => [str(row.label), num(row.count)]));
  const typeCount = new Map(typeCounts.map((row) => [str(row.type), num(row.count)]));
  const labelNames = new Set([...labels.map((row) => str(row.label)), ...labelCount.keys()]);
  const typeNames = new Set([...types.map((row) => str(row.relationshipType)), ...typeCount.keys()]);
  return {
    labels: [...labelNames].sort().map((label) => ({ label, count: labelCount.get(label) ?? 0 })),
    relationshipTypes: [...typeNames].sort().map((type) => ({ type, count: typeCount.get(type) ?? 0 })),
    propertyKeys: [...new Set(keys.map((row) => str(row.propertyKey)))].sort(),
  };
}

export async function knownEntities(run: Run): Promise<KnownEntity[]> {
  const rows = await run('entity/known');
  return rows.map((row) => ({
    id: str(row.id),
    name: str(row.name),
    type: entityType(row.type),
    aliases: strList(row.aliases),
  }));
}

export async function existingArticleIds(run: Run, ids: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += 1000) {
    for (const row of await run('article/existing', { ids: ids.slice(i, i + 1000) })) found.add(str(row.id));
  }
  return found;
}
