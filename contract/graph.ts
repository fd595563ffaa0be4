// The graph model of newsgraph: node labels, entity types, the closed relation
// vocabulary and statement kinds, as values every layer imports at runtime (the store,
// the extractor, the server's schemas, the explorer). The ground floor: imports nothing.
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

/**
 * What a statement does, read from its cue and its words (the extraction contract's `act`):
 * "ha negato", "«Non è vero»" → denial; "ha accusato" → accusation; "ha criticato" → criticism;
 * "ha elogiato" → praise; "ha promesso" → promise; "ha avvertito" → warning; "ha chiesto" →
 * request; "ha annunciato" → announcement; "ha detto", "secondo" → claim.
 */
export const SPEECH_ACTS = [
  'claim',
  'denial',
  'accusation',
  'criticism',
  'praise',
  'promise',
  'warning',
  'request',
  'announcement',
  'other',
] as const;
export type SpeechAct = (typeof SPEECH_ACTS)[number];
