// Planning a write: the new articles of an ExtractionResult split into batches of plain
// rows (pure, testable), one kind of row per module (entities.ts, mentions.ts,
// statements.ts, relations.ts), with what each batch adds to the entities' counters
// (tally.ts). Articles already stored are left out: writing the same result twice changes
// nothing. An entity that nothing in the result refers to is written with the first batch.

import type { ExtractedDocument, ExtractionResult } from '../../contract/extraction.ts';
import type { RelationType } from '../../contract/graph.ts';
import type { Row } from '../store.ts';
import { entityRow, type EntityRow } from './entities.ts';
import { mentionRows } from './mentions.ts';
import { relationRows } from './relations.ts';
import { statementRows } from './statements.ts';
import { BatchTally } from './tally.ts';

export const DEFAULT_BATCH_ARTICLES = 200;

export interface WriteBatch {
  articleIds: string[];
  articles: Row[];
  /** Incoming entities; merged with what is stored when the batch runs. */
  entities: EntityRow[];
  mentions: Row[];
  statements: Row[];
  said: Row[];
  about: Row[];
  relations: Map<RelationType, Row[]>;
  eventDetails: Row[];
  /** What the batch adds to the counters of each entity it touches: {id, mentions, articles, statementsBy, statementsAbout}. */
  counters: Row[];
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

function articleRow(document: ExtractedDocument): Row {
  return {
    id: document.id,
    title: document.title,
    date: document.date,
    url: document.url,
    source: document.source,
    sourceName: document.sourceName ?? null,
    language: document.language,
    text: document.text,
    errors: document.errors,
  };
}

/** Entities of `result` that no mention, statement, relation or event refers to. */
function unreferencedEntities(result: ExtractionResult): string[] {
  const referencedEntities = new Set<string>();
  const refer = (id: string | null | undefined): void => {
    if (id) referencedEntities.add(id);
  };
  for (const entity of result.entities) if (entity.mentions.length > 0) refer(entity.id);
  for (const statement of result.statements) {
    refer(statement.speaker);
    statement.about.forEach(refer);
  }
  for (const relation of result.relations) {
    refer(relation.source);
    refer(relation.target);
  }
  for (const event of result.events ?? []) {
    refer(event.entity);
    event.participants.forEach(refer);
    refer(event.place);
  }
  return result.entities.filter((entity) => !referencedEntities.has(entity.id)).map((entity) => entity.id);
}

/** Splits the new articles of `result` into batches of rows. `stored` holds the ids already in the store. */
export function planBatches(
  result: ExtractionResult,
  stored: ReadonlySet<string>,
  batchArticles = DEFAULT_BATCH_ARTICLES,
): { batches: WriteBatch[]; skipped: number } {
  const documents: ExtractedDocument[] = [];
  const seenDocuments = new Set<string>();
  let skipped = 0;
  for (const document of result.documents) {
    if (stored.has(document.id) || seenDocuments.has(document.id)) {
      skipped++;
      continue;
    }
    seenDocuments.add(document.id);
    documents.push(document);
  }

  const entitiesById = new Map(result.entities.map((entity) => [entity.id, entity]));
  const orphans = unreferencedEntities(result);

  const batches: WriteBatch[] = [];
  for (const group of chunk(documents, Math.max(1, batchArticles))) {
    const ids = new Set(group.map((document) => document.id));
    const byId = new Map(group.map((document) => [document.id, document]));
    const tally = new BatchTally(entitiesById, batches.length === 0 ? orphans : []);
    const mentions = mentionRows(result.entities, ids, tally);
    const { statements, said, about } = statementRows(result.statements, byId, tally);
    const { relations, eventDetails } = relationRows(result.relations, result.events ?? [], byId, tally);
    batches.push({
      articleIds: [...ids],
      articles: group.map(articleRow),
      entities: [...tally.entityIds].flatMap((id) => {
        const entity = entitiesById.get(id);
        return entity ? [entityRow(entity)] : [];
      }),
      mentions,
      statements,
      said,
      about,
      relations,
      eventDetails,
      counters: tally.counterRows(),
    });
  }
  return { batches, skipped };
}
