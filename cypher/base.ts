// What both adapters share: every GraphStore method except the engine plumbing (opening,
// running a query, a write transaction, read-only user queries) is written here once,
// over shipped queries, so Grafeo and Neo4j answer the same way.

import type {
  ArticleSummary,
  ArticleView,
  EntityDetails,
  GraphPayload,
  SchemaInfo,
  SearchHit,
  StatementView,
  StoreStats,
} from '../contract/api.ts';
import type { CypherResult } from '../contract/cypher.ts';
import type { ExtractionResult, KnownEntity } from '../contract/extraction.ts';
import { loadQuery, type Splice } from './queries.ts';
import { article, articles, entity, statements } from './reads/details.ts';
import { inOrder, num, str, strList, type Run } from './reads/decode.ts';
import { freezeGraphPayload, neighborhood, overview, queriedSources, type GraphSources } from './reads/graph.ts';
import { existingArticleIds, knownEntities } from './reads/known.ts';
import { search } from './reads/search.ts';
import { schema, stats } from './reads/stats.ts';
import type { AdjacencyIndex } from './adjacencyIndex.ts';
import type { EntityIndex } from './entityIndex.ts';
import { ReadCache } from './readCache.ts';
import { checkReadOnly } from './readonly.ts';
import type { GraphStore, Params, ReadOnlyOptions, Row, StatementFilter, WriteResult } from './store.ts';
import { DEFAULT_BATCH_ARTICLES, planBatches } from './writes/plan.ts';
import { ArticlesStoredMeanwhileError, writeBatch, type TxRun } from './writes/send.ts';

/** The neighbourhood warm() computes: the explorer's (2 hops, the API's default cap). */
const WARM_NEIGHBORHOOD = { depth: 2, limit: 300 };

/** Nodes removed per statement by reset(), so a large store never needs one huge transaction. */
const RESET_BATCH = 10_000;

export abstract class CypherStore implements GraphStore {
  abstract readonly kind: 'grafeo' | 'neo4j';
  abstract readonly location: string;

  abstract init(): Promise<void>;
  abstract close(): Promise<void>;
  abstract ping(): Promise<void>;
  abstract readOnly(query: string, params?: Params, options?: ReadOnlyOptions): Promise<CypherResult>;

  /** Runs query text in its own transaction; rows already in the common shape. */
  protected abstract execute(text: string, params: Params): Promise<Row[]>;
  /** Runs `work` in one write transaction: committed when it resolves, rolled back when it throws. */
  protected abstract inWriteTransaction<T>(
    work: (run: (text: string, params: Params) => Promise<Row[]>) => Promise<T>,
  ): Promise<T>;

  /**
   * Read answers kept until the next write (readCache.ts): set by an engine whose writes all
   * pass through this object; null keeps none.
   */
  protected readonly readCache: ReadCache | null = null;

  /**
   * The entities' ranking and article lists, kept up to date by writeExtraction's batches
   * (entityIndex.ts): set by an engine that keeps a readCache; null reads them every time.
   */
  protected readonly entityIndex: EntityIndex | null = null;

  /**
   * The relations and statements between entities, kept up to date by writeExtraction's
   * batches (adjacencyIndex.ts): set by an engine that keeps an entityIndex; null reads them
   * every time.
   */
  protected readonly adjacencyIndex: AdjacencyIndex | null = null;

  /** The write generation of the kept answers, or null when this store keeps none. */
  get readGeneration(): number | null {
    return this.readCache?.generation ?? null;
  }

  /**
   * A write transaction; kept answers are dropped once it has ended, committed or not.
   * `committed` runs once it has committed, in the new write generation, before anything else can.
   */
  private async write<T>(
    work: (run: (text: string, params: Params) => Promise<Row[]>) => Promise<T>,
    committed?: (generation: number) => void,
  ): Promise<T> {
    let result: T;
    try {
      result = await this.inWriteTransaction(work);
    } finally {
      this.readCache?.invalidate();
    }
    if (this.readCache) committed?.(this.readCache.generation);
    return result;
  }

  private cached<T>(key: string, load: () => Promise<T>, freeze?: (answer: T) => T): Promise<T> {
    return this.readCache ? this.readCache.read(key, load, freeze) : load();
  }

  /** Whether each shipped query only reads (then it runs without a write transaction). */
  private readonly readsOnly = new Map<string, boolean>();

  async run(queryName: string, params: Params = {}): Promise<Row[]> {
    const text = loadQuery(queryName);
    let reads = this.readsOnly.get(queryName);
    if (reads === undefined) {
      reads = checkReadOnly(text) === null;
      this.readsOnly.set(queryName, reads);
    }
    return reads ? this.execute(text, params) : this.write((runText) => runText(text, params));
  }

  /**
   * Runs Cypher text as is, with no read-only check: for this package's own tests and
   * tooling (portability probes), never for user input (that is readOnly()).
   */
  executeText(text: string, params: Params = {}): Promise<Row[]> {
    return this.write((run) => run(text, params));
  }

  /** Runs a shipped query that needs a label or type spliced in (write/entities, write/relations). */
  async runSpliced(queryName: string, params: Params, splice: Splice): Promise<Row[]> {
    try {
      return await this.execute(loadQuery(queryName, splice), params);
    } finally {
      this.readCache?.invalidate();
    }
  }

  private readonly reader: Run = (queryName, params) => this.run(queryName, params ?? {});

  /**
   * What the graph views read from the kept indexes (co-mentions from the entity index, the
   * relations among a view from the adjacency index), else from the store's queries.
   */
  private graphSources(): GraphSources {
    const sources = queriedSources(this.graphReader);
    const index = this.entityIndex;
    const adjacency = this.adjacencyIndex;
    if (index) {
      sources.articleLists = index.articleLists(this.reader);
      sources.comentionedOf = (centers, limit) => index.comentionNeighbors(this.reader, centers, limit);
    }
    if (adjacency) {
      sources.relationRowsAmong = (ids) => adjacency.relationEdgesAmong(this.reader, ids);
      sources.spokeRowsAmong = (ids) => adjacency.spokeAboutEdgesAmong(this.reader, ids);
      sources.strongNeighbors = (ids) => adjacency.strongNeighbors(this.reader, ids);
    }
    return sources;
  }

  /** The reader of the graph views: what the entity index keeps is answered from it. */
  private readonly graphReader: Run = (queryName, params = {}) => {
    const index = this.entityIndex;
    const adjacency = this.adjacencyIndex;
    if (index === null) return this.reader(queryName, params);
    switch (queryName) {
      case 'graph/top-entities':
        return index.topEntities(this.graphReader, params);
      case 'graph/nodes':
        return index.nodes(this.reader, params);
      case 'graph/entity-count':
        return index.entityCount(this.reader, params);
      case 'graph/entity-articles':
        return index.entityArticles(this.reader, params);
      case 'graph/article-entities':
        return index.articleEntities(this.reader, params);
      case 'search/entities':
        return index.searchEntities(this.reader, params);
    }
    if (adjacency === null) return this.reader(queryName, params);
    switch (queryName) {
      case 'graph/relation-edges':
        return adjacency.relationEdges(this.reader, params);
      case 'graph/spoke-about-edges':
        return adjacency.spokeAboutEdges(this.reader, params);
      case 'graph/relation-neighbors':
        return adjacency.relationNeighbors(this.reader, params);
      case 'graph/statement-neighbors':
        return adjacency.statementNeighbors(this.reader, params);
      default:
        return this.reader(queryName, params);
    }
  };

  /**
   * The reader of an entity's details: its relations, statements (by it and about it, and
   * their counts) and articles are chosen and ordered from the indexes (a hub entity has
   * thousands, which the engine would sort), then only the chosen rows are read
   * (entity/relations-by-key, statements/by-id, article/summaries). The answer is the
   * query's whenever the indexes cannot say or a write came in between.
   */
  private readonly detailsReader: Run = async (queryName, params = {}) => {
    const index = this.entityIndex;
    const adjacency = this.adjacencyIndex;
    const generation = this.readGeneration;
    const id = str(params.id);
    const limit = num(params.limit);
    let chosen: Row[] | null = null;
    if (queryName === 'entity/articles' && index) {
      const ids = await index.latestArticles(this.reader, id, limit);
      if (ids) chosen = inOrder(await this.reader('article/summaries', { ids }), ids, (row) => str(row.id));
    } else if (STATEMENT_SIDES.has(queryName) && adjacency && onlyAnchored(params)) {
      const [side, counting] = STATEMENT_SIDES.get(queryName)!;
      const kept = await adjacency.statementsOf(
        this.reader,
        side,
        str(params[side]),
        counting ? 0 : num(params.skip),
        counting ? 0 : limit,
      );
      if (kept && counting) chosen = [{ total: kept.total }];
      else if (kept)
        chosen = inOrder(await this.reader('statements/by-id', { ids: kept.ids }), kept.ids, (row) => str(row.id));
    } else if (queryName === 'entity/relations' && adjacency) {
      const keys = await adjacency.latestRelations(this.reader, id, strList(params.relationTypes), limit);
      if (keys) {
        const relations = inOrder(
          await this.reader('entity/relations-by-key', { keys }),
          keys.map(relationKeyOf),
          (row) =>
            relationKeyOf({
              source: str(row.sourceId),
              target: str(row.targetId),
              type: str(row.type),
              id: str(row.id),
            }),
        );
        if (relations) chosen = await this.withArticles(relations);
      }
    }
    return chosen !== null && this.readGeneration === generation ? chosen : this.reader(queryName, params);
  };

  /**
   * entity/relations' rows from entity/relations-by-key's: each with its article's summary
   * (article/summaries), or nulls where none is stored, as its OPTIONAL MATCH gives them.
   */
  private async withArticles(relations: Row[]): Promise<Row[]> {
    const ids = [...new Set(relations.flatMap((row) => (typeof row.articleId === 'string' ? [row.articleId] : [])))];
    const summaries = new Map(
      ids.length === 0 ? [] : (await this.reader('article/summaries', { ids })).map((row) => [str(row.id), row]),
    );
    return relations.map((row) => {
      const summary = typeof row.articleId === 'string' ? summaries.get(row.articleId) : undefined;
      return {
        ...row,
        articleTitle: summary?.title ?? null,
        articleDate: summary?.date ?? null,
        articleUrl: summary?.url ?? null,
        articleSource: summary?.source ?? null,
        articleSourceName: summary?.sourceName ?? null,
      };
    });
  }

  async warm(): Promise<void> {
    await Promise.all([this.entityIndex?.warm(this.reader), this.adjacencyIndex?.warm(this.reader)]);
    if (this.entityIndex === null) return;
    // The embedded engine's first run of each query an entity's details send takes hundreds of
    // milliseconds on a 10k-article store, then a few: they are run once here, on the most
    // mentioned entity, and their answer is not kept.
    const [top] = await this.graphReader('graph/top-entities', { types: null, limit: 1 });
    if (top) await entity(this.detailsReader, str(top.id));
    // Likewise the first neighbourhoods and searches run JavaScript not yet compiled by V8's
    // optimising tier (three to five times slower): one of each around the most mentioned
    // entity warms it, its answer not kept either.
    if (top) {
      await neighborhood(this.graphReader, str(top.id), WARM_NEIGHBORHOOD, this.graphSources());
      await search(this.graphReader, str(top.name).slice(0, 2), 12);
    }
  }

  async writeExtraction(result: ExtractionResult, options: { batchArticles?: number } = {}): Promise<WriteResult> {
    let written = 0;
    // A batch finding some of its articles stored meanwhile (another writer) writes nothing;
    // the plan is then made again against the store, which now holds them.
    for (;;) {
      const stored = await this.existingArticleIds(result.documents.map((document) => document.id));
      const { batches } = planBatches(result, stored, options.batchArticles ?? DEFAULT_BATCH_ARTICLES);
      try {
        for (const batch of batches) {
          await this.write(
            async (runText) => {
              const run: TxRun = (queryName, params, splice) => runText(loadQuery(queryName, splice), params);
              await writeBatch(batch, run);
            },
            (generation) => {
              this.entityIndex?.apply(batch, generation);
              this.adjacencyIndex?.apply(batch, generation);
            },
          );
          written += batch.articleIds.length;
        }
        return { articlesWritten: written, articlesSkipped: result.documents.length - written };
      } catch (error) {
        if (!(error instanceof ArticlesStoredMeanwhileError)) throw error;
      }
    }
  }

  existingArticleIds(ids: string[]): Promise<Set<string>> {
    return existingArticleIds(this.reader, ids);
  }

  knownEntities(): Promise<KnownEntity[]> {
    return knownEntities(this.reader);
  }

  async reset(): Promise<void> {
    for (;;) {
      const rows = await this.write((runText) => runText(loadQuery('admin/delete-batch'), { limit: RESET_BATCH }));
      if (Number(rows[0]?.deleted ?? 0) === 0) return;
    }
  }

  stats(): Promise<StoreStats> {
    return this.cached('stats', () => stats(this.reader));
  }

  schema(): Promise<SchemaInfo> {
    return this.cached('schema', () => schema(this.reader));
  }

  overview(options: { limit: number; types?: string[] }): Promise<GraphPayload> {
    return this.cached(
      `overview ${JSON.stringify([options.limit, options.types ?? null])}`,
      () => overview(this.graphReader, options, this.graphSources()),
      freezeGraphPayload,
    );
  }

  neighborhood(entityId: string, options: { depth: number; limit: number }): Promise<GraphPayload> {
    return this.cached(
      `neighborhood ${JSON.stringify([entityId, options.depth, options.limit])}`,
      () => neighborhood(this.graphReader, entityId, options, this.graphSources()),
      freezeGraphPayload,
    );
  }

  entity(entityId: string): Promise<EntityDetails | null> {
    return this.cached(`entity ${JSON.stringify(entityId)}`, () => entity(this.detailsReader, entityId));
  }

  statements(filter: StatementFilter): Promise<{ statements: StatementView[]; total: number }> {
    const { speaker, about, article, from, to, limit, offset } = filter;
    return this.cached(`statements ${JSON.stringify([speaker, about, article, from, to, limit, offset])}`, () =>
      statements(this.reader, filter),
    );
  }

  article(articleId: string): Promise<ArticleView | null> {
    return this.cached(`article ${JSON.stringify(articleId)}`, () => article(this.reader, articleId));
  }

  articles(options: { limit: number; offset: number }): Promise<{ articles: ArticleSummary[]; total: number }> {
    return this.cached(`articles ${JSON.stringify([options.limit, options.offset])}`, () =>
      articles(this.reader, options),
    );
  }

  search(text: string, limit: number): Promise<SearchHit[]> {
    return this.cached(`search ${JSON.stringify([text, limit])}`, () => search(this.graphReader, text, limit));
  }
}

/** The anchored statement queries an entity's details send: the side they are anchored on, and whether they count. */
const STATEMENT_SIDES = new Map<string, ['speaker' | 'about', boolean]>([
  ['statements/list-by-speaker', ['speaker', false]],
  ['statements/count-by-speaker', ['speaker', true]],
  ['statements/list-about', ['about', false]],
  ['statements/count-about', ['about', true]],
]);

/** Whether a statement filter names only its anchor (one speaker, or one target). */
function onlyAnchored(params: Params): boolean {
  const anchors = [params.speaker, params.about].filter((value) => value !== null && value !== undefined);
  return (
    anchors.length === 1 &&
    [params.article, params.from, params.toBefore].every((value) => value === null || value === undefined)
  );
}

function relationKeyOf(key: { source: string; target: string; type: string; id: string }): string {
  return JSON.stringify([key.source, key.target, key.type, key.id]);
}
