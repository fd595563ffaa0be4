// The extraction contract: what readers produce (RawDocument), what the extractor
// returns (exactly ../shared/contracts/extraction.schema.json, plus a few extras marked
// so), and what the store hands it back. Types only; imports only the graph model.

import type { EntityType, RelationType, SpeechAct, StatementKind } from './graph.ts';

/** One article as read from a file, before extraction. */
export interface RawDocument {
  /** Path as given on the command line, or the URL. */
  source: string;
  /** The outlet's name as the document declares it (a JSON article's `source` field); absent when it does not. */
  sourceName?: string | null;
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
  /** The outlet's name the document declared (RawDocument.sourceName). Extra to the contract. */
  sourceName?: string | null;
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
  /**
   * How this mention reads in its sentence where that differs from its entity's type, with the rule that read it:
   * "l'Italia ha votato" is the Italian state acting, an Organization, though the node "Italia" is a Place. Extra to
   * the contract; absent when the mention reads as its entity.
   */
  reading?: MentionReading;
}

export interface MentionReading {
  type: EntityType;
  rule: string;
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
  /** The speech act (the contract's optional `act`); this extractor always gives one. */
  act?: SpeechAct;
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
  /** Ids of the extractor's rules that found the event (the event noun's rule). */
  trace?: string[];
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
