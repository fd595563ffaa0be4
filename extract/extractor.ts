// Extraction backends. A backend turns documents into the extraction contract's result,
// asynchronously (a learned or remote model answers later), and may say it can spread its
// work over worker threads. Backends are registered by name; `newsgraph ingest|extract
// --extractor <name>`, NEWSGRAPH_EXTRACTOR and POST /api/ingest choose one, and an unknown
// name is an error that lists the known ones. The rule extractor is the default entry.

import type { ExtractionResult, KnownEntity, RawDocument } from '../contract/extraction.ts';
import { assembleBatch, ExtractionPool, type ArticleAnalysis } from './engine/workerPool.ts';
import { runPipeline } from './engine/pipeline.ts';

export interface ExtractOptions {
  /** Entities already in the store: mentions that resolve to them reuse their id and name. */
  known?: KnownEntity[];
  /** Aborts the extraction: the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * Rule ids (contract/rules.ts) to run the rule extractor without, to see what one rule does: a disabled typing rule
   * never sets a type (the next rule in TYPE_PRECEDENCE decides); a statement, speaker, act, relation or event rule
   * makes no item whose trace would hold it (a statement after it may then be found by another rule). An unknown id,
   * or one that cannot be disabled (mention detection's, coreference's), is an error that says where the ids are;
   * engine/ruleSwitches.ts has the details. Honoured in process, by `extract` and the rule backend's `extract`; the
   * worker threads of `threads()` take no options and disable nothing. Other backends ignore it.
   */
  disabledRules?: ReadonlySet<string>;
}

/**
 * Worker threads a backend runs its per-article analysis on. `analyze` may run ahead on
 * later chunks; `assemble` turns one chunk's analyses into its result, in chunk order, so a
 * threaded run gives what `extract` gives on the same chunks.
 */
export interface ExtractionThreads {
  analyze(docs: RawDocument[]): Promise<unknown[]>;
  assemble(docs: RawDocument[], analyses: unknown[], known: KnownEntity[]): ExtractionResult;
  close(): Promise<void>;
}

export interface Extractor {
  /** The name `--extractor` takes. */
  readonly name: string;
  /** One line for `--help` and error messages. */
  readonly description: string;
  extract(docs: RawDocument[], options?: ExtractOptions): Promise<ExtractionResult>;
  /** Present when the backend can analyse articles on worker threads. */
  threads?(workers: number): ExtractionThreads;
}

export const DEFAULT_EXTRACTOR = 'rules';

/** Thrown for a name no backend is registered under; its message lists the known ones. */
export class UnknownExtractorError extends Error {
  constructor(
    readonly requested: string,
    readonly known: readonly string[],
  ) {
    super(`unknown extractor "${requested}" (known: ${known.join(', ')})`);
    this.name = 'UnknownExtractorError';
  }
}

/** The rule pipeline, synchronous: for callers that need no backend choice (eval, bench, tests). */
export function extract(docs: RawDocument[], options: ExtractOptions = {}): ExtractionResult {
  options.signal?.throwIfAborted();
  return runPipeline(docs, {
    ...(options.known ? { known: options.known } : {}),
    ...(options.disabledRules ? { disabledRules: options.disabledRules } : {}),
  });
}

export const ruleExtractor: Extractor = {
  name: DEFAULT_EXTRACTOR,
  description: 'rules and lexicons (Italian, English), every decision traced',
  extract(docs: RawDocument[], options: ExtractOptions = {}): Promise<ExtractionResult> {
    try {
      return Promise.resolve(extract(docs, options));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  },
  threads(workers: number): ExtractionThreads {
    const pool = new ExtractionPool(workers);
    return {
      analyze: (docs) => pool.analyze(docs),
      assemble: (docs, analyses, known) => assembleBatch(docs, analyses as ArticleAnalysis[], known),
      close: () => pool.close(),
    };
  },
};

const registry = new Map<string, Extractor>([[ruleExtractor.name, ruleExtractor]]);

/** Adds a backend; a name already taken is an error. */
export function registerExtractor(extractor: Extractor): void {
  if (!/^[a-z][a-z0-9-]*$/.test(extractor.name)) {
    throw new Error(`an extractor name is lowercase letters, digits and dashes: "${extractor.name}"`);
  }
  if (registry.has(extractor.name)) throw new Error(`an extractor named "${extractor.name}" is already registered`);
  registry.set(extractor.name, extractor);
}

/** Removes a backend added with registerExtractor (the rule extractor stays). */
export function unregisterExtractor(name: string): void {
  if (name !== DEFAULT_EXTRACTOR) registry.delete(name);
}

/** Registered backends, by name. */
export function extractors(): Extractor[] {
  return [...registry.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The backend registered as `name` (the rule extractor when none is given). */
export function extractorNamed(name: string | undefined): Extractor {
  const extractor = registry.get(name ?? DEFAULT_EXTRACTOR);
  if (!extractor) throw new UnknownExtractorError(name ?? '', [...registry.keys()].sort());
  return extractor;
}
