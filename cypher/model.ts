// The graph model of newsgraph and the shapes that cross process boundaries.
// Everything here is types and constant tables only: src/ imports it with
// `import type`, so nothing here may need a runtime import from src/.
//
// Graph (both engines, same Cypher):
//   (:Person|Organization|Place|Event|Work|Other {id, name, type, aliases, …})
//     every entity node also has the label Entity (ENTITY_LABEL), and keeps
//     searchText (cypher/text.ts) and counters mentionCount, articleCount,
//     statementsBy, statementsAbout, recomputed on every write
//   (:Article {id, title, date, url, source, language, text})
//   (:Statement {id, articleId, quote, kind, cue, speakerText, sentence, start, end, …})
//   (entity)-[:SAID {articleId, start, end}]->(statement)
//   (statement)-[:ABOUT {articleId}]->(entity)
//   (statement)-[:IN_ARTICLE]->(article)
//   (article)-[:MENTIONS {count, starts, ends, texts}]->(entity)
//   (entity)-[:<RELATION_TYPE> {id, articleId, start, end, evidence, role, date}]->(entity)
// Every node has a stable string `id`; every statement and relation keeps
// `articleId`, `start`, `end` (UTF-16 offsets into the article's text).

export const ENTITY_TYPES = ['Person', 'Organization', 'Place', 'Event', 'Work', 'Other'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The label every entity node carries beside its type, so one pattern matches them all. */
export const ENTITY_LABEL = 'Entity';

export const NODE_LABELS = [...ENTITY_TYPES, 'Article', 'Statement'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/**
 * The closed vocabulary of relations between entities (statements aside).
 * Roles/affiliations read from appositions and titles, and interactions read
 * from verbs. Documented in docs/relations.md.
 */
export const RELATION_TYPES = [
  // roles and affiliations
  'SPOKESPERSON_OF',
  'MINISTER_OF',
  'LEADS',
  'MEMBER_OF',
  'WORKS_FOR',
  'OWNS',
  'FOUNDED',
  'DIRECTOR_OF',
  'AMBASSADOR_OF',
  'ADVISER_OF',
  'CITIZEN_OF',
  'LOCATED_IN',
  'PART_OF',
  'PARTICIPATED_IN',
  'HELD_IN',
  // interactions
  'MET',
  'CALLED',
  'SPOKE_WITH',
  'CRITICIZED',
  'ACCUSED',
  'DENIED',
  'PRAISED',
  'SUPPORTED',
  'THREATENED',
  'SANCTIONED',
  'ATTACKED',
  'NEGOTIATED_WITH',
  'INVESTIGATED',
  'SUED',
  'APPOINTED',
  'FIRED',
  'ALLIED_WITH',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const STATEMENT_REL_TYPES = ['SAID', 'ABOUT', 'IN_ARTICLE', 'MENTIONS'] as const;
export type StatementRelType = (typeof STATEMENT_REL_TYPES)[number];

export const STATEMENT_KINDS = ['direct', 'partial', 'indirect'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

// ---------------------------------------------------------------------------
// Input documents (what readers produce, what the extractor consumes)

/** One article as read from a file, before extraction. */
export interface RawDocument {
  /** Path as given on the command line, or the URL. */
  source: string;
  title: string | null;
  /** ISO 8601 date or partial date (YYYY, YYYY-MM, YYYY-MM-DD). */
  date: string | null;
  url: string | null;
  /** Normalized body text (title included as first paragraph when present); all offsets point into it. */
  text: string;
  /** ISO 639-1; 'it' unless detected otherwise. */
  language: string;
  /** Non-fatal problems met while reading. */
  errors: string[];
}

// ---------------------------------------------------------------------------
// Extraction result: exactly ../shared/contracts/extraction.schema.json

export interface ExtractedDocument {
  id: string;
  source: string;
  title: string | null;
  date: string | null;
  url: string | null;
  language: string;
  errors: string[];
  text: string;
}

export interface Mention {
  document: string;
  start: number;
  end: number;
  text: string;
}

export interface ExtractedEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: Mention[];
  externalIds?: Record<string, string>;
  /** Ids of the extractor's rules that decided the entity's type, in order (absent when none are recorded). */
  trace?: string[];
}

export interface ExtractedStatement {
  id: string;
  document: string;
  speaker: string | null;
  speakerText: string | null;
  quote: string;
  kind: StatementKind;
  cue: string | null;
  about: string[];
  sentence: string;
  start: number;
  end: number;
  confidence: number;
  /** Ids of the extractor's rules that found the statement and its speaker, in order (empty or absent when the backend gives none). */
  trace?: string[];
}

export interface ExtractedRelation {
  /** Stable id: hash(type, source, target, document, start). Extra to the contract. */
  id: string;
  source: string;
  target: string;
  type: RelationType;
  role: string | null;
  document: string;
  evidence: string;
  start: number;
  end: number;
  date: string | null;
  /** Ids of the extractor's rules that found the relation, in order (empty or absent when the backend gives none). */
  trace?: string[];
}

/** Named events get extra detail beside their entity record. Extra to the contract. */
export interface ExtractedEvent {
  /** The entities[].id of the Event entity. */
  entity: string;
  document: string;
  participants: string[];
  date: string | null;
  place: string | null;
  evidence: string;
  start: number;
  end: number;
}

export interface ExtractionResult {
  documents: ExtractedDocument[];
  entities: ExtractedEntity[];
  statements: ExtractedStatement[];
  relations: ExtractedRelation[];
  events?: ExtractedEvent[];
}

/** What the store already knows, handed to the extractor so new articles resolve onto existing nodes. */
export interface KnownEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
}

// ---------------------------------------------------------------------------
// Results of user Cypher: one shape for every engine.

export interface GraphNodeValue {
  $type: 'node';
  elementId: string;
  labels: string[];
  properties: Record<string, CypherValue>;
}
export interface GraphRelationshipValue {
  $type: 'relationship';
  elementId: string;
  type: string;
  startNodeElementId: string;
  endNodeElementId: string;
  properties: Record<string, CypherValue>;
}
export interface GraphPathValue {
  $type: 'path';
  nodes: GraphNodeValue[];
  relationships: GraphRelationshipValue[];
}
export type CypherValue =
  | null
  | boolean
  | number
  | string
  | CypherValue[]
  | GraphNodeValue
  | GraphRelationshipValue
  | GraphPathValue
  | { [key: string]: CypherValue };

export interface CypherResult {
  columns: string[];
  rows: CypherValue[][];
  /** True when more rows existed than `rowCap`. */
  truncated: boolean;
  rowCap: number;
  elapsedMs: number;
}

/** A refused or failed user query. `position` is 1-based line/column, 0-based offset. */
export interface CypherErrorInfo {
  code:
    | 'READ_ONLY'
    | 'MULTIPLE_STATEMENTS'
    | 'NOT_PORTABLE'
    | 'SYNTAX'
    | 'TIMEOUT'
    | 'ROW_CAP'
    | 'RESULT_TOO_LARGE'
    | 'MEMORY'
    | 'STORE_DOWN'
    | 'QUERY_FAILED';
  message: string;
  /** The refused clause, e.g. 'CREATE', 'LOAD CSV', 'CALL dbms.*'. */
  clause?: string;
  position?: { line: number; column: number; offset: number };
}

// ---------------------------------------------------------------------------
// HTTP API payloads (server → browser)

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

export type EdgeKind = 'spoke_about' | 'relation' | 'comention';

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
  source: string;
}

export interface StatementView {
  id: string;
  articleId: string;
  article: ArticleSummary;
  speaker: { id: string; name: string; type: EntityType } | null;
  speakerText: string | null;
  quote: string;
  kind: StatementKind;
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
  mentions: { entityId: string; name: string; type: EntityType; start: number; end: number }[];
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
  /** Host name without a leading "www.", or NO_OUTLET (cypher/scope.ts) for articles without one. */
  outlet: string;
  articles: number;
  statements: number;
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

/** JSON error body of every 4xx/5xx from the API. */
export interface ApiError {
  error: string;
  code: string;
  details?: unknown;
  cypher?: CypherErrorInfo;
}
