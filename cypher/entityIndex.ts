// What the graph views read about every entity, kept in this process and brought up to date
// by each committed write batch instead of being read again after every write: each
// entity's type and mention count (the overview's ranking and its entity count), its
// graph/nodes row, and every mention both ways (each entity's articles, each article's
// entities: co-mention edges and co-mentioned neighbours). Filled from the store on first
// use, then kept across writes: a batch of new articles adds its entities, counters and
// mentions here once committed (writeBatch sends the same rows), and marks the node rows of
// the entities it wrote or counted to be read again. Valid only for a store whose writes
// all pass through this process (the embedded engine, which locks its file), and only while
// every write since it was filled was such a batch: the index belongs to one write
// generation of the store's ReadCache (generationKept.ts), moves to the next with each batch it applies, and
// empties itself when the generation has moved without it (any other write, a rollback, a
// reset, a close) or when a batch mentions an entity it does not write. It answers
// graph/top-entities, graph/entity-count, graph/nodes, graph/entity-articles,
// graph/article-entities and search/entities (from every entity's searchText, kept and read
// again like the node rows) with the rows those queries would, and gives co-mention counting
// the article lists graph/entity-article-lists would, and an entity's details the ids of its
// newest articles as entity/articles orders them (differential.test.ts, entityIndex.test.ts
// and entityDetails.test.ts compare them).

import type { Params, Row } from './store.ts';
import {
  COMENTION_ARTICLES_PER_ENTITY,
  comentionNeighbors,
  queriedArticleLists,
  sortedUnique,
  type ArticleListsOf,
} from './reads/coMentions.ts';
import type { Run } from './reads/decode.ts';
import { compareCodePoints, compareText, num, str, strList } from './reads/decode.ts';
import { GenerationKept } from './generationKept.ts';
import type { WriteBatch } from './writes/plan.ts';

interface Ranked {
  type: string;
  mentions: number;
}

/**
 * Mention counts by entity number: each number's entry of a ranking (graph/entity-ranks' map)
 * looked up by id once, then read through it. A neighbourhood's candidate rows carry the
 * counts of thousands of entities, and looking each up by id string in a map of every entity
 * cost more than counting them, again after every write. The entries are kept for one
 * ranking and one numbering: a batch changes counts in place in the entries (read live here)
 * and adds entries for new entities (looked up while not found), a reload makes a new map.
 */
export class NumberedMentions {
  private ranks: ReadonlyMap<string, Ranked> | null = null;
  private numbering: object | null = null;
  private entries: (Ranked | undefined)[] = [];

  /** Looks up the entries of every entity `ids` numbers (warm(): the first reads then look none up). */
  fill(ranks: ReadonlyMap<string, Ranked>, numbering: object, ids: readonly string[]): void {
    for (let number = 0; number < ids.length; number++) this.of(ranks, numbering, number, ids[number]!);
  }

  /** The mention count of entity `id`, numbered `number` in `numbering`, in `ranks`. */
  of(ranks: ReadonlyMap<string, Ranked>, numbering: object, number: number, id: string): number {
    if (ranks !== this.ranks || numbering !== this.numbering) {
      this.ranks = ranks;
      this.numbering = numbering;
      this.entries = [];
    }
    let ranked = this.entries[number];
    if (ranked === undefined) {
      ranked = ranks.get(id);
      if (ranked !== undefined) this.entries[number] = ranked;
    }
    return ranked?.mentions ?? 0;
  }
}

export class EntityIndex extends GenerationKept {
  /** Every entity's type and mention count, once loaded. */
  private ranks: Map<string, Ranked> | null = null;
  private ranksLoading: Promise<Map<string, Ranked>> | null = null;
  /** The ranking's ids in graph/top-entities' order, per filter on types, until the next write. */
  private sortedByTypes = new Map<string, string[]>();
  /**
   * Every ranked id in graph/top-entities' order (mentions descending, then id), once sorted:
   * each batch moves only the entities it wrote or counted, so the first overview after a
   * write does not sort every entity again.
   */
  private sortedAll: string[] | null = null;
  private articlesLoading: Promise<void> | null = null;
  private articlesLoaded = false;
  /** Articles, numbered once: their ids and dates ('' for none), as graph/entity-article-lists reads them. */
  private articleNumber = new Map<string, number>();
  private articleIds: string[] = [];
  private articleDates: string[] = [];
  /** The articles of entities asked for so far (numbers into the tables above), or of every entity once mentionsLoaded. */
  private articlesOf = new Map<string, number[]>();
  /** Every article's entities (entity numbers, by article number), once every mention is loaded. */
  private entitiesOf: number[][] | null = null;
  /**
   * Entities numbered once (every entity with a mention): co-mention counting adds into typed
   * arrays indexed by these numbers, not into maps keyed by id strings.
   */
  private entityNumber = new Map<string, number>();
  private entityIds: string[] = [];
  /**
   * Entity numbers in id order (compareText) and each number's place in it: ties in a weight
   * are broken by these integers, not by comparing id strings. Numbered entities not placed
   * yet are merged in when next asked for.
   */
  private idOrder: { byId: Int32Array; placeOf: Int32Array } | null = null;
  private mentionsLoading: Promise<void> | null = null;
  /** Every entity's graph/nodes row, once loaded; `staleNodes`: those a batch touched since, to read again. */
  private nodeRows: Map<string, Row> | null = null;
  private nodesLoading: Promise<Map<string, Row>> | null = null;
  private staleNodes = new Set<string>();
  /** Every entity's searchText, once loaded; `staleTexts`: those a batch wrote since, to read again. */
  private searchTexts: Map<string, unknown> | null = null;
  private textsLoading: Promise<Map<string, unknown>> | null = null;
  private staleTexts = new Set<string>();
  /**
   * The articles ranked, each entity's article ranks sorted (repeats kept: a center's latest
   * articles are the first of them) and without repeats (the lists handed out), until the
   * next article or write.
   */
  private ranked: { byRank: Int32Array; rankOf: Int32Array } | null = null;
  private sortedRanksOf = new Map<string, Int32Array>();
  private rankedOf = new Map<string, Int32Array>();
  private readonly numberedMentions = new NumberedMentions();

  protected drop(): void {
    this.ranks = null;
    this.ranksLoading = null;
    this.articleNumber = new Map();
    this.articleIds = [];
    this.articleDates = [];
    this.articlesOf = new Map();
    this.ranked = null;
    this.sortedRanksOf = new Map();
    this.rankedOf = new Map();
    this.sortedByTypes = new Map();
    this.sortedAll = null;
    this.articlesLoading = null;
    this.articlesLoaded = false;
    this.entitiesOf = null;
    this.entityNumber = new Map();
    this.entityIds = [];
    this.idOrder = null;
    this.mentionsLoading = null;
    this.nodeRows = null;
    this.nodesLoading = null;
    this.staleNodes = new Set();
    this.searchTexts = null;
    this.textsLoading = null;
    this.staleTexts = new Set();
  }

  private number(articleId: string, date: string): number {
    let number = this.articleNumber.get(articleId);
    if (number === undefined) {
      number = this.articleIds.length;
      this.articleNumber.set(articleId, number);
      this.articleIds.push(articleId);
      this.articleDates.push(date);
    }
    return number;
  }

  private numberEntity(id: string): number {
    let number = this.entityNumber.get(id);
    if (number === undefined) {
      number = this.entityIds.length;
      this.entityNumber.set(id, number);
      this.entityIds.push(id);
    }
    return number;
  }

  /**
   * A committed batch, applied as the store applied it: `generation` is the one its
   * transaction ended in. Anything missed since the index was filled empties it instead.
   */
  apply(batch: WriteBatch, generation: number): void {
    if (!this.follow(generation)) return;
    // The articles ranked so far keep their order; ranking() merges the batch's in.
    this.sortedRanksOf = new Map();
    this.rankedOf = new Map();
    this.sortedByTypes = new Map();
    const dates = new Map(batch.articles.map((article) => [str(article.id), str(article.date)]));
    if (this.articlesLoaded) for (const [articleId, date] of dates) this.number(articleId, date);
    // The batch writes its entities' names and adds to the counters of those it touches.
    if (this.nodeRows !== null) {
      for (const entity of batch.entities) this.staleNodes.add(entity.id);
      for (const counter of batch.counters) this.staleNodes.add(str(counter.id));
    }
    // write/entities sets the searchText of the entities it writes, and only theirs.
    if (this.searchTexts !== null) for (const entity of batch.entities) this.staleTexts.add(entity.id);
    const entitiesOf = this.entitiesOf;
    // write/mentions links an article of the batch to an entity only where the entity is
    // stored: one the batch writes, or one already mentioned.
    const written = new Set(batch.entities.map((entity) => entity.id));
    if (entitiesOf !== null)
      for (const mention of batch.mentions) {
        const entityId = str(mention.entityId);
        const articleId = str(mention.articleId);
        let list = this.articlesOf.get(entityId);
        if (!list) {
          if (!written.has(entityId)) return this.clear(generation);
          list = [];
          this.articlesOf.set(entityId, list);
        }
        const number = this.number(articleId, dates.get(articleId) ?? '');
        list.push(number);
        (entitiesOf[number] ??= []).push(this.numberEntity(entityId));
      }
    const ranks = this.ranks;
    if (ranks === null) return;
    // write/entities creates the batch's new entities with their type; the counters then
    // grow on every entity that exists (write/entity-counters-add matches by id).
    for (const entity of batch.entities)
      if (!ranks.has(entity.id)) ranks.set(entity.id, { type: entity.type, mentions: 0 });
    for (const counter of batch.counters) {
      const ranked = ranks.get(str(counter.id));
      if (ranked) ranked.mentions += num(counter.mentions);
    }
    if (this.sortedAll !== null) {
      const moved = new Set([
        ...batch.entities.map((entity) => entity.id),
        ...batch.counters.map((row) => str(row.id)),
      ]);
      this.sortedAll = mergeSorted(
        this.sortedAll.filter((id) => !moved.has(id)),
        [...moved].filter((id) => ranks.has(id)).sort(byMentions(ranks)),
        byMentions(ranks),
      );
    }
  }

  private loadRanks(run: Run): Promise<Map<string, Ranked>> {
    this.fresh();
    if (this.ranks) return Promise.resolve(this.ranks);
    if (this.ranksLoading) return this.ranksLoading;
    const generation = this.generation;
    const loading = run('graph/entity-ranks', {}).then((rows) => {
      const ranks = new Map<string, Ranked>(
        rows.map((row) => [str(row.id), { type: str(row.type), mentions: num(row.mentions) }]),
      );
      // Read across a write: answer it, keep nothing.
      if (this.generation !== generation || !this.fresh()) return ranks;
      if (this.ranksLoading === loading) {
        this.ranks = ranks;
        this.ranksLoading = null;
      }
      return ranks;
    });
    this.ranksLoading = loading;
    return loading;
  }

  /** Every entity's type and mention count (graph/entity-ranks), as of this write generation. */
  mentionCounts(run: Run): Promise<ReadonlyMap<string, Ranked>> {
    return this.loadRanks(run);
  }

  /** The ids of the most mentioned entities of `types` (null: all), as graph/top-entities orders them. */
  private async top(run: Run, types: string[] | null, limit: number): Promise<string[]> {
    const ranks = await this.loadRanks(run);
    const key = JSON.stringify(types);
    const kept = ranks === this.ranks ? this.sortedByTypes.get(key) : undefined;
    if (kept) return kept.slice(0, Math.max(0, limit));
    const wanted = types === null ? null : new Set(types);
    let sorted: string[];
    if (ranks === this.ranks) {
      this.sortedAll ??= [...ranks.keys()].sort(byMentions(ranks));
      sorted = wanted === null ? this.sortedAll : this.sortedAll.filter((id) => wanted.has(ranks.get(id)!.type));
      this.sortedByTypes.set(key, sorted);
    } else {
      const chosen: [string, number][] = [];
      for (const [id, ranked] of ranks)
        if (wanted === null || wanted.has(ranked.type)) chosen.push([id, ranked.mentions]);
      chosen.sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
      sorted = chosen.map(([id]) => id);
    }
    return sorted.slice(0, Math.max(0, limit));
  }

  /** graph/top-entities' rows: the ranking from here, the nodes from graph/nodes. */
  async topEntities(run: Run, params: Params): Promise<Row[]> {
    const types = Array.isArray(params.types) ? strList(params.types) : null;
    const ids = await this.top(run, types, num(params.limit));
    if (ids.length === 0) return [];
    const byId = new Map((await run('graph/nodes', { ids })).map((row) => [str(row.id), row]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [row] : [];
    });
  }

  private loadNodes(run: Run): Promise<Map<string, Row>> {
    this.fresh();
    if (this.nodeRows) return Promise.resolve(this.nodeRows);
    if (this.nodesLoading) return this.nodesLoading;
    const generation = this.generation;
    const loading = run('graph/all-nodes', {}).then((rows) => {
      const nodeRows = new Map(rows.map((row) => [str(row.id), row]));
      if (this.generation !== generation || !this.fresh()) return nodeRows;
      if (this.nodesLoading === loading) {
        this.nodeRows = nodeRows;
        this.nodesLoading = null;
      }
      return nodeRows;
    });
    this.nodesLoading = loading;
    return loading;
  }

  /**
   * graph/nodes' rows (one per id found, in the order given): kept rows, and those a write
   * touched read again (and kept, unless a write came meanwhile).
   */
  async nodes(run: Run, params: Params): Promise<Row[]> {
    const ids = strList(params.ids);
    let nodeRows = await this.loadNodes(run);
    const stale = this.staleNodes.size === 0 ? [] : [...new Set(ids.filter((id) => this.staleNodes.has(id)))];
    if (stale.length > 0) {
      const generation = this.generation;
      const rows = await run('graph/nodes', { ids: stale });
      if (this.generation === generation && this.fresh() && nodeRows === this.nodeRows) {
        for (const id of stale) {
          nodeRows.delete(id);
          this.staleNodes.delete(id);
        }
        for (const row of rows) nodeRows.set(str(row.id), row);
      } else {
        nodeRows = new Map(nodeRows);
        for (const id of stale) nodeRows.delete(id);
        for (const row of rows) nodeRows.set(str(row.id), row);
      }
    }
    const rows: Row[] = [];
    for (const id of ids) {
      const row = nodeRows.get(id);
      if (row) rows.push(row);
    }
    return rows;
  }

  private loadTexts(run: Run): Promise<Map<string, unknown>> {
    this.fresh();
    if (this.searchTexts) return Promise.resolve(this.searchTexts);
    if (this.textsLoading) return this.textsLoading;
    const generation = this.generation;
    const loading = run('search/entity-texts', {}).then((rows) => {
      const texts = new Map(rows.map((row) => [str(row.id), row.searchText]));
      if (this.generation !== generation || !this.fresh()) return texts;
      if (this.textsLoading === loading) {
        this.searchTexts = texts;
        this.textsLoading = null;
      }
      return texts;
    });
    this.textsLoading = loading;
    return loading;
  }

  /**
   * Every entity's node row and searchText as the store holds them now (those a write
   * touched read again), or null when a write came meanwhile.
   */
  private async searchable(run: Run): Promise<{ nodeRows: Map<string, Row>; texts: Map<string, unknown> } | null> {
    await Promise.all([this.loadNodes(run), this.loadTexts(run)]);
    if (this.staleNodes.size > 0) await this.nodes(run, { ids: [...this.staleNodes] });
    const texts = this.searchTexts;
    if (texts !== null && this.staleTexts.size > 0) {
      const generation = this.generation;
      const stale = [...this.staleTexts];
      const rows = await run('search/entity-texts-by-id', { ids: stale });
      if (this.generation === generation && this.fresh() && texts === this.searchTexts) {
        for (const id of stale) {
          texts.delete(id);
          this.staleTexts.delete(id);
        }
        for (const row of rows) texts.set(str(row.id), row.searchText);
      }
    }
    if (!this.fresh() || this.nodeRows === null || this.searchTexts === null) return null;
    if (this.staleNodes.size > 0 || this.staleTexts.size > 0) return null;
    return { nodeRows: this.nodeRows, texts: this.searchTexts };
  }

  /**
   * search/entities' rows from the kept node rows and search texts: the entities whose
   * searchText contains `contains`, ranked (exact, prefix, word prefix, inside), then by
   * mentions, name and id, the first `limit`. A scan of every entity's folded names here
   * instead of on the engine, keeping only the best `limit` as it goes. The query answers
   * when a write came meanwhile or a row is not as the order expects (a name not a string).
   */
  async searchEntities(run: Run, params: Params): Promise<Row[]> {
    const kept = await this.searchable(run);
    const contains = params.contains;
    if (kept === null || typeof contains !== 'string') return run('search/entities', params);
    const [exact, prefix, wordPrefix] = [str(params.exact), str(params.prefix), str(params.wordPrefix)];
    const limit = Math.max(0, Math.trunc(num(params.limit)));
    const best: { row: Row; rank: number; mentions: number; name: string; id: string }[] = [];
    const before = (
      a: { rank: number; mentions: number; name: string; id: string },
      b: { rank: number; mentions: number; name: string; id: string },
    ): boolean =>
      a.rank !== b.rank
        ? a.rank < b.rank
        : a.mentions !== b.mentions
          ? a.mentions > b.mentions
          : a.name !== b.name
            ? compareCodePoints(a.name, b.name) < 0
            : compareCodePoints(a.id, b.id) < 0;
    for (const [id, text] of kept.texts) {
      if (typeof text !== 'string' || !text.includes(contains)) continue;
      const row = kept.nodeRows.get(id);
      if (!row || typeof row.name !== 'string' || typeof row.mentions !== 'number')
        return run('search/entities', params);
      const rank = text.includes(exact) ? 0 : text.includes(prefix) ? 1 : text.includes(wordPrefix) ? 2 : 3;
      const hit = { row, rank, mentions: row.mentions, name: row.name, id };
      if (best.length === limit && (limit === 0 || !before(hit, best[limit - 1]!))) continue;
      let low = 0;
      let high = best.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (before(best[middle]!, hit)) low = middle + 1;
        else high = middle;
      }
      best.splice(low, 0, hit);
      if (best.length > limit) best.pop();
    }
    return best.map(({ row, rank, mentions }) => ({
      id: row.id,
      name: row.name,
      type: row.type,
      aliases: row.aliases,
      mentions,
      rank,
    }));
  }

  /** graph/entity-count's row. */
  async entityCount(run: Run, params: Params): Promise<Row[]> {
    const types = Array.isArray(params.types) ? strList(params.types) : null;
    const wanted = types === null ? null : new Set(types);
    let total = 0;
    for (const ranked of (await this.loadRanks(run)).values()) if (wanted === null || wanted.has(ranked.type)) total++;
    return [{ total }];
  }

  /**
   * Numbers every article of the store once, so that the ranking of articles is made once
   * per write, not again whenever lists bring articles not seen yet.
   */
  private loadArticles(run: Run): Promise<void> {
    this.fresh();
    if (this.articlesLoaded) return Promise.resolve();
    if (this.articlesLoading) return this.articlesLoading;
    const generation = this.generation;
    const loading = run('graph/article-dates', {}).then((rows) => {
      if (this.generation !== generation || !this.fresh() || this.articlesLoading !== loading) return;
      for (const row of rows) this.number(str(row.id), str(row.date));
      this.articlesLoaded = true;
      this.articlesLoading = null;
      this.ranked = null;
    });
    this.articlesLoading = loading;
    return loading;
  }

  /**
   * Reads every entity's articles at once (graph/mention-lists) and keeps both directions:
   * a neighbourhood's co-mentions need the entities of thousands of articles.
   */
  private loadMentions(run: Run): Promise<void> {
    this.fresh();
    if (this.entitiesOf) return Promise.resolve();
    if (this.mentionsLoading) return this.mentionsLoading;
    const generation = this.generation;
    const loading = Promise.all([this.loadArticles(run), run('graph/mention-lists', {})]).then(([, rows]) => {
      if (this.generation !== generation || !this.fresh() || this.mentionsLoading !== loading) return;
      const articlesOf = new Map<string, number[]>();
      const entitiesOf: number[][] = [];
      for (const row of rows) {
        const id = str(row.id);
        const list = strList(row.articleIds).map((articleId) => this.number(articleId, ''));
        articlesOf.set(id, list);
        const entity = this.numberEntity(id);
        for (const number of list) (entitiesOf[number] ??= []).push(entity);
      }
      this.articlesOf = articlesOf;
      this.sortedRanksOf = new Map();
      this.rankedOf = new Map();
      this.entitiesOf = entitiesOf;
      this.mentionsLoading = null;
    });
    this.mentionsLoading = loading;
    return loading;
  }

  /**
   * The kept mentions, loaded if need be; null when a write came meanwhile (the caller then
   * asks the store).
   */
  private async mentions(run: Run): Promise<number[][] | null> {
    await this.loadMentions(run);
    return this.fresh() ? this.entitiesOf : null;
  }

  /**
   * Loads everything kept (ranks, node rows, mentions, search texts), each once, and every
   * numbered entity's mention count: what the first reads would load and look up.
   */
  async warm(run: Run): Promise<void> {
    const [ranks] = await Promise.all([
      this.loadRanks(run),
      this.loadNodes(run),
      this.loadMentions(run),
      this.loadTexts(run),
    ]);
    if (ranks === this.ranks && this.entitiesOf !== null)
      this.numberedMentions.fill(ranks, this.entityIds, this.entityIds);
  }

  /** graph/entity-articles' rows: each article that mentions one of `ids`, with its date. */
  async entityArticles(run: Run, params: Params): Promise<Row[]> {
    if ((await this.mentions(run)) === null) return run('graph/entity-articles', params);
    return strList(params.ids).flatMap((id) =>
      (this.articlesOf.get(id) ?? []).map((number) => ({
        id,
        articleId: this.articleIds[number]!,
        date: this.articleDates[number] || null,
      })),
    );
  }

  /**
   * The ids of entity/articles' rows for `id`: its newest `limit` articles, date descending
   * then id, as the query orders them. Null when the kept lists cannot say: a write came
   * meanwhile, or an article in the list has no date (the engine places those).
   */
  async latestArticles(run: Run, id: string, limit: number): Promise<string[] | null> {
    if ((await this.mentions(run)) === null) return null;
    const numbers = this.articlesOf.get(id) ?? [];
    const dates = this.articleDates;
    const ids = this.articleIds;
    if (numbers.some((number) => !dates[number])) return null;
    return [...numbers]
      .sort((a, b) => compareText(dates[b]!, dates[a]!) || compareText(ids[a]!, ids[b]!))
      .slice(0, Math.max(0, limit))
      .map((number) => ids[number]!);
  }

  /** graph/article-entities' rows: the entities the articles `ids` mention, each with how many of them do. */
  async articleEntities(run: Run, params: Params): Promise<Row[]> {
    const [entitiesOf, ranks] = await Promise.all([this.mentions(run), this.loadRanks(run)]);
    if (entitiesOf === null) return run('graph/article-entities', params);
    const weights = new Map<string, number>();
    for (const articleId of strList(params.ids)) {
      const number = this.articleNumber.get(articleId);
      for (const entity of number === undefined ? [] : (entitiesOf[number] ?? [])) {
        const id = this.entityIds[entity]!;
        weights.set(id, (weights.get(id) ?? 0) + 1);
      }
    }
    return [...weights].map(([id, weight]) => ({ id, weight, mentions: ranks.get(id)?.mentions ?? 0 }));
  }

  /**
   * comentionNeighbors' rows (coMentions.ts) from the kept mentions, without a row per
   * (entity, article): the entities named in the latest `articlesPerCenter` articles of
   * each center (latest first is rank order), weighted by those articles; a
   * center by its own articles that name another center too. Across a write, the queries'.
   * Counted over entity and article numbers in typed arrays, and only the `limit` strongest
   * sorted: around a hub's frontier the counted articles name ten thousand entities.
   */
  async comentionNeighbors(
    run: Run,
    centers: string[],
    limit: number,
    articlesPerCenter = COMENTION_ARTICLES_PER_ENTITY,
  ): Promise<Row[]> {
    if (centers.length === 0) return [];
    const [entitiesOf, ranks] = await Promise.all([this.mentions(run), this.loadRanks(run)]);
    if (entitiesOf === null) return comentionNeighbors(run, centers, limit, articlesPerCenter);
    const ranking = this.ranking();
    // Per article number: how many centers name it, and whether it is counted.
    const centersOf = new Int32Array(this.articleIds.length);
    const isCounted = new Uint8Array(this.articleIds.length);
    const counted: number[] = [];
    const centerLists = new Map<number, number[]>();
    for (const center of centers) {
      const list = this.articlesOf.get(center);
      if (!list || list.length === 0) continue;
      centerLists.set(this.entityNumber.get(center)!, list);
      for (const number of list) centersOf[number]!++;
      const latest = this.sortedRanks(center, ranking);
      // As Int32Array.subarray(0, articlesPerCenter) cuts it.
      const end =
        articlesPerCenter < 0
          ? Math.max(0, latest.length + articlesPerCenter)
          : Math.min(latest.length, articlesPerCenter);
      for (let k = 0; k < end; k++) {
        const number = ranking.byRank[latest[k]!]!;
        if (isCounted[number] === 0) {
          isCounted[number] = 1;
          counted.push(number);
        }
      }
    }
    const weights = new Int32Array(this.entityIds.length);
    const touched: number[] = [];
    for (const number of counted)
      for (const entity of entitiesOf[number] ?? []) if (weights[entity]!++ === 0) touched.push(entity);
    // A center found among its own articles' entities counts only those naming another center.
    for (const [entity, own] of centerLists) {
      if (weights[entity] === 0) continue;
      let weight = 0;
      for (const number of own) if (isCounted[number] === 1 && centersOf[number]! > 1) weight++;
      weights[entity] = weight;
    }
    const found: number[] = [];
    let most = 0;
    for (const entity of touched) {
      const weight = weights[entity]!;
      if (weight > 0) {
        found.push(entity);
        if (weight > most) most = weight;
      }
    }
    const keep = Math.max(0, limit);
    const ids = this.entityIds;
    const { byId, placeOf } = this.entityOrder();
    // When more are found than kept: those above the weight at which `keep` is reached are
    // sorted, and the ties at that weight are taken in id order, as many as there is room for.
    let chosen = found;
    if (found.length > keep) {
      const withWeight = new Int32Array(most + 1);
      for (const entity of found) withWeight[weights[entity]!]!++;
      let floor = most;
      let above = 0;
      for (; above + withWeight[floor]! < keep; floor--) above += withWeight[floor]!;
      chosen = found.filter((entity) => weights[entity]! > floor);
      const tied = new Uint8Array(byId.length);
      for (const entity of found) if (weights[entity] === floor) tied[placeOf[entity]!] = 1;
      chosen.sort((a, b) => weights[b]! - weights[a]! || placeOf[a]! - placeOf[b]!);
      for (let place = 0; place < byId.length && chosen.length < keep; place++)
        if (tied[place] === 1) chosen.push(byId[place]!);
    } else chosen.sort((a, b) => weights[b]! - weights[a]! || placeOf[a]! - placeOf[b]!);
    const rows: Row[] = new Array(chosen.length);
    for (let k = 0; k < chosen.length; k++) {
      const entity = chosen[k]!;
      const id = ids[entity]!;
      rows[k] = {
        id,
        weight: weights[entity]!,
        mentions: this.numberedMentions.of(ranks, this.entityIds, entity, id),
      };
    }
    return rows;
  }

  /** Every numbered entity's place in id order, the numbers added since merged in. */
  private entityOrder(): { byId: Int32Array; placeOf: Int32Array } {
    const ids = this.entityIds;
    const kept = this.idOrder;
    if (kept && kept.byId.length === ids.length) return kept;
    const placed = kept?.byId ?? new Int32Array(0);
    const added = Int32Array.from({ length: ids.length - placed.length }, (_, k) => placed.length + k).sort((a, b) =>
      compareText(ids[a]!, ids[b]!),
    );
    const byId = new Int32Array(ids.length);
    for (let i = 0, j = 0, k = 0; k < byId.length; k++)
      byId[k] =
        j >= added.length || (i < placed.length && compareText(ids[placed[i]!]!, ids[added[j]!]!) <= 0)
          ? placed[i++]!
          : added[j++]!;
    const placeOf = new Int32Array(ids.length);
    for (let k = 0; k < byId.length; k++) placeOf[byId[k]!] = k;
    this.idOrder = { byId, placeOf };
    return this.idOrder;
  }

  /** The ranks of `id`'s articles, ascending (latest first), repeats kept; kept until the ranking changes. */
  private sortedRanks(id: string, ranking: { rankOf: Int32Array }): Int32Array {
    let ranks = this.sortedRanksOf.get(id);
    if (!ranks) {
      const list = this.articlesOf.get(id) ?? [];
      ranks = new Int32Array(list.length);
      for (let k = 0; k < list.length; k++) ranks[k] = ranking.rankOf[list[k]!]!;
      ranks.sort();
      this.sortedRanksOf.set(id, ranks);
    }
    return ranks;
  }

  /**
   * The article lists of `ids` for co-mention counting (coMentions.ts), ranked among every
   * article kept here: the ranking and each entity's ranked list are kept until the next write.
   * Across a write, the store's lists.
   */
  articleLists(run: Run): ArticleListsOf {
    return async (ids) => {
      if ((await this.mentions(run)) === null) return queriedArticleLists(run)(ids);
      const ranking = this.ranking();
      return {
        lists: ids.map((id) => {
          let list = this.rankedOf.get(id);
          if (!list) {
            const ranks = this.sortedRanks(id, ranking);
            let repeats = false;
            for (let k = 1; k < ranks.length && !repeats; k++) repeats = ranks[k] === ranks[k - 1];
            list = repeats ? sortedUnique(ranks.slice()) : ranks;
            this.rankedOf.set(id, list);
          }
          return list;
        }),
        articleCount: ranking.byRank.length,
        idOf: (rank) => this.articleIds[ranking.byRank[rank]!]!,
        dateOf: (rank) => this.articleDates[ranking.byRank[rank]!] || null,
      };
    };
  }

  /** Every kept article ranked latest first (undated last, ties by id), as coMentions.ts ranks them. */
  private ranking(): { byRank: Int32Array; rankOf: Int32Array } {
    if (this.ranked && this.ranked.byRank.length === this.articleIds.length) return this.ranked;
    const ids = this.articleIds;
    const dates = this.articleDates;
    const order = (a: number, b: number): number => compareText(dates[b]!, dates[a]!) || compareText(ids[a]!, ids[b]!);
    // An article's number and date never change: those ranked already keep their order, and
    // the ones numbered since are sorted and merged in.
    const ranked = this.ranked?.byRank ?? new Int32Array(0);
    const added = Int32Array.from({ length: ids.length - ranked.length }, (_, k) => ranked.length + k).sort(order);
    const byRank = new Int32Array(ids.length);
    for (let i = 0, j = 0, k = 0; k < byRank.length; k++)
      byRank[k] =
        j >= added.length || (i < ranked.length && order(ranked[i]!, added[j]!) <= 0) ? ranked[i++]! : added[j++]!;
    const rankOf = new Int32Array(ids.length);
    byRank.forEach((number, rank) => {
      rankOf[number] = rank;
    });
    this.ranked = { byRank, rankOf };
    this.sortedRanksOf = new Map();
    this.rankedOf = new Map();
    return this.ranked;
  }
}

/** graph/top-entities' order: mentions descending, then id. */
function byMentions(ranks: ReadonlyMap<string, Ranked>): (a: string, b: string) => number {
  return (a, b) => ranks.get(b)!.mentions - ranks.get(a)!.mentions || compareText(a, b);
}

/** Two lists sorted by `order`, merged into one. */
function mergeSorted(first: string[], second: string[], order: (a: string, b: string) => number): string[] {
  const merged: string[] = new Array(first.length + second.length);
  for (let i = 0, j = 0, k = 0; k < merged.length; k++)
    merged[k] =
      j >= second.length || (i < first.length && order(first[i]!, second[j]!) <= 0) ? first[i++]! : second[j++]!;
  return merged;
}
