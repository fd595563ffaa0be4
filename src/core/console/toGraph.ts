// A Cypher result as a GraphPayload, so it merges into the explorer's graph with the
// same styling as the API's own payloads. Entity nodes become nodes (keyed by their
// `id` property); relationships between entities become 'relation' edges; statements
// become evidence of 'spoke_about' edges (speaker → target) — from SAID/ABOUT
// relationships in the result, or from links looked up for the statement nodes it
// returned. Articles and other values stay in the table. Edge ids follow the server's
// `${kind}:${type}:${source}->${target}` so the same link is never drawn twice.
import type { GraphEdgeView, GraphNodeView, GraphPayload } from '../../../contract/api.ts';
import type { CypherResult, CypherValue, GraphNodeValue, GraphRelationshipValue } from '../../../contract/cypher.ts';
import type { EntityType } from '../../../contract/graph.ts';
import { ENTITY_TYPE_LIST } from '../../consts.ts';
import { isNodeValue, isPathValue, isRelationshipValue } from './table.ts';

/** Who said a statement and whom it is about, as looked up by statement id. */
export interface StatementLink {
  statementId: string;
  speakerId: string;
  targetId: string;
  date: string | null;
}

const str = (value: CypherValue | undefined): string | null => (typeof value === 'string' ? value : null);
const num = (value: CypherValue | undefined): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : 0;

function entityTypeOf(node: GraphNodeValue): EntityType | null {
  const declared = str(node.properties.type);
  if (declared && (ENTITY_TYPE_LIST as readonly string[]).includes(declared)) return declared as EntityType;
  const label = node.labels.find((l) => (ENTITY_TYPE_LIST as readonly string[]).includes(l));
  if (label) return label as EntityType;
  return node.labels.includes('Entity') ? 'Other' : null;
}

/** Every node and relationship in the result, wherever it sits (cells, lists, maps, paths). */
export function collectGraphValues(result: Pick<CypherResult, 'rows'>): {
  nodes: GraphNodeValue[];
  relationships: GraphRelationshipValue[];
} {
  const nodes = new Map<string, GraphNodeValue>();
  const relationships = new Map<string, GraphRelationshipValue>();
  const visit = (value: CypherValue): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(visit);
    if (isNodeValue(value)) {
      if (!nodes.has(value.elementId)) nodes.set(value.elementId, value);
      return;
    }
    if (isRelationshipValue(value)) {
      if (!relationships.has(value.elementId)) relationships.set(value.elementId, value);
      return;
    }
    if (isPathValue(value)) {
      value.nodes.forEach(visit);
      value.relationships.forEach(visit);
      return;
    }
    Object.values(value).forEach(visit);
  };
  result.rows.forEach((row) => row.forEach(visit));
  return { nodes: [...nodes.values()], relationships: [...relationships.values()] };
}

/** Ids of the Statement nodes in the result, for looking up their links. */
export function statementIds(result: Pick<CypherResult, 'rows'>): string[] {
  const ids: string[] = [];
  for (const node of collectGraphValues(result).nodes) {
    const id = str(node.properties.id);
    if (node.labels.includes('Statement') && id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** The read-only query that finds speaker and targets of statements (parameter `$ids`). */
export const STATEMENT_LINKS_QUERY = `MATCH (speaker:Entity)-[:SAID]->(s:Statement)-[:ABOUT]->(target:Entity)
WHERE s.id IN $ids
OPTIONAL MATCH (s)-[:IN_ARTICLE]->(a:Article)
RETURN s.id AS statementId, speaker.id AS speakerId, target.id AS targetId, a.date AS date`;

/** Reads the rows of STATEMENT_LINKS_QUERY. */
export function statementLinksFromResult(result: Pick<CypherResult, 'columns' | 'rows'>): StatementLink[] {
  const at = (name: string) => result.columns.indexOf(name);
  const [s, sp, t, d] = [at('statementId'), at('speakerId'), at('targetId'), at('date')];
  const links: StatementLink[] = [];
  for (const row of result.rows) {
    const statementId = str(row[s]);
    const speakerId = str(row[sp]);
    const targetId = str(row[t]);
    if (statementId && speakerId && targetId)
      links.push({ statementId, speakerId, targetId, date: d >= 0 ? str(row[d]) : null });
  }
  return links;
}

interface EdgeDraft {
  source: string;
  target: string;
  kind: 'spoke_about' | 'relation';
  type: string;
  evidence: Set<string>;
  dates: string[];
}

export function cypherResultToGraphPayload(
  result: Pick<CypherResult, 'rows' | 'truncated'>,
  links: readonly StatementLink[] = [],
): GraphPayload {
  const { nodes, relationships } = collectGraphValues(result);
  const entityByElement = new Map<string, string>();
  const views = new Map<string, GraphNodeView>();
  const statementByElement = new Map<string, string>();
  for (const node of nodes) {
    const id = str(node.properties.id);
    if (!id) continue;
    if (node.labels.includes('Statement')) {
      statementByElement.set(node.elementId, id);
      continue;
    }
    const type = entityTypeOf(node);
    if (!type) continue;
    entityByElement.set(node.elementId, id);
    if (views.has(id)) continue;
    const aliases = node.properties.aliases;
    views.set(id, {
      id,
      name: str(node.properties.name) ?? id,
      type,
      aliases: Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : [],
      mentions: num(node.properties.mentionCount),
      articles: num(node.properties.articleCount),
      statementsBy: num(node.properties.statementsBy),
      statementsAbout: num(node.properties.statementsAbout),
    });
  }

  const drafts = new Map<string, EdgeDraft>();
  const addEvidence = (
    kind: EdgeDraft['kind'],
    type: string,
    source: string,
    target: string,
    evidence: string | null,
    date: string | null,
  ) => {
    const key = `${kind}:${type}:${source}->${target}`;
    let draft = drafts.get(key);
    if (!draft) {
      draft = { source, target, kind, type, evidence: new Set(), dates: [] };
      drafts.set(key, draft);
    }
    if (evidence !== null && !draft.evidence.has(evidence)) {
      draft.evidence.add(evidence);
      if (date) draft.dates.push(date);
    }
  };

  // statements: speaker and targets from SAID/ABOUT in the result, then from looked-up links
  const speakers = new Map<string, string>();
  const targets = new Map<string, Set<string>>();
  for (const rel of relationships) {
    if (
      rel.type === 'SAID' &&
      entityByElement.has(rel.startNodeElementId) &&
      statementByElement.has(rel.endNodeElementId)
    ) {
      speakers.set(statementByElement.get(rel.endNodeElementId)!, entityByElement.get(rel.startNodeElementId)!);
    } else if (
      rel.type === 'ABOUT' &&
      statementByElement.has(rel.startNodeElementId) &&
      entityByElement.has(rel.endNodeElementId)
    ) {
      const statement = statementByElement.get(rel.startNodeElementId)!;
      if (!targets.has(statement)) targets.set(statement, new Set());
      targets.get(statement)!.add(entityByElement.get(rel.endNodeElementId)!);
    }
  }
  for (const [statement, speaker] of speakers) {
    for (const target of targets.get(statement) ?? [])
      addEvidence('spoke_about', 'SPOKE_ABOUT', speaker, target, statement, null);
  }
  for (const link of links)
    addEvidence('spoke_about', 'SPOKE_ABOUT', link.speakerId, link.targetId, link.statementId, link.date);

  // relations between entities
  for (const rel of relationships) {
    const source = entityByElement.get(rel.startNodeElementId);
    const target = entityByElement.get(rel.endNodeElementId);
    if (!source || !target) continue;
    addEvidence(
      'relation',
      rel.type,
      source,
      target,
      str(rel.properties.id) ?? rel.elementId,
      str(rel.properties.date),
    );
  }

  const edges: GraphEdgeView[] = [...drafts.entries()].map(([id, draft]) => {
    const dates = [...draft.dates].sort();
    return {
      id,
      source: draft.source,
      target: draft.target,
      kind: draft.kind,
      type: draft.type,
      weight: Math.max(draft.evidence.size, 1),
      evidenceIds: [...draft.evidence],
      firstDate: dates[0] ?? null,
      lastDate: dates[dates.length - 1] ?? null,
    };
  });
  const nodeViews = [...views.values()];
  return { nodes: nodeViews, edges, cap: nodeViews.length, truncated: result.truncated, totalNodes: nodeViews.length };
}
