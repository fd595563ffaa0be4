// Fetches the statements and relations behind a payload's edges, so an export can carry
// each edge's article, offsets and sentence. Asks the store once per speaking or
// relating entity (an entity's details list its statements and relations).

import type { GraphPayload } from '../../cypher/model.ts';
import type { GraphStore } from '../../cypher/store.ts';
import type { ExportEvidence } from './graph.ts';

export async function collectEvidence(store: GraphStore, payload: GraphPayload): Promise<ExportEvidence> {
  const evidence: ExportEvidence = { statements: new Map(), relations: new Map() };
  const wanted = new Set<string>();
  const entities = new Set<string>();
  for (const edge of payload.edges) {
    if (edge.kind === 'comention') continue;
    for (const id of edge.evidenceIds) wanted.add(id);
    entities.add(edge.source);
  }
  for (const entityId of entities) {
    const details = await store.entity(entityId);
    if (!details) continue;
    for (const statement of details.statementsBy) {
      if (wanted.has(statement.id)) evidence.statements.set(statement.id, statement);
    }
    for (const relation of details.relations) {
      if (wanted.has(relation.id)) evidence.relations.set(relation.id, relation);
    }
  }
  return evidence;
}
