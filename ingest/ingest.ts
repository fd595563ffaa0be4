// Ingestion: already-read documents → extraction → store, in chunks.
// Articles already stored are skipped before extraction (re-ingesting is a no-op),
// and every chunk resolves its entities against what the store knows once the chunks
// before it are written, so a new article about "Putin" lands on the existing
// `Vladimir Putin` node.
//
// Crash safety: each chunk is written in one transaction and resolved against the store
// alone (no state kept between chunks), so a run killed part-way and started again
// continues from the first chunk not written, with the same chunk boundaries, and ends
// with the graph an uninterrupted run gives.
//
// Large runs analyze articles on worker threads (parallel.ts) while this thread, the
// single writer, assembles and writes the chunks in order: the results are the same as
// extracting each chunk here.

import type { IngestSummary } from '../contract/api.ts';
import type { ExtractionResult, KnownEntity, RawDocument } from '../contract/extraction.ts';
import type { GraphStore } from '../cypher/store.ts';
import { ruleExtractor, type Extractor } from './extractor.ts';
import { articleId } from './ids.ts';
import { assembleBatch, defaultWorkers, ExtractionPool, type ArticleAnalysis } from './parallel.ts';

export interface IngestProgress {
  /** Articles handled so far (written or skipped). */
  done: number;
  total: number;
  written: number;
  skipped: number;
}

export interface IngestOptions {
  extractor?: Extractor;
  /** Articles extracted and written together (one transaction per chunk). */
  chunkSize?: number;
  onProgress?: (progress: IngestProgress) => void;
  /**
   * Extraction worker threads (rule extractor only). Default: one per core when there are
   * at least PARALLEL_MIN_ARTICLES new articles, else none; 0 or 1 extracts in this thread.
   */
  workers?: number;
  /**
   * Never extract on this thread, however few the articles (rule extractor): a server's
   * thread must stay free to answer other requests. Workers: `workers`, else one per
   * core, at most one per article.
   */
  offThread?: boolean;
  /** Called as each chunk's extraction starts and ends. */
  onChunk?: (event: { chunk: number; phase: 'extracting' | 'extracted' }) => void;
}

const DEFAULT_CHUNK = 200;
/** Below this many new articles, starting workers costs more than it saves. */
export const PARALLEL_MIN_ARTICLES = 100;
/** Chunks analyzed ahead of the one being written. */
const LOOKAHEAD_CHUNKS = 2;

/**
 * A chunk whose extraction failed, without the articles that fail alone: each one is
 * tried by itself, those that throw become errors naming their source, and the others
 * are extracted together as the chunk would have been.
 */
function extractGood(
  extractor: Extractor,
  chunk: RawDocument[],
  known: KnownEntity[],
  errors: IngestSummary['errors'],
): ExtractionResult {
  const good: RawDocument[] = [];
  for (const doc of chunk) {
    try {
      extractor.extract([doc], { known });
      good.push(doc);
    } catch (error) {
      errors.push({
        source: doc.source,
        reason: `extraction failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  return extractor.extract(good, { known });
}

/** extractGood with the analyses made on the pool's workers. */
async function assembleGood(
  pool: ExtractionPool,
  chunk: RawDocument[],
  known: KnownEntity[],
  errors: IngestSummary['errors'],
): Promise<ExtractionResult> {
  const good: RawDocument[] = [];
  const analyses: ArticleAnalysis[] = [];
  for (const doc of chunk) {
    try {
      const [analysis] = await pool.analyze([doc]);
      assembleBatch([doc], [analysis as ArticleAnalysis], known);
      good.push(doc);
      analyses.push(analysis as ArticleAnalysis);
    } catch (error) {
      errors.push({
        source: doc.source,
        reason: `extraction failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  return assembleBatch(good, analyses, known);
}

export async function ingestDocuments(
  store: GraphStore,
  docs: RawDocument[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const extractor = options.extractor ?? ruleExtractor;
  const chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK);
  const summary: IngestSummary = { articles: 0, skipped: 0, entities: 0, statements: 0, relations: 0, errors: [] };

  // The same text given twice in one call is one article.
  const byId = new Map<string, RawDocument>();
  for (const doc of docs) {
    const id = articleId(doc);
    if (byId.has(id)) summary.skipped += 1;
    else byId.set(id, doc);
  }
  const stored = await store.existingArticleIds([...byId.keys()]);
  summary.skipped += stored.size;
  const pending = [...byId.entries()].filter(([id]) => !stored.has(id)).map(([, doc]) => doc);
  const chunks: RawDocument[][] = [];
  for (let i = 0; i < pending.length; i += chunkSize) chunks.push(pending.slice(i, i + chunkSize));

  const entityIds = new Set<string>();
  const total = docs.length;
  let done = docs.length - pending.length;
  options.onProgress?.({ done, total, written: 0, skipped: summary.skipped });

  const offThread = options.offThread === true && extractor === ruleExtractor;
  const workers = offThread
    ? Math.max(1, Math.min(options.workers ?? defaultWorkers(), pending.length))
    : (options.workers ?? (pending.length >= PARALLEL_MIN_ARTICLES ? defaultWorkers() : 0));
  const pool =
    extractor === ruleExtractor && (workers > 1 || offThread) && chunks.length > 0 ? new ExtractionPool(workers) : null;
  const analyses: (Promise<ArticleAnalysis[]> | undefined)[] = [];
  const schedule = (index: number): void => {
    if (!pool || index >= chunks.length || analyses[index]) return;
    const analysis = pool.analyze(chunks[index] as RawDocument[]);
    analysis.catch(() => undefined); // awaited in turn; a failure surfaces there
    analyses[index] = analysis;
  };

  try {
    for (let index = 0; index < chunks.length; index += 1) {
      for (let ahead = index; ahead <= index + LOOKAHEAD_CHUNKS; ahead += 1) schedule(ahead);
      const chunk = chunks[index] as RawDocument[];
      const known: KnownEntity[] = await store.knownEntities();
      options.onChunk?.({ chunk: index, phase: 'extracting' });
      let result: ExtractionResult;
      try {
        result = pool
          ? assembleBatch(chunk, await (analyses[index] as Promise<ArticleAnalysis[]>), known)
          : extractor.extract(chunk, { known });
      } catch {
        result = pool
          ? await assembleGood(pool, chunk, known, summary.errors)
          : extractGood(extractor, chunk, known, summary.errors);
      }
      analyses[index] = undefined;
      options.onChunk?.({ chunk: index, phase: 'extracted' });
      const written = await store.writeExtraction(result, { batchArticles: chunk.length });
      summary.articles += written.articlesWritten;
      summary.skipped += written.articlesSkipped;
      summary.statements += result.statements.length;
      summary.relations += result.relations.length;
      for (const entity of result.entities) entityIds.add(entity.id);
      done += chunk.length;
      options.onProgress?.({ done, total, written: summary.articles, skipped: summary.skipped });
    }
  } finally {
    await pool?.close();
  }
  summary.entities = entityIds.size;
  return summary;
}
