// The extractor interface: a rule-based Italian extractor today; another
// implementation (an LLM one, say) can sit behind the same interface.
// Pure and synchronous: the only I/O is loading the lexicons at module load.
import type { ExtractionResult, KnownEntity, RawDocument } from '../contract/extraction.ts';
import { runPipeline } from './pipeline.ts';

export interface ExtractOptions {
  /** Entities already in the store: mentions that resolve to them reuse their id and name. */
  known?: KnownEntity[];
}

export interface Extractor {
  readonly name: string;
  extract(docs: RawDocument[], options?: ExtractOptions): ExtractionResult;
}

export const ruleExtractor: Extractor = {
  name: 'rules-it',
  extract(docs: RawDocument[], options: ExtractOptions = {}): ExtractionResult {
    return runPipeline(docs, options);
  },
};

export function extract(docs: RawDocument[], options: ExtractOptions = {}): ExtractionResult {
  return ruleExtractor.extract(docs, options);
}
