// Rows of the shipped queries as the API's views: every field read through one of the
// converters here (a missing or null field becomes '', null, 0 or [] as the view wants),
// so both engines' rows decode the same.

import type { ArticleSummary, GraphEdgeView, GraphNodeView, RelationView, StatementView } from '../../contract/api.ts';
import {
  ENTITY_TYPES,
  SPEECH_ACTS,
  type EntityType,
  type RelationType,
  type SpeechAct,
  type StatementKind,
} from '../../contract/graph.ts';
import type { Params, Row } from '../store.ts';
import { publicSource } from '../../contract/outlet.ts';

/** Runs one shipped query and answers its rows: what every read is written over. */
export type Run = (queryName: string, params?: Params) => Promise<Row[]>;

export function str(value: unknown): string {
  return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
}
export function strOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : str(value);
}
export function num(value: unknown): number {
  return typeof value === 'number' ? value : typeof value === 'string' && value !== '' ? Number(value) : 0;
}
export function strList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(str) : [];
}
export function numList(value: unknown): number[] {
  return Array.isArray(value) ? value.map(num) : [];
}
export function entityType(value: unknown): EntityType {
  const type = str(value);
  return (ENTITY_TYPES as readonly string[]).includes(type) ? (type as EntityType) : 'Other';
}
/** A stored speech act, or null for a statement written before acts were read (or a value this build does not know). */
function speechActOf(value: unknown): SpeechAct | null {
  return SPEECH_ACTS.find((act) => act === value) ?? null;
}
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Strings in code point order, as the embedded engine's ORDER BY sorts them (UTF-8 bytes);
 * compareText's UTF-16 order differs where a character beyond U+FFFF meets one from U+E000 up.
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const x = a.charCodeAt(index);
    const y = b.charCodeAt(index);
    if (x !== y) return codePointKey(x) - codePointKey(y);
  }
  return a.length - b.length;
}

/** A UTF-16 unit's place in code point order: surrogates after the rest of the BMP. */
function codePointKey(unit: number): number {
  return unit >= 0xe000 ? unit - 0x800 : unit >= 0xd800 ? unit + 0x2000 : unit;
}

export function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, Math.trunc(Number.isFinite(value) ? value : low)));
}

export function nodeView(row: Row): GraphNodeView {
  return {
    id: str(row.id),
    name: str(row.name),
    type: entityType(row.type),
    aliases: strList(row.aliases),
    mentions: num(row.mentions),
    articles: num(row.articles),
    statementsBy: num(row.statementsBy),
    statementsAbout: num(row.statementsAbout),
  };
}

export function articleSummary(row: Row, prefix = ''): ArticleSummary {
  const field = (name: string): unknown => row[prefix ? `${prefix}${name[0]?.toUpperCase()}${name.slice(1)}` : name];
  return {
    id: str(prefix ? (row[`${prefix}Id`] ?? row.articleId) : row.id),
    title: strOrNull(field('title')),
    date: strOrNull(field('date')),
    url: strOrNull(field('url')),
    // The page and the API never show a machine's folders.
    source: publicSource(str(field('source'))),
    sourceName: strOrNull(field('sourceName'))?.trim() || null,
  };
}

/** A statement row (statements/list, scope/statements-by-id …) as the API's StatementView. */
export function statementView(row: Row): StatementView {
  const about = Array.isArray(row.about) ? (row.about as unknown[]) : [];
  return {
    id: str(row.id),
    articleId: str(row.articleId),
    article: { ...articleSummary(row, 'article'), id: str(row.articleId) },
    speaker: row.speakerId
      ? { id: str(row.speakerId), name: str(row.speakerName), type: entityType(row.speakerType) }
      : null,
    speakerText: strOrNull(row.speakerText),
    quote: str(row.quote),
    kind: str(row.kind) as StatementKind,
    act: speechActOf(row.act),
    cue: strOrNull(row.cue),
    about: about
      .filter((target): target is Row => typeof target === 'object' && target !== null)
      .map((target) => ({ id: str(target.id), name: str(target.name), type: entityType(target.type) }))
      // collect() keeps whatever order the engine matched in: by id, both engines agree.
      .sort((a, b) => compareText(a.id, b.id)),
    sentence: str(row.sentence),
    start: num(row.start),
    end: num(row.end),
    sentenceStart: num(row.sentenceStart),
    sentenceEnd: num(row.sentenceEnd),
    date: strOrNull(row.date),
    confidence: num(row.confidence),
    // Stores written before statements kept their rules have no trace.
    trace: strList(row.trace),
  };
}

export function edgeView(kind: GraphEdgeView['kind'], type: string, row: Row): GraphEdgeView {
  return graphEdge(kind, type, {
    source: str(row.source),
    target: str(row.target),
    weight: num(row.weight),
    evidenceIds: strList(row.evidenceIds),
    firstDate: strOrNull(row.firstDate),
    lastDate: strOrNull(row.lastDate),
  });
}

/**
 * An edge from fields already decoded (the graph views count and sort their own): edgeView's
 * object without reading a row, nor copying the evidence list it is handed (a co-mention
 * view has thousands of ids).
 */
export function graphEdge(
  kind: GraphEdgeView['kind'],
  type: string,
  fields: Pick<GraphEdgeView, 'source' | 'target' | 'weight' | 'evidenceIds' | 'firstDate' | 'lastDate'>,
): GraphEdgeView {
  return {
    id: `${kind}:${type}:${fields.source}->${fields.target}`,
    source: fields.source,
    target: fields.target,
    kind,
    type,
    weight: fields.weight,
    evidenceIds: fields.evidenceIds,
    firstDate: fields.firstDate,
    lastDate: fields.lastDate,
  };
}

export function relationView(row: Row): RelationView {
  return {
    id: str(row.id),
    type: str(row.type) as RelationType,
    source: { id: str(row.sourceId), name: str(row.sourceName), type: entityType(row.sourceType) },
    target: { id: str(row.targetId), name: str(row.targetName), type: entityType(row.targetType) },
    role: strOrNull(row.role),
    articleId: str(row.articleId),
    article: { ...articleSummary(row, 'article'), id: str(row.articleId) },
    evidence: str(row.evidence),
    start: num(row.start),
    end: num(row.end),
    date: strOrNull(row.date),
    trace: strList(row.trace),
  };
}

/** `rows` in the order of `keys`, one each; null when one is missing or repeated. */
export function inOrder(rows: Row[], keys: string[], keyOf: (row: Row) => string): Row[] | null {
  const byKey = new Map<string, Row>();
  for (const row of rows) {
    const key = keyOf(row);
    if (byKey.has(key)) return null;
    byKey.set(key, row);
  }
  if (byKey.size !== keys.length) return null;
  const ordered: Row[] = [];
  for (const key of keys) {
    const row = byKey.get(key);
    if (!row) return null;
    ordered.push(row);
  }
  return ordered;
}
