// The GraphStore interface: one contract, two engines (cypher/engines/grafeo.ts, cypher/engines/neo4j.ts).
// Callers (ingest/, server/) only ever see this interface; engine details stay in the adapters.

import type {
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

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface ReadOnlyOptions {
  /** Most rows returned; more rows set `truncated`. */
  rowCap?: number;
  /** Milliseconds before the query is stopped with a TIMEOUT error. */
  timeoutMs?: number;
  /** Stops the query (e.g. the HTTP client went away). */
  signal?: AbortSignal;
  /** Most bytes of rows (as JSON) answered; more is a RESULT_TOO_LARGE error (default 32 MiB). */
  maxResultBytes?: number;
  /** Most memory the query may take (embedded engine); more is a MEMORY error (default 1 GiB). */
  memoryBytes?: number;
}

export interface WriteResult {
  articlesWritten: number;
  /** Articles already present (same id): nothing written for them. */
  articlesSkipped: number;
}

export interface StatementFilter {
  speaker?: string;
  about?: string;
  article?: string;
  /** Inclusive ISO (partial) dates compared on the article's date. */
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export interface GraphStore {
  readonly kind: 'grafeo' | 'neo4j';
  /** Where it lives: a file path or a bolt URI (never a password). */
  readonly location: string;
  /**
   * Changes whenever the store may have been written; absent or null when the store cannot
   * tell (another process may write to it), and then no answer is kept (cypher/readCache.ts).
   */
  readonly readGeneration?: number | null;
  /** Set once open when the store is open read-only: why (a flag, a folder that is not writable). */
  readonly readOnlyReason?: string | null;

  /** Creates constraints/indexes (idempotent). */
  init(): Promise<void>;
  close(): Promise<void>;
  /** Cheap liveness probe; throws StoreUnavailableError when the store cannot answer. */
  ping(): Promise<void>;
  /**
   * Fills what the store keeps in this process for its reads (the embedded store's indexes),
   * so the first reads do not pay for it; a read arriving meanwhile waits for the same load.
   * Resolves at once for a store that keeps nothing.
   */
  warm(): Promise<void>;

  /**
   * Writes an extraction result, one transaction per batch of articles (a batch never
   * leaves a half-written article). Articles already stored are skipped: writing the
   * same article twice changes nothing.
   */
  writeExtraction(result: ExtractionResult, options?: { batchArticles?: number }): Promise<WriteResult>;
  /** Ids of the given articles that are already stored. */
  existingArticleIds(ids: string[]): Promise<Set<string>>;
  /** Every entity with its aliases, so new articles resolve onto existing nodes. */
  knownEntities(): Promise<KnownEntity[]>;
  /** Deletes everything. */
  reset(): Promise<void>;

  /** Runs one shipped query (cypher/queries/<domain>/<name>.cypher) with parameters. */
  run(queryName: string, params?: Params): Promise<Row[]>;
  /** Runs user-typed Cypher read-only (validated first, rolled back/READ mode, capped). */
  readOnly(query: string, params?: Params, options?: ReadOnlyOptions): Promise<CypherResult>;

  stats(): Promise<StoreStats>;
  schema(): Promise<SchemaInfo>;
  overview(options: { limit: number; types?: string[] }): Promise<GraphPayload>;
  neighborhood(entityId: string, options: { depth: number; limit: number }): Promise<GraphPayload>;
  entity(entityId: string): Promise<EntityDetails | null>;
  statements(filter: StatementFilter): Promise<{ statements: StatementView[]; total: number }>;
  article(articleId: string): Promise<ArticleView | null>;
  articles(options: {
    limit: number;
    offset: number;
  }): Promise<{ articles: import('../contract/api.ts').ArticleSummary[]; total: number }>;
  /** Names and aliases, case- and accent-insensitive. */
  search(text: string, limit: number): Promise<SearchHit[]>;
}

/** The store cannot be reached (server down, file locked by another process …). */
export class StoreUnavailableError extends Error {
  readonly code = 'STORE_DOWN';
  constructor(
    message: string,
    readonly holder?: { pid: number; url?: string },
  ) {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}

/**
 * A write refused or not made, with nothing of it stored: the store is open read-only
 * (READ_ONLY), or its disk is full (NO_SPACE). The message names the path.
 */
export class StoreWriteError extends Error {
  constructor(
    message: string,
    readonly code: 'READ_ONLY' | 'NO_SPACE',
  ) {
    super(message);
    this.name = 'StoreWriteError';
  }
}
