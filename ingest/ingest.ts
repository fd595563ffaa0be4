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
// Large runs analyze articles on worker threads (when the backend offers them, as the rule
// extractor does) while this thread, the single writer, assembles and writes the chunks in
// order: the results are the same as extracting each chunk here.

import type { IngestSummary } from '../contract/api.ts';
import type { ExtractionResult, KnownEntity, RawDocument } from '../contract/extraction.ts';
import type { GraphStore } from '../cypher/store.ts';
import { ruleExtractor, type ExtractionThreads, type Extractor } from '../extract/extractor.ts';
import { articleId } from '../extract/resolve/ids.ts';
import { defaultWorkers } from '../extract/engine/workerPool.ts';

export interface IngestProgress {
  /** Articles handled so far (written or skipped). */
  done: number;
  total: number;
  written: number;
  skipped: number;
}

export interface IngestOptions {
  /** The extraction backend (the rule extractor by default). */
  extractor?: Extractor;
  /** Stops the ingest before its next chunk (chunks written stay written). */
  signal?: AbortSignal;
  /** Articles extracted and written together (one transaction per chunk). */
  chunkSize?: number;
  onProgress?: (progress: IngestProgress) => void;
  /**
   * Extraction worker threads (backends that offer them). Default: one per core when there are
   * at least PARALLEL_MIN_ARTICLES new articles, else none; 0 or 1 extracts in this thread.
   */
  workers?: number;
  /**
   * Never extract on this thread, however few the articles (backends with threads): a server's
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
async function extractGood(
  extractor: Extractor,
  chunk: RawDocument[],
  known: KnownEntity[],
  errors: IngestSummary['errors'],
  signal: AbortSignal | undefined,
): Promise<ExtractionResult> {
  const good: RawDocument[] = [];
  for (const doc of chunk) {
    signal?.throwIfAborted();
    try {
      await extractor.extract([doc], { known, ...(signal ? { signal } : {}) });
      good.push(doc);
    } catch (error) {
      errors.push({
        source: doc.source,
        reason: `extraction failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  return extractor.extract(good, { known, ...(signal ? { signal } : {}) });
}

/** extractGood with the analyses made on the backend's threads. */
async function assembleGood(
  threads: ExtractionThreads,
  chunk: RawDocument[],
  known: KnownEntity[],
  errors: IngestSummary['errors'],
): Promise<ExtractionResult> {
  const good: RawDocument[] = [];
  const analyses: unknown[] = [];
  for (const doc of chunk) {
    try {
      const [analysis] = await threads.analyze([doc]);
      threads.assemble([doc], [analysis], known);
      good.push(doc);
      analyses.push(analysis);
    } catch (error) {
      errors.push({
        source: doc.source,
        reason: `extraction failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  return threads.assemble(good, analyses, known);
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

  const threaded = extractor.threads !== undefined;
  const offThread = options.offThread === true && threaded;
  const workers = offThread
    ? Math.max(1, Math.min(options.workers ?? defaultWorkers(), pending.length))
    : (options.workers ?? (pending.length >= PARALLEL_MIN_ARTICLES ? defaultWorkers() : 0));
  const pool = threaded && (workers > 1 || offThread) && chunks.length > 0 ? extractor.threads!(workers) : null;
  const analyses: (Promise<unknown[]> | undefined)[] = [];
  const schedule = (index: number): void => {
    if (!pool || index >= chunks.length || analyses[index]) return;
    const analysis = pool.analyze(chunks[index] as RawDocument[]);
    analysis.catch(() => undefined); // awaited in turn; a failure surfaces there
    analyses[index] = analysis;
  };

  try {
    for (let index = 0; index < chunks.length; index += 1) {
      options.signal?.throwIfAborted();
      for (let ahead = index; ahead <= index + LOOKAHEAD_CHUNKS; ahead += 1) schedule(ahead);
      const chunk = chunks[index] as RawDocument[];
      const known: KnownEntity[] = await store.knownEntities();
      options.onChunk?.({ chunk: index, phase: 'extracting' });
      let result: ExtractionResult;
      try {
        result = pool
          ? pool.assemble(chunk, await (analyses[index] as Promise<unknown[]>), known)
          : await extractor.extract(chunk, { known, ...(options.signal ? { signal: options.signal } : {}) });
      } catch (error) {
        if (options.signal?.aborted) throw error;
        result = pool
          ? await assembleGood(pool, chunk, known, summary.errors)
          : await extractGood(extractor, chunk, known, summary.errors, options.signal);
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
