// JSON schemas of every request the API accepts (querystring, params, body), each with
// its TypeScript type derived from it (FromSchema), so a route's request type is written
// once. Fastify validates them before a handler runs; anything outside them is a 400
// naming the field. Defaults are filled in before the handler: a property with a default
// is always present.

import { EXPORT_FORMATS } from '../contract/exportFormats.ts';
import { ENTITY_TYPES } from '../contract/graph.ts';
import { ISO_DATE_PATTERN } from '../contract/statementTable.ts';
import {
  MAX_EXPORT_EDGES,
  MAX_EXPORT_IDS,
  MAX_GRAPH_NODES,
  MAX_QUERY_CHARS,
  MAX_STATEMENTS_PAGE,
} from '../contract/limits.ts';

/** The value a schema admits, after defaults: the subset of JSON Schema used below. */
export type FromSchema<S> = S extends { readonly enum: readonly (infer E)[] }
  ? E
  : S extends { readonly type: 'string' }
    ? string
    : S extends { readonly type: 'integer' | 'number' }
      ? number
      : S extends { readonly type: 'boolean' }
        ? boolean
        : S extends { readonly type: readonly ['string', 'null'] }
          ? string | null
          : S extends { readonly type: 'array'; readonly items: infer I }
            ? FromSchema<I>[]
            : S extends { readonly type: 'object'; readonly properties: infer P }
              ? ObjectFromSchema<S, P>
              : S extends { readonly type: 'object' }
                ? Record<string, unknown>
                : unknown;

/** Properties always present: required, or filled in by a default. */
type PresentKeys<S, P> =
  | (S extends { readonly required: readonly (infer R)[] } ? R : never)
  | { [K in keyof P]: P[K] extends { readonly default: unknown } ? K : never }[keyof P];

type ObjectFromSchema<S, P> = Flatten<
  { -readonly [K in keyof P as K extends PresentKeys<S, P> ? K : never]: FromSchema<P[K]> } & {
    -readonly [K in keyof P as K extends PresentKeys<S, P> ? never : K]?: FromSchema<P[K]>;
  }
>;

type Flatten<T> = { [K in keyof T]: T[K] };

export const DEFAULT_GRAPH_LIMIT = 300;
export const MAX_DEPTH = 3;
export const MAX_PAGE = 1000;
export const DEFAULT_PAGE = 50;
export const MAX_SEARCH = 100;
export const DEFAULT_SEARCH = 20;
export { MAX_QUERY_CHARS };
export const MAX_DOCUMENT_CHARS = 5 * 1024 * 1024;
export const MAX_DOCUMENTS = 10_000;

const typeName = `(?:${ENTITY_TYPES.join('|')})`;
/** Comma-separated entity types: `Person,Organization`. */
const TYPES_PATTERN = `^${typeName}(?:,${typeName})*$`;
/** ISO date, partial allowed: YYYY, YYYY-MM, YYYY-MM-DD. */
const DATE_PATTERN = ISO_DATE_PATTERN;

const id = { type: 'string', minLength: 1, maxLength: 512 } as const;
const graphLimit = { type: 'integer', minimum: 1, maximum: MAX_GRAPH_NODES, default: DEFAULT_GRAPH_LIMIT } as const;
const depth = { type: 'integer', minimum: 1, maximum: MAX_DEPTH, default: 1 } as const;
const pageLimit = { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: DEFAULT_PAGE } as const;
/** A page of statements: the store returns at most MAX_STATEMENTS_PAGE, so no more may be asked for. */
const statementsLimit = { type: 'integer', minimum: 1, maximum: MAX_STATEMENTS_PAGE, default: DEFAULT_PAGE } as const;
const offset = { type: 'integer', minimum: 0, maximum: 10_000_000, default: 0 } as const;
const types = { type: 'string', pattern: TYPES_PATTERN, maxLength: 200 } as const;
const date = { type: 'string', pattern: DATE_PATTERN } as const;
const cypherParams = { type: 'object', maxProperties: 200 } as const;
const rowCap = (max: number) => ({ type: 'integer', minimum: 1, maximum: max }) as const;

export const idParams = { type: 'object', required: ['id'], properties: { id }, additionalProperties: false } as const;
export type IdParams = FromSchema<typeof idParams>;

export const healthQuery = {
  type: 'object',
  properties: { stats: { type: 'boolean', default: false } },
} as const;
export type HealthQuery = FromSchema<typeof healthQuery>;

export const overviewQuery = {
  type: 'object',
  properties: { limit: graphLimit, types },
} as const;
export type OverviewQuery = FromSchema<typeof overviewQuery>;

export const neighborhoodQuery = {
  type: 'object',
  properties: { depth, limit: graphLimit },
} as const;
export type NeighborhoodQuery = FromSchema<typeof neighborhoodQuery>;

export const statementsQuery = {
  type: 'object',
  properties: { speaker: id, about: id, article: id, from: date, to: date, limit: statementsLimit, offset },
} as const;
export type StatementsQuery = FromSchema<typeof statementsQuery>;

/** An outlet: a host name as the explorer lists them, or '-' for articles without one. */
/** An outlet key (contract/outlet.ts): a domain, or a declared source name, which may hold spaces. */
const outlet = { type: 'string', minLength: 1, maxLength: 255, pattern: '^[^\\r\\n]+$' } as const;

export const scopeQuery = {
  type: 'object',
  properties: { outlet, from: date, to: date },
} as const;
export type ScopeQuery = FromSchema<typeof scopeQuery>;

/** The statements timeline under the view's filters: outlet, publication dates, one article. */
export const timelineQuery = {
  type: 'object',
  properties: { outlet, pubFrom: date, pubTo: date, article: id },
} as const;
export type TimelineQuery = FromSchema<typeof timelineQuery>;

export function statementsByIdBody(maxIds: number) {
  return {
    type: 'object',
    required: ['ids'],
    additionalProperties: false,
    properties: { ids: { type: 'array', minItems: 1, maxItems: maxIds, items: id } },
  } as const;
}
export type StatementsByIdBody = FromSchema<ReturnType<typeof statementsByIdBody>>;

export const articlesQuery = {
  type: 'object',
  properties: { limit: pageLimit, offset },
} as const;
export type ArticlesQuery = FromSchema<typeof articlesQuery>;

export const searchQuery = {
  type: 'object',
  required: ['q'],
  properties: {
    q: { type: 'string', minLength: 1, maxLength: 200, pattern: '\\S' },
    limit: { type: 'integer', minimum: 1, maximum: MAX_SEARCH, default: DEFAULT_SEARCH },
  },
} as const;
export type SearchQuery = FromSchema<typeof searchQuery>;

export function cypherBody(maxRowCap: number) {
  return {
    type: 'object',
    required: ['query'],
    additionalProperties: false,
    properties: {
      query: { type: 'string', minLength: 1, maxLength: MAX_QUERY_CHARS, pattern: '\\S' },
      params: cypherParams,
      rowCap: rowCap(maxRowCap),
    },
  } as const;
}
export type CypherBody = FromSchema<ReturnType<typeof cypherBody>>;

const format = { type: 'string', enum: [...EXPORT_FORMATS] } as const;

export const exportQuery = {
  type: 'object',
  required: ['format'],
  properties: { format, entity: id, depth, limit: graphLimit, types },
} as const;
export type ExportQuery = FromSchema<typeof exportQuery>;

export function exportBody(maxRowCap: number) {
  return {
    type: 'object',
    required: ['format'],
    additionalProperties: false,
    properties: {
      format,
      query: { type: 'string', minLength: 1, maxLength: MAX_QUERY_CHARS, pattern: '\\S' },
      params: cypherParams,
      rowCap: rowCap(maxRowCap),
      entity: id,
      depth,
      limit: graphLimit,
      types,
    },
  } as const;
}

/** The POST /api/export body: a query, an entity, the overview, or 1..MAX_EXPORT_IDS entity ids. */
export function exportBodyWithIds(maxRowCap: number) {
  const body = exportBody(maxRowCap);
  const ids = {
    type: 'array',
    minItems: 1,
    maxItems: MAX_EXPORT_IDS,
    items: { type: 'string', minLength: 1, maxLength: 512 },
  } as const;
  // With ids: the edges among them to keep (all when absent), how each entity is drawn,
  // and the file's base name.
  const edges = {
    type: 'array',
    maxItems: MAX_EXPORT_EDGES,
    items: { type: 'string', minLength: 1, maxLength: 2048 },
  } as const;
  const coordinate = { type: 'number' } as const;
  const looks = {
    type: 'array',
    maxItems: MAX_EXPORT_IDS,
    items: {
      type: 'object',
      required: ['id', 'x', 'y', 'size', 'color'],
      additionalProperties: false,
      properties: {
        id: { type: 'string', minLength: 1, maxLength: 512 },
        x: coordinate,
        y: coordinate,
        size: { type: 'number', minimum: 0 },
        color: { type: 'string', pattern: '^#[0-9A-Fa-f]{6}$' },
        community: { type: 'integer', minimum: 0 },
      },
    },
  } as const;
  const name = { type: 'string', minLength: 1, maxLength: 120 } as const;
  return { ...body, properties: { ...body.properties, ids, edges, looks, name } };
}
export type ExportBody = FromSchema<ReturnType<typeof exportBodyWithIds>>;

const nullableString = (maxLength: number) => ({ type: ['string', 'null'], maxLength, default: null }) as const;

export const rawDocument = {
  type: 'object',
  required: ['source', 'text'],
  additionalProperties: false,
  properties: {
    source: { type: 'string', minLength: 1, maxLength: 4096 },
    sourceName: nullableString(1024),
    title: nullableString(4096),
    date: { type: ['string', 'null'], pattern: DATE_PATTERN, default: null },
    url: nullableString(4096),
    text: { type: 'string', minLength: 1, maxLength: MAX_DOCUMENT_CHARS, pattern: '\\S' },
    language: { type: 'string', pattern: '^[a-z]{2}$', default: 'it' },
    errors: { type: 'array', items: { type: 'string', maxLength: 4096 }, maxItems: 1000, default: [] },
  },
} as const;

export const ingestBody = {
  type: 'object',
  required: ['documents'],
  additionalProperties: false,
  properties: {
    documents: { type: 'array', minItems: 1, maxItems: MAX_DOCUMENTS, items: rawDocument },
    /** The extraction backend's name; the server's default when absent. */
    extractor: { type: 'string', minLength: 1, maxLength: 64 },
  },
} as const;
export type IngestBody = FromSchema<typeof ingestBody>;
