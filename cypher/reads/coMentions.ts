// Co-mentions (two entities named in the same article), counted here from the entities'
// article lists rather than matched pair by pair on the engine: the edges among a graph
// view (a compressed-row pair-counting kernel, checked against the plain pair count in
// coMentions.test.ts) and the entities around a neighborhood's frontier.

import type { GraphEdgeView } from '../../contract/api.ts';
import type { Row } from '../store.ts';
import { compareText, graphEdge, num, str, strList, type Run } from './decode.ts';

/**
 * Articles of each frontier entity (the latest) whose other entities are counted as its
 * co-mentions: a hub named in thousands of articles would otherwise cost the whole corpus.
 */
export const COMENTION_ARTICLES_PER_ENTITY = 100;

/**
 * Article ids a co-mention edge carries (the latest; its weight counts them all): the
 * explorer opens a co-mention from the two entities' articles, and a pair of hubs shares
 * thousands, which made most of a graph view's bytes.
 */
export const COMENTION_EVIDENCE_IDS = 20;

/** Most co-mention edges a graph view carries, per node in it: the strongest pairs only. */
const COMENTION_EDGES_PER_NODE = 3;

/**
 * The articles of some entities, for counting their co-mentions: articles are ranked latest
 * first (undated last, ties by id), and each entity's list holds the ranks of its articles,
 * ascending, each once. Ranks need not be dense: `articleCount` bounds them.
 */
export interface RankedArticleLists {
  /** One list per entity asked for, in the order asked (empty when it has no article). */
  lists: Int32Array[];
  articleCount: number;
  idOf: (rank: number) => string;
  dateOf: (rank: number) => string | null;
}

/** Where co-mention counting gets its article lists: the store's query, or what an index keeps. */
export type ArticleListsOf = (ids: string[]) => Promise<RankedArticleLists>;

/** comentionNeighbors' answer for `centers`: from the store's queries, or from what an index keeps. */
export type ComentionNeighborsOf = (centers: string[], limit: number) => Promise<Row[]>;

/** `list` sorted in place, its repeats dropped (a view of its start). */
export function sortedUnique(list: Int32Array): Int32Array {
  list.sort();
  let end = 0;
  for (let k = 0; k < list.length; k++) if (k === 0 || list[k] !== list[k - 1]) list[end++] = list[k]!;
  return list.subarray(0, end);
}

/**
 * Article lists read with graph/entity-article-lists (one row per entity, its article ids
 * and dates), the articles numbered as they come, then ranked.
 */
export function queriedArticleLists(run: Run): ArticleListsOf {
  return async (ids) => {
    const rows = ids.length === 0 ? [] : await run('graph/entity-article-lists', { ids });
    const index = new Map(ids.map((id, i) => [id, i]));
    const articleNumber = new Map<string, number>();
    const articleIds: string[] = [];
    const articleDates: (string | null)[] = [];
    const numbers: number[][] = ids.map(() => []);
    for (const row of rows) {
      const entity = index.get(str(row.id));
      if (entity === undefined) continue;
      const dates = strList(row.dates);
      const own = numbers[entity]!;
      strList(row.articleIds).forEach((articleId, k) => {
        let number = articleNumber.get(articleId);
        if (number === undefined) {
          number = articleIds.length;
          articleNumber.set(articleId, number);
          articleIds.push(articleId);
          articleDates.push(dates[k] || null);
        }
        own.push(number);
      });
    }
    const byRank = Array.from({ length: articleIds.length }, (_, number) => number).sort(
      (a, b) =>
        compareText(articleDates[b] ?? '', articleDates[a] ?? '') || compareText(articleIds[a]!, articleIds[b]!),
    );
    const rankOf = new Int32Array(articleIds.length);
    byRank.forEach((number, rank) => {
      rankOf[number] = rank;
    });
    return {
      lists: numbers.map((own) => sortedUnique(Int32Array.from(own, (number) => rankOf[number]!))),
      articleCount: articleIds.length,
      idOf: (rank) => articleIds[byRank[rank]!]!,
      dateOf: (rank) => articleDates[byRank[rank]!] ?? null,
    };
  };
}

/**
 * Co-mention edges among `ids` (articles mentioning both ends), counted here from each
 * entity's article list: matching every pair in Cypher costs the square of the mentions
 * per article on the engine. Only the strongest pairs are kept, at most
 * COMENTION_EDGES_PER_NODE per node, ties broken by ids so the answer is stable.
 *
 * At 10k articles the 500 overview entities are named in 100k-160k (entity, article) pairs,
 * with a million pair hits: entities and articles are small ints here (articles ranked
 * latest first), each entity's articles and each article's entities as flat Int32 lists,
 * pairs counted one entity at a time in a dense row, and the evidence of the kept pairs
 * read by walking the two entities' article lists side by side.
 */
export async function comentionEdges(articleListsOf: ArticleListsOf, ids: string[]): Promise<GraphEdgeView[]> {
  const n = ids.length;
  if (n < 2) return [];
  const { lists, articleCount, idOf, dateOf } = await articleListsOf(ids);

  // Each entity's articles (ranks, ascending, each once), as one flat list.
  const entityStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) entityStart[i + 1] = entityStart[i]! + lists[i]!.length;
  const entityArticles = new Int32Array(entityStart[n]!);
  for (let i = 0; i < n; i++) entityArticles.set(lists[i]!, entityStart[i]!);
  const entityEnd = entityStart.subarray(1);

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
  // Every pair above the floor is kept, and the first ties at it in id order. Pairs are
  // sorted as numbers (id order, then the pair's index), which typed arrays sort natively:
  // around hubs most of the tens of thousands of pairs tie at the floor.
  const pairs = pairCount.length;
  const above: number[] = [];
  const tied: number[] = [];
  for (let p = 0; p < pairs; p++) {
    if (pairCount[p]! > floor) above.push(pairOrder(p) * pairs + p);
    else if (pairCount[p] === floor) tied.push(pairOrder(p) * pairs + p);
  }
  const firstTied = Float64Array.from(tied).sort();
  for (let k = 0; k < firstTied.length && above.length < keep; k++) above.push(firstTied[k]!);
  const chosen = Array.from(Float64Array.from(above).sort(), (key) => key % pairs);

  // The evidence of the kept pairs, in one more walk over the articles of the entities that
  // come first in them (the counting walk, for those rows only), latest first: the first
  // COMENTION_EVIDENCE_IDS shared articles, the first shared one and the last dated one
  // (dated articles rank before undated ones). Walking each pair's two lists apart cost more
  // than the counting, around hubs whose lists share few of thousands of articles.
  const kept = chosen.length;
  const latest = new Int32Array(kept * COMENTION_EVIDENCE_IDS);
  const taken = new Int32Array(kept);
  const firstShared = new Int32Array(kept).fill(-1);
  const lastDated = new Int32Array(kept).fill(-1);
  const undatedFrom = firstUndated(articleCount, dateOf);
  const slot = new Int32Array(n).fill(-1);
  const keptOf: number[][] = [];
  for (let position = 0; position < kept; position++) (keptOf[pairFirst[chosen[position]!]!] ??= []).push(position);
  keptOf.forEach((positions, i) => {
    for (const position of positions) slot[pairSecond[chosen[position]!]!] = position;
    for (let k = entityStart[i]!; k < entityEnd[i]!; k++) {
      const article = entityArticles[k]!;
      for (let m = articleStart[article + 1]! - 1; m >= articleStart[article]!; m--) {
        const j = articleEntities[m]!;
        if (j <= i) break;
        const position = slot[j]!;
        if (position < 0) continue;
        if (taken[position]! < COMENTION_EVIDENCE_IDS)
          latest[position * COMENTION_EVIDENCE_IDS + taken[position]!++] = article;
        if (firstShared[position]! < 0) firstShared[position] = article;
        if (article < undatedFrom) lastDated[position] = article;
      }
    }
    for (const position of positions) slot[pairSecond[chosen[position]!]!] = -1;
  });

  return chosen.map((p, position) => {
    const a = ids[pairFirst[p]!]!;
    const b = ids[pairSecond[p]!]!;
    // Pushed, not written into `new Array(n)`: a holey array, once frozen, is serialised by
    // JSON.stringify's slow path.
    const evidenceIds: string[] = [];
    for (let k = 0; k < taken[position]!; k++) evidenceIds.push(idOf(latest[position * COMENTION_EVIDENCE_IDS + k]!));
    const first = firstShared[position]!;
    const last = lastDated[position]!;
    return graphEdge('comention', 'CO_MENTION', {
      source: a < b ? a : b,
      target: a < b ? b : a,
      weight: pairCount[p]!,
      // Strings only: the default sort's order is compareText's.
      evidenceIds: evidenceIds.sort(),
      firstDate: last < 0 ? null : dateOf(last),
      lastDate: first < 0 || first >= undatedFrom ? null : dateOf(first),
    });
  });
}

/** The first rank with no date (`articleCount` if every article has one): undated articles rank last. */
function firstUndated(articleCount: number, dateOf: (rank: number) => string | null): number {
  let low = 0;
  let high = articleCount;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (dateOf(middle) === null) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Entities mentioned in the same articles as `centers`, most shared articles first (ties by
 * id), at most `limit`: weight = articles that mention the entity and one of the centers
 * other than itself, among the latest `articlesPerCenter` articles of each center. Two queries, the centers' articles, then the entities those articles mention,
 * each article once: matching article pairs in Cypher costs the engine a uniqueness check
 * and a distinct count per pair.
 */
export async function comentionNeighbors(
  run: Run,
  centers: string[],
  limit: number,
  articlesPerCenter = COMENTION_ARTICLES_PER_ENTITY,
): Promise<Row[]> {
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
    for (const article of list.slice(0, articlesPerCenter)) counted.add(article.id);
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
