// Relation rows, per relation type: the extracted relations of the batch, and the ones its
// events stand for (a participant PARTICIPATED_IN the event, the event HELD_IN its place),
// plus each dated event's date. A relation the MERGE would meet twice is sent once.

import type { ExtractedDocument, ExtractedEvent, ExtractedRelation } from '../../contract/extraction.ts';
import { RELATION_TYPES, type RelationType } from '../../contract/graph.ts';
import type { Row } from '../store.ts';
import type { BatchTally } from './tally.ts';

export interface RelationRows {
  relations: Map<RelationType, Row[]>;
  eventDetails: Row[];
}

export function relationRows(
  extracted: readonly ExtractedRelation[],
  events: readonly ExtractedEvent[],
  documents: ReadonlyMap<string, ExtractedDocument>,
  tally: BatchTally,
): RelationRows {
  const relations = new Map<RelationType, Row[]>();
  const relationKeys = new Set<string>();
  const relationIds = new Set<string>();
  const addRelation = (type: RelationType, row: Row & { source: string; target: string; articleId: string }): void => {
    if (!(RELATION_TYPES as readonly string[]).includes(type)) throw new Error(`Unknown relation type '${type}'`);
    const key = `${type}|${row.source}|${row.target}|${row.articleId}`;
    if (relationKeys.has(key) && String(row.id).startsWith('event:')) return;
    relationKeys.add(key);
    // The relation MERGE keeps the first of two rows with one id.
    const idKey = `${type}|${String(row.id)}`;
    if (relationIds.has(idKey)) return;
    relationIds.add(idKey);
    tally.use(row.source);
    tally.use(row.target);
    const list = relations.get(type) ?? [];
    list.push(row);
    relations.set(type, list);
  };
  for (const relation of extracted) {
    const document = documents.get(relation.document);
    if (!document) continue;
    addRelation(relation.type, {
      id: relation.id,
      source: relation.source,
      target: relation.target,
      articleId: relation.document,
      start: relation.start,
      end: relation.end,
      evidence: relation.evidence,
      role: relation.role,
      date: relation.date ?? document.date ?? null,
      trace: relation.trace ?? [],
    });
  }
  const eventDetails: Row[] = [];
  for (const event of events) {
    const document = documents.get(event.document);
    if (!document) continue;
    tally.use(event.entity);
    const date = event.date ?? document.date ?? null;
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
  return { relations, eventDetails };
}
