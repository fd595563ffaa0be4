// Scores entity mentions against KIND (token<TAB>BIO-tag, blank line between
// sentences). The tokens are joined with single spaces into pseudo-documents
// of consecutive sentences (the dataset marks no document boundaries); output
// mentions are mapped back to tokens and scored two ways:
// - entity level, conlleval-style: exact span and type over BIO chunks;
// - token level, as the NERMuD (EVALITA 2023) scorer does: B-/I- prefixes
//   dropped, per-label precision/recall/F1 over tokens for PER, LOC, ORG.
// Person mentions are scored only when they are NAMES: after any leading
// lowercase article or preposition ("il", "dell'", "nella") the mention starts
// with an uppercase letter or a digit. KIND tags no role description, so a
// resolved description ("il presidente del Venezuela" as a Person) is left
// out; as the longest span it would otherwise also hide the name inside it.
// Organization and Place mentions are all scored, lowercase ones included:
// KIND does tag lowercase institutions and places ("governo" B-ORG,
// "polizia" B-ORG, "provincia di Bergamo" LOC).
import type { ExtractionResult, RawDocument } from '../../contract/extraction.ts';
import type { EntityType } from '../../contract/graph.ts';

export const KIND_TYPES = ['PER', 'ORG', 'LOC'] as const;
export type KindType = (typeof KIND_TYPES)[number];

const TYPE_OF_ENTITY: Partial<Record<EntityType, KindType>> = { Person: 'PER', Organization: 'ORG', Place: 'LOC' };

export interface KindSentence {
  tokens: string[];
  tags: string[];
}

export interface KindDocument {
  source: string;
  text: string;
  /** Offsets of each token in `text`. */
  starts: number[];
  ends: number[];
  gold: string[];
}

export function parseKind(tsv: string): KindSentence[] {
  const sentences: KindSentence[] = [];
  let current: KindSentence = { tokens: [], tags: [] };
  tsv.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      if (current.tokens.length > 0) sentences.push(current);
      current = { tokens: [], tags: [] };
      return;
    }
    const [token, tag] = line.split('\t');
    if (token === undefined || tag === undefined || token === '')
      throw new Error(`KIND line ${index + 1}: expected token<TAB>tag`);
    current.tokens.push(token);
    current.tags.push(tag.trim());
  });
  if (current.tokens.length > 0) sentences.push(current);
  return sentences;
}

/**
 * Groups consecutive sentences into documents: tokens joined by a space,
 * sentences by a newline.
 */
export function buildKindDocuments(sentences: KindSentence[], perDocument: number, name: string): KindDocument[] {
  const documents: KindDocument[] = [];
  for (let first = 0; first < sentences.length; first += perDocument) {
    const document: KindDocument = {
      source: `${name}#${documents.length + 1}`,
      text: '',
      starts: [],
      ends: [],
      gold: [],
    };
    sentences.slice(first, first + perDocument).forEach((sentence, index) => {
      if (index > 0) document.text += '\n';
      sentence.tokens.forEach((token, position) => {
        if (position > 0) document.text += ' ';
        document.starts.push(document.text.length);
        document.text += token;
        document.ends.push(document.text.length);
      });
      document.gold.push(...sentence.tags);
    });
    documents.push(document);
  }
  return documents;
}

export function toRawDocument(document: KindDocument): RawDocument {
  return {
    source: document.source,
    title: null,
    date: null,
    url: null,
    text: document.text,
    language: 'it',
    errors: [],
  };
}

/**
 * BIO tags for a document from typed character spans. A span counts only if it
 * starts and ends on token boundaries; of overlapping spans the longest (then
 * the earliest) wins.
 */
export function tagsFromSpans(
  document: KindDocument,
  spans: { start: number; end: number; type: KindType }[],
): { tags: string[]; misaligned: number } {
  const tokenStarting = new Map(document.starts.map((start, index) => [start, index]));
  const tokenEnding = new Map(document.ends.map((end, index) => [end, index]));
  const tags = document.gold.map(() => 'O');
  let misaligned = 0;
  const aligned: { first: number; last: number; type: KindType }[] = [];
  const seen = new Set<string>();
  for (const span of spans) {
    const first = tokenStarting.get(span.start);
    const last = tokenEnding.get(span.end);
    if (first === undefined || last === undefined || last < first) {
      misaligned += 1;
      continue;
    }
    const key = `${first}:${last}:${span.type}`;
    if (!seen.has(key)) aligned.push({ first, last, type: span.type });
    seen.add(key);
  }
  aligned.sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  for (const { first, last, type } of aligned) {
    if (tags.slice(first, last + 1).some((tag) => tag !== 'O')) continue;
    for (let index = first; index <= last; index += 1) tags[index] = `${index === first ? 'B' : 'I'}-${type}`;
  }
  return { tags, misaligned };
}

/** Chunks of a BIO sequence, conlleval-style: an I- after O or after another type opens a chunk. */
export function chunksOf(tags: string[]): { first: number; last: number; type: string }[] {
  const chunks: { first: number; last: number; type: string }[] = [];
  let open: { first: number; type: string } | null = null;
  for (let index = 0; index < tags.length; index += 1) {
    const tag = tags[index] ?? 'O';
    const prefix = tag === 'O' ? 'O' : tag.slice(0, 1);
    const type = tag === 'O' ? '' : tag.slice(2);
    const continues = open !== null && prefix === 'I' && type === open.type;
    if (open !== null && !continues) {
      chunks.push({ first: open.first, last: index - 1, type: open.type });
      open = null;
    }
    if (prefix !== 'O' && !continues) open = { first: index, type };
  }
  if (open !== null) chunks.push({ first: open.first, last: tags.length - 1, type: open.type });
  return chunks;
}

export interface PrfScore {
  precision: number;
  recall: number;
  f1: number;
  /** Gold items (entities or tokens) of that type. */
  support: number;
  predicted: number;
  correct: number;
}

function prf(correct: number, predicted: number, support: number): PrfScore {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = support === 0 ? 0 : correct / support;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support, predicted, correct };
}

export interface KindScores {
  entity: Record<KindType | 'overall', PrfScore>;
  token: Record<KindType | 'micro', PrfScore> & { macro: { precision: number; recall: number; f1: number } };
  /** Share of tokens whose full BIO tag is right (conlleval's accuracy). */
  tokenAccuracy: number;
  tokens: number;
}

/** Scores predicted against gold BIO sequences (one pair per document). */
export function scoreTags(gold: string[][], predicted: string[][]): KindScores {
  const entityCounts = Object.fromEntries(
    KIND_TYPES.map((type) => [type, { correct: 0, predicted: 0, support: 0 }]),
  ) as Record<KindType, { correct: number; predicted: number; support: number }>;
  const tokenCounts = Object.fromEntries(
    KIND_TYPES.map((type) => [type, { correct: 0, predicted: 0, support: 0 }]),
  ) as Record<KindType, { correct: number; predicted: number; support: number }>;
  let tokens = 0;
  let exact = 0;
  gold.forEach((goldTags, documentIndex) => {
    const predictedTags = predicted[documentIndex] ?? goldTags.map(() => 'O');
    if (predictedTags.length !== goldTags.length)
      throw new Error(
        `document ${documentIndex}: ${predictedTags.length} predicted tags for ${goldTags.length} tokens`,
      );
    const goldChunks = chunksOf(goldTags);
    const predictedChunks = chunksOf(predictedTags);
    const goldKeys = new Set(goldChunks.map((chunk) => `${chunk.first}:${chunk.last}:${chunk.type}`));
    for (const chunk of goldChunks) if (chunk.type in entityCounts) entityCounts[chunk.type as KindType].support += 1;
    for (const chunk of predictedChunks) {
      if (!(chunk.type in entityCounts)) continue;
      entityCounts[chunk.type as KindType].predicted += 1;
      if (goldKeys.has(`${chunk.first}:${chunk.last}:${chunk.type}`)) entityCounts[chunk.type as KindType].correct += 1;
    }
    goldTags.forEach((goldTag, index) => {
      const predictedTag = predictedTags[index] ?? 'O';
      tokens += 1;
      if (goldTag === predictedTag) exact += 1;
      const goldLabel = goldTag === 'O' ? 'O' : goldTag.slice(2);
      const predictedLabel = predictedTag === 'O' ? 'O' : predictedTag.slice(2);
      if (goldLabel in tokenCounts) tokenCounts[goldLabel as KindType].support += 1;
      if (predictedLabel in tokenCounts) {
        tokenCounts[predictedLabel as KindType].predicted += 1;
        if (predictedLabel === goldLabel) tokenCounts[predictedLabel as KindType].correct += 1;
      }
    });
  });
  const sum = (counts: Record<KindType, { correct: number; predicted: number; support: number }>): PrfScore =>
    prf(
      KIND_TYPES.reduce((total, type) => total + counts[type].correct, 0),
      KIND_TYPES.reduce((total, type) => total + counts[type].predicted, 0),
      KIND_TYPES.reduce((total, type) => total + counts[type].support, 0),
    );
  const entityByType = Object.fromEntries(
    KIND_TYPES.map((type) => [
      type,
      prf(entityCounts[type].correct, entityCounts[type].predicted, entityCounts[type].support),
    ]),
  ) as Record<KindType, PrfScore>;
  const tokenByType = Object.fromEntries(
    KIND_TYPES.map((type) => [
      type,
      prf(tokenCounts[type].correct, tokenCounts[type].predicted, tokenCounts[type].support),
    ]),
  ) as Record<KindType, PrfScore>;
  const mean = (key: 'precision' | 'recall' | 'f1'): number =>
    KIND_TYPES.reduce((total, type) => total + tokenByType[type][key], 0) / KIND_TYPES.length;
  return {
    entity: { ...entityByType, overall: sum(entityCounts) },
    token: {
      ...tokenByType,
      micro: sum(tokenCounts),
      macro: { precision: mean('precision'), recall: mean('recall'), f1: mean('f1') },
    },
    tokenAccuracy: tokens === 0 ? 0 : exact / tokens,
    tokens,
  };
}

export interface KindReport extends KindScores {
  documents: number;
  sentences: number;
  /** Output mentions of a scored type that do not start and end on token boundaries. */
  misaligned: number;
  /** Entity-level errors, when asked for (`--errors`). */
  errors?: KindError[];
}

/**
 * One entity-level error. `mistyped`: same span, other type; `boundary`: an
 * overlapping chunk of another span (whatever its type); `missed`: a gold
 * chunk nothing overlaps; `spurious`: an output chunk nothing overlaps.
 * A boundary or mistyped pair is listed once, under its gold chunk.
 */
export interface KindError {
  kind: 'missed' | 'spurious' | 'mistyped' | 'boundary';
  source: string;
  gold: { text: string; type: string } | null;
  predicted: { text: string; type: string } | null;
  /** The tokens around the error, the chunks in [brackets]. */
  context: string;
}

const CONTEXT_TOKENS = 6;

/** Lists the entity-level errors of one document, for error analysis. */
export function kindErrors(document: KindDocument, predicted: string[]): KindError[] {
  const tokenText = (first: number, last: number): string =>
    document.text.slice(document.starts[first], document.ends[last]);
  const context = (spans: { first: number; last: number }[]): string => {
    const from = Math.max(0, Math.min(...spans.map((span) => span.first)) - CONTEXT_TOKENS);
    const to = Math.min(document.starts.length - 1, Math.max(...spans.map((span) => span.last)) + CONTEXT_TOKENS);
    const words: string[] = [];
    for (let index = from; index <= to; index += 1) {
      const opening = spans.filter((span) => span.first === index).length;
      const closing = spans.filter((span) => span.last === index).length;
      words.push(`${'['.repeat(opening)}${tokenText(index, index)}${']'.repeat(closing)}`);
    }
    return words.join(' ');
  };
  const goldChunks = chunksOf(document.gold).filter((chunk) => (KIND_TYPES as readonly string[]).includes(chunk.type));
  const predictedChunks = chunksOf(predicted).filter((chunk) => (KIND_TYPES as readonly string[]).includes(chunk.type));
  const overlaps = (a: { first: number; last: number }, b: { first: number; last: number }): boolean =>
    a.first <= b.last && b.first <= a.last;
  const same = (a: { first: number; last: number }, b: { first: number; last: number }): boolean =>
    a.first === b.first && a.last === b.last;
  const errors: KindError[] = [];
  const described = (chunk: { first: number; last: number; type: string }) => ({
    text: tokenText(chunk.first, chunk.last),
    type: chunk.type,
  });
  for (const gold of goldChunks) {
    if (predictedChunks.some((chunk) => same(chunk, gold) && chunk.type === gold.type)) continue;
    const retyped = predictedChunks.find((chunk) => same(chunk, gold));
    const overlapping = predictedChunks.find((chunk) => overlaps(chunk, gold));
    const other = retyped ?? overlapping;
    errors.push({
      kind: retyped !== undefined ? 'mistyped' : overlapping !== undefined ? 'boundary' : 'missed',
      source: document.source,
      gold: described(gold),
      predicted: other === undefined ? null : described(other),
      context: context(other === undefined ? [gold] : [gold, other]),
    });
  }
  for (const chunk of predictedChunks) {
    if (goldChunks.some((gold) => overlaps(gold, chunk))) continue;
    errors.push({
      kind: 'spurious',
      source: document.source,
      gold: null,
      predicted: described(chunk),
      context: context([chunk]),
    });
  }
  return errors;
}

const LEADING_FUNCTION_WORDS =
  /^(?:(?:il|lo|la|i|gli|le|l['’]|un|uno|una|un['’]|di|del|dello|della|dei|degli|delle|dell['’]|d['’]|a|al|allo|alla|ai|agli|alle|all['’]|da|dal|dallo|dalla|dai|dagli|dalle|dall['’]|in|nel|nello|nella|nei|negli|nelle|nell['’]|su|sul|sullo|sulla|sui|sugli|sulle|sull['’]|con|col|per|tra|fra)(?:\s+|(?<=['’])))+/;

/** A name, not a description: its first word after any leading article or preposition starts with an uppercase letter or a digit. */
export function isNameMention(text: string): boolean {
  const rest = text.replace(LEADING_FUNCTION_WORDS, '');
  return /^[\p{Lu}\p{N}]/u.test(rest);
}

/** Maps an extraction result over KIND documents to BIO tags and scores it. */
export function scoreKind(
  documents: KindDocument[],
  sentences: number,
  result: ExtractionResult,
  options: { errors?: boolean } = {},
): KindReport {
  const idBySource = new Map(result.documents.map((document) => [document.source, document.id]));
  const idByText = new Map(result.documents.map((document) => [document.text, document.id]));
  const spansById = new Map<string, { start: number; end: number; type: KindType }[]>();
  for (const entity of result.entities) {
    for (const mention of entity.mentions) {
      // KIND types each mention in its context: a country acting is an organization there.
      const type = TYPE_OF_ENTITY[mention.reading?.type ?? entity.type];
      if (type === undefined) continue;
      spansById.set(mention.document, [
        ...(spansById.get(mention.document) ?? []),
        { start: mention.start, end: mention.end, type },
      ]);
    }
  }
  let misaligned = 0;
  const predicted = documents.map((document) => {
    const id = idBySource.get(document.source) ?? idByText.get(document.text);
    const spans = (id === undefined ? [] : (spansById.get(id) ?? [])).filter(
      (span) => span.type !== 'PER' || isNameMention(document.text.slice(span.start, span.end)),
    );
    const mapped = tagsFromSpans(document, spans);
    misaligned += mapped.misaligned;
    return mapped.tags;
  });
  const report: KindReport = {
    ...scoreTags(
      documents.map((document) => document.gold),
      predicted,
    ),
    documents: documents.length,
    sentences,
    misaligned,
  };
  if (options.errors === true)
    report.errors = documents.flatMap((document, index) => kindErrors(document, predicted[index] ?? []));
  return report;
}
