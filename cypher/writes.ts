// Writing an ExtractionResult: planned here as plain rows (pure, testable), then sent as
// `UNWIND $rows AS row …` batches, one transaction per batch of articles, so a failure
// leaves no article half-written. Articles already stored are left out before planning:
// writing the same result twice changes nothing. Everything that hangs off a new article
// (its mentions, statements and their links) is therefore new as well, and is created
// rather than merged: a MERGE looks for an existing edge from its first node, and hub
// entities have thousands. Each batch checks in its own transaction that its articles are
// still not stored (another writer may have stored them since the plan) and, if some are,
// the plan is made again. Entities, met again across articles, are merged; the counters
// kept on them grow by what the batch adds.

import type { ExtractedDocument, ExtractedEntity, ExtractionResult } from '../contract/extraction.ts';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../contract/graph.ts';
import type { Splice } from './queries.ts';
import { existingArticleIds } from './reads.ts';
import type { Params, Row } from './store.ts';
import { foldText, searchTextOf } from './text.ts';

/** Runs one shipped query inside the batch's transaction. */
export type TxRun = (queryName: string, params: Params, splice?: Splice) => Promise<Row[]>;

export const DEFAULT_BATCH_ARTICLES = 200;
/** Rows per UNWIND statement: large enough to amortize a round trip, small enough for one statement. */
export const ROWS_PER_STATEMENT = 5000;

export interface EntityRow {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  externalIds: string[];
}

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

/** Thrown inside a batch's transaction when some of its articles were stored since the plan. */
export class ArticlesStoredMeanwhileError extends Error {
  constructor(readonly articleIds: string[]) {
    super(`Articles stored by another writer meanwhile: ${articleIds.join(', ')}`);
    this.name = 'ArticlesStoredMeanwhileError';
  }
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** Offsets of the statement's sentence in the article: the occurrence that contains the quote. */
export function sentenceOffsets(
  text: string,
  sentence: string,
  start: number,
  end: number,
): { sentenceStart: number; sentenceEnd: number } {
  if (sentence) {
    let index = text.indexOf(sentence, Math.max(0, end - sentence.length));
    while (index >= 0 && index <= start) {
      if (index + sentence.length >= end) return { sentenceStart: index, sentenceEnd: index + sentence.length };
      index = text.indexOf(sentence, index + 1);
    }
    const anywhere = text.indexOf(sentence);
    if (anywhere >= 0) return { sentenceStart: anywhere, sentenceEnd: anywhere + sentence.length };
  }
  return { sentenceStart: start, sentenceEnd: end };
}

/**
 * Merges an incoming entity into the stored one: the longer name wins (the stored one on a
 * tie), every other name and alias becomes an alias (once, compared folded).
 */
export function mergeEntityNames(
  stored: { name: string; aliases: readonly string[] } | null,
  incoming: { name: string; aliases: readonly string[] },
): { name: string; aliases: string[] } {
  const name = stored && stored.name.length >= incoming.name.length ? stored.name : incoming.name;
  const seen = new Set([foldText(name)]);
  const aliases: string[] = [];
  const candidates = [...(stored ? [stored.name, ...stored.aliases] : []), incoming.name, ...incoming.aliases];
  for (const candidate of candidates) {
    const trimmed = candidate.trim();
    const key = foldText(trimmed);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    aliases.push(trimmed);
  }
  return { name, aliases };
}

function entityRow(entity: ExtractedEntity): EntityRow {
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: [...entity.aliases],
    externalIds: Object.entries(entity.externalIds ?? {}).map(([source, id]) => `${source}:${id}`),
  };
}

function articleRow(document: ExtractedDocument): Row {
  return {
    id: document.id,
    title: document.title,
    date: document.date,
    url: document.url,
    source: document.source,
    language: document.language,
    text: document.text,
    errors: document.errors,
  };
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
  const orphans = result.entities.filter((entity) => !referencedEntities.has(entity.id)).map((entity) => entity.id);

  const batches: WriteBatch[] = [];
  for (const group of chunk(documents, Math.max(1, batchArticles))) {
    const ids = new Set(group.map((document) => document.id));
    const textById = new Map(group.map((document) => [document.id, document]));
    const entityIds = new Set<string>(batches.length === 0 ? orphans : []);
    const touched = new Set<string>();
    const use = (id: string | null | undefined): void => {
      if (!id) return;
      touched.add(id);
      if (entitiesById.has(id)) entityIds.add(id);
    };
    const noCounts = () => ({ mentions: 0, articles: 0, statementsBy: 0, statementsAbout: 0 });
    const counters = new Map<string, ReturnType<typeof noCounts>>();
    const count = (id: string) => {
      let counter = counters.get(id);
      if (!counter) {
        counter = noCounts();
        counters.set(id, counter);
      }
      return counter;
    };

    const mentions: Row[] = [];
    for (const entity of result.entities) {
      const byDocument = new Map<string, { start: number; end: number; text: string }[]>();
      for (const mention of entity.mentions) {
        if (!ids.has(mention.document)) continue;
        const list = byDocument.get(mention.document) ?? [];
        list.push({ start: mention.start, end: mention.end, text: mention.text });
        byDocument.set(mention.document, list);
      }
      for (const [articleId, list] of byDocument) {
        list.sort((a, b) => a.start - b.start || a.end - b.end);
        use(entity.id);
        const counter = count(entity.id);
        counter.mentions += list.length;
        counter.articles += 1;
        mentions.push({
          articleId,
          entityId: entity.id,
          count: list.length,
          starts: list.map((mention) => mention.start),
          ends: list.map((mention) => mention.end),
          texts: list.map((mention) => mention.text),
        });
      }
    }

    const statements: Row[] = [];
    const said: Row[] = [];
    const about: Row[] = [];
    const statementIds = new Set<string>();
    for (const statement of result.statements) {
      // Rows are created, not merged: each statement once (the first, as MERGE would keep).
      if (!ids.has(statement.document) || statementIds.has(statement.id)) continue;
      statementIds.add(statement.id);
      const document = textById.get(statement.document) as ExtractedDocument;
      statements.push({
        id: statement.id,
        articleId: statement.document,
        quote: statement.quote,
        kind: statement.kind,
        act: statement.act ?? null,
        cue: statement.cue,
        speakerText: statement.speakerText,
        sentence: statement.sentence,
        start: statement.start,
        end: statement.end,
        ...sentenceOffsets(document.text, statement.sentence, statement.start, statement.end),
        confidence: statement.confidence,
        trace: statement.trace ?? [],
        date: document.date,
      });
      if (statement.speaker) {
        use(statement.speaker);
        count(statement.speaker).statementsBy += 1;
        said.push({
          speakerId: statement.speaker,
          statementId: statement.id,
          articleId: statement.document,
          start: statement.start,
          end: statement.end,
        });
      }
      for (const target of new Set(statement.about)) {
        use(target);
        count(target).statementsAbout += 1;
        about.push({ statementId: statement.id, entityId: target, articleId: statement.document });
      }
    }

    const relations = new Map<RelationType, Row[]>();
    const relationKeys = new Set<string>();
    const relationIds = new Set<string>();
    const addRelation = (
      type: RelationType,
      row: Row & { source: string; target: string; articleId: string },
    ): void => {
      if (!(RELATION_TYPES as readonly string[]).includes(type)) throw new Error(`Unknown relation type '${type}'`);
      const key = `${type}|${row.source}|${row.target}|${row.articleId}`;
      if (relationKeys.has(key) && String(row.id).startsWith('event:')) return;
      relationKeys.add(key);
      // The relation MERGE keeps the first of two rows with one id.
      const idKey = `${type}|${String(row.id)}`;
      if (relationIds.has(idKey)) return;
      relationIds.add(idKey);
      use(row.source);
      use(row.target);
      const list = relations.get(type) ?? [];
      list.push(row);
      relations.set(type, list);
    };
    for (const relation of result.relations) {
      if (!ids.has(relation.document)) continue;
      addRelation(relation.type, {
        id: relation.id,
        source: relation.source,
        target: relation.target,
        articleId: relation.document,
        start: relation.start,
        end: relation.end,
        evidence: relation.evidence,
        role: relation.role,
        date: relation.date ?? textById.get(relation.document)?.date ?? null,
        trace: relation.trace ?? [],
      });
    }
    const eventDetails: Row[] = [];
    for (const event of result.events ?? []) {
      if (!ids.has(event.document)) continue;
      use(event.entity);
      const date = event.date ?? textById.get(event.document)?.date ?? null;
      if (event.date) eventDetails.push({ id: event.entity, date: event.date });
      const evidence = {
        articleId: event.document,
        start: event.start,
        end: event.end,
        evidence: event.evidence,
        role: null,
        date,
      };
      for (const participant of event.participants) {
        addRelation('PARTICIPATED_IN', {
          id: `event:PARTICIPATED_IN:${participant}->${event.entity}@${event.document}:${event.start}`,
          source: participant,
          target: event.entity,
          ...evidence,
          trace: ['relation.event-participant'],
        });
      }
      if (event.place) {
        addRelation('HELD_IN', {
          id: `event:HELD_IN:${event.entity}->${event.place}@${event.document}:${event.start}`,
          source: event.entity,
          target: event.place,
          ...evidence,
          trace: ['relation.event-place'],
        });
      }
    }

    batches.push({
      articleIds: [...ids],
      articles: group.map(articleRow),
      entities: [...entityIds].map((id) => entityRow(entitiesById.get(id) as ExtractedEntity)),
      mentions,
      statements,
      said,
      about,
      relations,
      eventDetails,
      counters: [...new Set([...touched, ...entityIds])].map((id) => ({
        id,
        ...(counters.get(id) ?? noCounts()),
      })),
    });
  }
  return { batches, skipped };
}

async function unwind(run: TxRun, queryName: string, rows: readonly Row[], splice?: Splice): Promise<void> {
  for (const part of chunk(rows, ROWS_PER_STATEMENT)) await run(queryName, { rows: part }, splice);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** Sends one batch through `run`, which the adapter binds to one transaction. */
export async function writeBatch(batch: WriteBatch, run: TxRun): Promise<void> {
  const meanwhile = await existingArticleIds((queryName, params = {}) => run(queryName, params), batch.articleIds);
  if (meanwhile.size > 0) throw new ArticlesStoredMeanwhileError([...meanwhile]);
  await unwind(run, 'write/articles', batch.articles);

  const stored = new Map<string, { name: string; aliases: string[]; searchText: string; externalIds: string[] }>();
  for (const ids of chunk(
    batch.entities.map((entity) => entity.id),
    ROWS_PER_STATEMENT,
  )) {
    for (const row of await run('write/entities-existing', { ids })) {
      stored.set(text(row.id), {
        name: text(row.name),
        aliases: Array.isArray(row.aliases) ? row.aliases.map(text) : [],
        searchText: text(row.searchText),
        externalIds: Array.isArray(row.externalIds) ? row.externalIds.map(text) : [],
      });
    }
  }
  const byType = new Map<string, Row[]>();
  for (const entity of batch.entities) {
    if (!(ENTITY_TYPES as readonly string[]).includes(entity.type))
      throw new Error(`Unknown entity type '${entity.type}' (entity ${entity.id})`);
    const before = stored.get(entity.id) ?? null;
    const merged = mergeEntityNames(before, entity);
    const searchText = searchTextOf(merged.name, merged.aliases);
    // An entity the batch would not change is left alone (most entities met again are).
    if (
      before &&
      before.name === merged.name &&
      before.searchText === searchText &&
      sameList(before.aliases, merged.aliases) &&
      sameList(before.externalIds, entity.externalIds)
    )
      continue;
    const list = byType.get(entity.type) ?? [];
    list.push({ ...entity, ...merged, searchText });
    byType.set(entity.type, list);
  }
  for (const [type, rows] of byType) await unwind(run, 'write/entities', rows, { entityType: type as EntityType });

  await unwind(run, 'write/mentions', batch.mentions);
  await unwind(run, 'write/statements', batch.statements);
  await unwind(run, 'write/said', batch.said);
  await unwind(run, 'write/about', batch.about);
  for (const [type, rows] of batch.relations) await unwind(run, 'write/relations', rows, { relationType: type });
  await unwind(run, 'write/event-details', batch.eventDetails);
  await unwind(run, 'write/entity-counters-add', batch.counters);
}
