// Fetches the statements and relations behind a payload's edges, so an export can carry
// each edge's article, offsets and sentence. Asks the store once per speaking or
// relating entity (an entity's details list its statements and relations); statements
// beyond what the details list (a prolific speaker) are read by speaker and target.
// Statements with no target belong to no edge: they are read by speaker, for the
// speakers whose statements the edges do not all account for.

import type { GraphPayload, StatementView } from '../../contract/api.ts';
import { MAX_STATEMENTS_PAGE as STATEMENT_PAGE } from '../../contract/limits.ts';
import type { GraphStore, StatementFilter } from '../../cypher/store.ts';
import type { ExportEvidence, ExportGraph } from './graph.ts';

export async function collectEvidence(
  store: GraphStore,
  payload: GraphPayload,
  options: { withoutTarget?: boolean } = {},
): Promise<ExportEvidence> {
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
  for (const edge of payload.edges) {
    if (edge.kind !== 'spoke_about') continue;
    await readStatements(store, { speaker: edge.source, about: edge.target }, edge.evidenceIds, evidence);
  }
  if (options.withoutTarget) evidence.withoutTarget = await statementsWithoutTarget(store, payload);
  return evidence;
}

/** The statements with no target said by the payload's entities, speaker by speaker. */
async function statementsWithoutTarget(store: GraphStore, payload: GraphPayload): Promise<StatementView[]> {
  const onEdges = new Map<string, Set<string>>();
  for (const edge of payload.edges) {
    if (edge.kind !== 'spoke_about') continue;
    const ids = onEdges.get(edge.source) ?? new Set<string>();
    for (const id of edge.evidenceIds) ids.add(id);
    onEdges.set(edge.source, ids);
  }
  const found: StatementView[] = [];
  for (const node of payload.nodes) {
    // Every statement of this speaker is on an edge already: none is without a target.
    if (node.statementsBy <= (onEdges.get(node.id)?.size ?? 0)) continue;
    for (let offset = 0; ; offset += STATEMENT_PAGE) {
      const page = await store.statements({ speaker: node.id, limit: STATEMENT_PAGE, offset });
      for (const statement of page.statements) if (statement.about.length === 0) found.push(statement);
      if (page.statements.length < STATEMENT_PAGE || offset + STATEMENT_PAGE >= page.total) break;
    }
  }
  return found;
}

/** Reads the statements matching a filter a page at a time, until those in `ids` are all held. */
async function readStatements(
  store: GraphStore,
  filter: StatementFilter,
  ids: Iterable<string>,
  evidence: ExportEvidence,
): Promise<void> {
  const missing = new Set([...ids].filter((id) => !evidence.statements.has(id)));
  for (let offset = 0; missing.size > 0; offset += STATEMENT_PAGE) {
    const page = await store.statements({ ...filter, limit: STATEMENT_PAGE, offset });
    for (const statement of page.statements) {
      if (missing.delete(statement.id)) evidence.statements.set(statement.id, statement);
    }
    if (page.statements.length < STATEMENT_PAGE || offset + STATEMENT_PAGE >= page.total) return;
  }
}

/**
 * Fetches the statements behind the Statement nodes of a query's graph (so the statements
 * CSV can name their speaker, targets and article even when the query did not return
 * them), reading each article's statements a page at a time.
 */
export async function collectStatementEvidence(store: GraphStore, graph: ExportGraph): Promise<ExportEvidence> {
  const evidence: ExportEvidence = { statements: new Map(), relations: new Map() };
  const wanted = new Map<string, Set<string>>();
  graph.forEachNode((_node, attributes) => {
    const { labels, id, articleId } = attributes;
    if (typeof labels !== 'string' || !labels.split(';').includes('Statement')) return;
    if (typeof id !== 'string' || typeof articleId !== 'string') return;
    const ids = wanted.get(articleId) ?? new Set<string>();
    ids.add(id);
    wanted.set(articleId, ids);
  });
  for (const [article, ids] of wanted) await readStatements(store, { article }, ids, evidence);
  return evidence;
}
