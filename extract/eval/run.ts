// Runs an extractor over the evaluation sets and scores it. The extractor is a
// parameter so the run can be tested with a hand-written one; so is the reader of the
// document files, because extract/ does not import ingest/: the caller passes its readers.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExtractionResult, RawDocument } from '../../contract/extraction.ts';
import { parseAttributionGold, scoreAttribution, type AttributionReport } from './attribution.ts';
import { scoreNodes, type NodeReport } from './nodes.ts';
import { buildKindDocuments, parseKind, scoreKind, toRawDocument, type KindReport } from './kind.ts';
import { scorePos, type PosReport } from './pos.ts';
import { parseSeedsGold, scoreSeeds, type SeedsReport } from './seeds.ts';

export type ExtractFn = (documents: RawDocument[]) => ExtractionResult | Promise<ExtractionResult>;

/** A file that could not be read, and why. */
export interface ReadError {
  source: string;
  reason: string;
}

/** Reads files and folders (a folder's files in sorted order) into documents: ingest's readInputs. */
export type ReadDocuments = (paths: string[]) => Promise<{ documents: RawDocument[]; errors: ReadError[] }>;

/** Sentences per KIND pseudo-document: about the length of a news article. */
export const KIND_SENTENCES_PER_DOCUMENT = 30;

export interface EvalOptions {
  gold?: { file: string; docs: string };
  kind?: { file: string; sentencesPerDocument?: number; errors?: boolean };
  /** A who-said-what set: gold/<doc>.json beside docs/<doc>.txt. */
  attribution?: { dir: string };
  /** UD treebanks (CoNLL-U) to score the part-of-speech tagger of `language` on. */
  pos?: { dir: string; language: string };
}

export interface EvalReport {
  seeds?: SeedsReport & { gold: string; docs: string; documents: number; readErrors: ReadError[]; extractMs: number };
  kind?: KindReport & { file: string; extractMs: number };
  attribution?: AttributionReport & { dir: string; readErrors: ReadError[]; extractMs: number; words: number };
  /** The node-level check on the who-said-what set's entities (run with it). */
  nodes?: NodeReport;
  pos?: PosReport;
}

export async function runEval(
  options: EvalOptions,
  extract: ExtractFn,
  readInputs: ReadDocuments,
): Promise<EvalReport> {
  const report: EvalReport = {};
  if (options.gold !== undefined) {
    const gold = parseSeedsGold(JSON.parse(await readFile(options.gold.file, 'utf8')) as unknown);
    const { documents, errors } = await readInputs([options.gold.docs]);
    const started = performance.now();
    const result = await extract(documents);
    const extractMs = Math.round(performance.now() - started);
    report.seeds = {
      gold: options.gold.file,
      docs: options.gold.docs,
      documents: documents.length,
      readErrors: errors,
      extractMs,
      ...scoreSeeds(gold, result),
    };
  }
  if (options.kind !== undefined) {
    const sentences = parseKind(await readFile(options.kind.file, 'utf8'));
    const documents = buildKindDocuments(
      sentences,
      options.kind.sentencesPerDocument ?? KIND_SENTENCES_PER_DOCUMENT,
      path.basename(options.kind.file),
    );
    const started = performance.now();
    const result = await extract(documents.map(toRawDocument));
    const extractMs = Math.round(performance.now() - started);
    report.kind = {
      file: options.kind.file,
      extractMs,
      ...scoreKind(documents, sentences.length, result, { errors: options.kind.errors === true }),
    };
  }
  if (options.attribution !== undefined) {
    const dir = options.attribution.dir;
    const goldFiles = (await readdir(path.join(dir, 'gold'))).filter((f) => f.endsWith('.json')).sort();
    const golds = [];
    for (const file of goldFiles)
      golds.push(
        parseAttributionGold(JSON.parse(await readFile(path.join(dir, 'gold', file), 'utf8')) as unknown, file),
      );
    const { documents, errors } = await readInputs(golds.map((g) => path.join(dir, 'docs', `${g.doc}.txt`)));
    const texts = new Map<string, string>();
    for (const g of golds) texts.set(g.doc, await readFile(path.join(dir, 'docs', `${g.doc}.txt`), 'utf8'));
    const started = performance.now();
    const result = await extract(documents);
    const extractMs = Math.round(performance.now() - started);
    let words = 0;
    for (const text of texts.values()) words += text.split(/\s+/).filter(Boolean).length;
    report.attribution = { dir, readErrors: errors, extractMs, words, ...scoreAttribution(golds, texts, result) };
    report.nodes = scoreNodes(golds, result);
  }
  if (options.pos !== undefined) {
    const pos = await scorePos(options.pos.dir, options.pos.language);
    if (pos !== null) report.pos = pos;
  }
  return report;
}
