// The HTTP API's payloads (server → browser and CLI) and its one error shape, with every
// error code the API answers. Imports only the rest of the contract.

import type { CypherErrorInfo } from './cypher.ts';
import type { EntityType, RelationType, SpeechAct, StatementKind } from './graph.ts';

export interface GraphNodeView {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Number of mentions across all articles. */
  mentions: number;
  /** Number of articles mentioning it. */
  articles: number;
  statementsBy: number;
  statementsAbout: number;
}

/** The kinds of edge the explorer draws between entities. */
export const EDGE_KINDS = ['spoke_about', 'relation', 'comention'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export interface GraphEdgeView {
  /** Stable: `${kind}:${type}:${source}->${target}`. */
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  /** 'SPOKE_ABOUT', a RelationType, or 'CO_MENTION'. */
  type: string;
  weight: number;
  /**
   * Statement ids behind a spoke_about edge; relation ids behind a relation edge; the ids of
   * the latest articles (at most 20) behind a comention edge, whose weight counts them all.
   */
  evidenceIds: string[];
  /** Earliest and latest dates of the evidence (ISO, partial allowed). */
  firstDate: string | null;
  lastDate: string | null;
}

export interface GraphPayload {
  nodes: GraphNodeView[];
  edges: GraphEdgeView[];
  /** The node cap applied, and whether more nodes existed. */
  cap: number;
  truncated: boolean;
  totalNodes: number;
}

export interface ArticleSummary {
  id: string;
  title: string | null;
  date: string | null;
  url: string | null;
  /** Where it was read from: a URL, or a file's name (never its folders: contract/outlet.ts publicSource). */
  source: string;
  /** The outlet's name the document declared ("Corriere della Sera"), or null. */
  sourceName: string | null;
}

export interface StatementView {
  id: string;
  articleId: string;
  article: ArticleSummary;
  speaker: { id: string; name: string; type: EntityType } | null;
  speakerText: string | null;
  quote: string;
  kind: StatementKind;
  /** What saying it did (denial, accusation, promise …); null for a statement stored before acts were read. */
  act: SpeechAct | null;
  cue: string | null;
  about: { id: string; name: string; type: EntityType }[];
  sentence: string;
  /** Offsets of the quote in the article text, and of the sentence. */
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
  date: string | null;
  confidence: number;
  /** The extractor's rule ids that found the statement and its speaker (contract/rules.ts); empty when unknown. */
  trace: string[];
}

export interface RelationView {
  id: string;
  type: RelationType;
  source: { id: string; name: string; type: EntityType };
  target: { id: string; name: string; type: EntityType };
  role: string | null;
  articleId: string;
  article: ArticleSummary;
  evidence: string;
  start: number;
  end: number;
  date: string | null;
  /** The extractor's rule ids that found the relation (contract/rules.ts); empty when unknown. */
  trace: string[];
}

export interface EntityDetails {
  entity: GraphNodeView;
  relations: RelationView[];
  statementsBy: StatementView[];
  statementsAbout: StatementView[];
  articles: ArticleSummary[];
}

export interface ArticleView extends ArticleSummary {
  language: string;
  text: string;
  /** `reading`: how the mention reads where it differs from its entity's type (a country acting), with its rule. */
  mentions: {
    entityId: string;
    name: string;
    type: EntityType;
    start: number;
    end: number;
    reading?: { type: EntityType; rule: string };
  }[];
  statements: {
    id: string;
    speakerId: string | null;
    kind: StatementKind;
    start: number;
    end: number;
    sentenceStart: number;
    sentenceEnd: number;
  }[];
}

export interface SearchHit {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** The name or alias that matched. */
  matched: string;
  mentions: number;
}

/** One outlet with what it published (GET /api/scope/outlets). */
export interface OutletCount {
  /** Registrable domain ("corriere.it"), else a declared source name, else NO_OUTLET (contract/outlet.ts). */
  outlet: string;
  /** The source name most of its articles declare ("Corriere della Sera"), or null when none does. */
  name: string | null;
  articles: number;
  statements: number;
}

/** Statements per date (GET /api/statements/timeline): dates ascending, partial dates as stored. */
export interface StatementTimeline {
  dates: { date: string; statements: number }[];
  /** Statements without a date. */
  undated: number;
}

/** What an outlet and/or publication-date range contains (GET /api/scope), every list sorted. */
export interface ContentScope {
  articleIds: string[];
  /** Entities the articles mention, and the speakers of their statements. */
  entityIds: string[];
  statementIds: string[];
}

export interface SchemaInfo {
  labels: { label: string; count: number }[];
  relationshipTypes: { type: string; count: number }[];
  propertyKeys: string[];
}

export interface StoreStats {
  articles: number;
  entities: number;
  statements: number;
  relations: number;
  mentions: number;
  byType: Record<string, number>;
}

export interface HealthInfo {
  ok: boolean;
  store: 'grafeo' | 'neo4j';
  storeUp: boolean;
  version: string;
  stats?: StoreStats;
  /**
   * Where the graph lives, as the CLI names it: the embedded store's data folder (`--data`)
   * or the Neo4j URI (`--neo4j`). Absent on a server with a token, for a caller without it.
   */
  storeLocation?: string;
  error?: string;
}

export interface IngestSummary {
  articles: number;
  /** Articles whose id was already stored: nothing written. */
  skipped: number;
  entities: number;
  statements: number;
  relations: number;
  errors: { source: string; reason: string }[];
}

/**
 * One entity as the explorer draws it (graph coordinates, size and colour), sent with an
 * export of the view so GEXF (`viz:position`, `viz:size`, `viz:color`), GraphML and
 * graphology JSON open looking as they did on screen.
 */
export interface ExportNodeLook {
  id: string;
  x: number;
  y: number;
  size: number;
  /** The colour drawn: the type's, or the community's while the view is coloured by community. */
  color: string;
  /**
   * The entity's community (0 the largest) while the view is coloured by community, written
   * as a `community` attribute beside the colour; absent otherwise.
   */
  community?: number;
}

/** Every `code` an API error body carries: the API's own, then those of a refused or failed query. */
export type ApiErrorCode =
  | 'BAD_REQUEST'
  | 'BAD_PATH'
  | 'BAD_JSON'
  | 'BODY_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'FORBIDDEN_HOST'
  | 'UNAUTHORIZED'
  | 'NOT_FOUND'
  | 'AMBIGUOUS_ENTITY'
  | 'NOT_EMBEDDED'
  | 'STORE_READ_ONLY'
  | 'NO_SPACE'
  | 'BUSY'
  | 'INTERNAL'
  | CypherErrorInfo['code'];

/** JSON error body of every 4xx/5xx from the API. */
export interface ApiError {
  error: string;
  code: ApiErrorCode;
  details?: unknown;
  cypher?: CypherErrorInfo;
}
