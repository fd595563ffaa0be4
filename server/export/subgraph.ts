// One export request, from the store to a file body: the neighborhood of an entity, the
// overview graph, the entities given by id (an explorer view or selection), or the graph
// found by a read-only Cypher query. Shared by
// GET/POST /api/export and `newsgraph export`.

import type { ExportNodeLook, GraphPayload } from '../../contract/api.ts';
import type { ExportFormat } from '../../contract/exportFormats.ts';
import { entitiesAmong } from '../../cypher/reads/graph.ts';
import type { GraphStore, Params } from '../../cypher/store.ts';
import { foldText } from '../../cypher/text.ts';
import { HttpProblem } from '../errors.ts';
import { collectEvidence, collectStatementEvidence } from './evidence.ts';
import { buildExportGraph, type ExportEvidence, type ExportGraph } from './graph.ts';
import { exportWriter, serializeGraph, type SerializedGraph } from './registry.ts';

export interface ExportRequest {
  format: ExportFormat;
  /** Read-only Cypher whose nodes, relationships and paths make the graph. */
  query?: string;
  params?: Params;
  rowCap?: number;
  /** Centre of a neighborhood export: an entity id, or a name or alias naming one entity. */
  entity?: string;
  depth?: number;
  /** Exactly these entities and the edges among them (unknown ids are left out). */
  ids?: string[];
  /** With ids: only these of the edges among them (an explorer view's visible links); all when absent. */
  edges?: string[];
  /** With ids: how the explorer draws each entity, written as position, size and colour. */
  looks?: ExportNodeLook[];
  /** The file's base name (slugified); the extension follows the format. */
  name?: string;
  /** Node cap for neighborhood and overview exports. */
  limit?: number;
  types?: string[];
}

export interface ExportFile extends SerializedGraph {
  filename: string;
  nodes: number;
  edges: number;
}

export interface ExportContext {
  /** Creator written into the file's metadata, e.g. `newsgraph 0.1.0`. */
  creator: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Runs the user query (the API puts it behind its concurrency limiter). */
  runQuery?: <T>(task: () => Promise<T>) => Promise<T>;
}

export const DEFAULT_EXPORT_LIMIT = 500;
export const DEFAULT_EXPORT_ROW_CAP = 10_000;

function slug(text: string): string {
  const cleaned = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return cleaned || 'graph';
}

/**
 * The id of the entity `text` names: an id as is, else the one entity whose name or alias
 * equals it (ignoring case and accents). Throws 404 for none, 400 for several.
 */
export async function resolveEntity(store: GraphStore, text: string): Promise<string> {
  if ((await store.entity(text)) !== null) return text;
  const wanted = foldText(text);
  const hits = wanted === '' ? [] : await store.search(text, 20);
  const exact = hits.filter((hit) => [hit.name, ...hit.aliases].some((name) => foldText(name) === wanted));
  if (exact.length === 1) return (exact[0] as { id: string }).id;
  if (exact.length > 1) {
    const choices = exact.map((hit) => `${hit.id} (${hit.name}, ${hit.type})`).join('; ');
    throw new HttpProblem(400, 'AMBIGUOUS_ENTITY', `"${text}" names ${exact.length} entities, give one id: ${choices}`);
  }
  const near = hits.slice(0, 5).map((hit) => hit.name);
  const hint = near.length > 0 ? `; did you mean ${near.map((name) => `"${name}"`).join(', ')}?` : '';
  throw new HttpProblem(404, 'NOT_FOUND', `no entity with id or name "${text}"${hint}`);
}

/**
 * Builds the export graph for a request, with the statements and relations behind it;
 * throws HttpProblem for a bad request or an unknown entity.
 */
export async function buildRequestedGraph(
  store: GraphStore,
  request: ExportRequest,
  context: ExportContext,
): Promise<{ graph: ExportGraph; name: string; evidence?: ExportEvidence }> {
  const scopes = [request.query, request.entity, request.ids].filter((scope) => scope !== undefined);
  if (scopes.length > 1) {
    throw new HttpProblem(400, 'BAD_REQUEST', 'give one of a query, an entity or ids to export, not several');
  }
  const meta = { creator: context.creator };
  if (request.query !== undefined) {
    const query = request.query;
    const run = () =>
      store.readOnly(query, request.params ?? {}, {
        rowCap: request.rowCap ?? DEFAULT_EXPORT_ROW_CAP,
        timeoutMs: context.timeoutMs,
        signal: context.signal,
      });
    const result = await (context.runQuery ? context.runQuery(run) : run());
    const description = `Cypher: ${query}${result.truncated ? ` (first ${result.rowCap} rows)` : ''}`;
    const graph = buildExportGraph({ cypher: result }, { ...meta, description });
    // Only the statements CSV reads statements beyond what the query returned.
    const evidence = exportWriter(request.format).needsEvidence
      ? await collectStatementEvidence(store, graph)
      : undefined;
    return { graph, name: 'query', evidence };
  }
  const limit = request.limit ?? DEFAULT_EXPORT_LIMIT;
  let payload: GraphPayload;
  let description: string;
  let name: string;
  if (request.ids !== undefined) {
    payload = await entitiesAmong((queryName, params) => store.run(queryName, params), request.ids);
    if (request.edges !== undefined) {
      const kept = new Set(request.edges);
      payload = { ...payload, edges: payload.edges.filter((edge) => kept.has(edge.id)) };
    }
    description = `${payload.nodes.length} chosen entities`;
    name = 'selection';
  } else if (request.entity !== undefined) {
    const depth = request.depth ?? 1;
    const entityId = await resolveEntity(store, request.entity);
    payload = await store.neighborhood(entityId, { depth, limit });
    const centre = payload.nodes.find((node) => node.id === entityId);
    description = `Neighborhood of ${centre?.name ?? entityId} (depth ${depth})`;
    name = centre?.name ?? entityId;
  } else {
    payload = await store.overview({ limit, types: request.types });
    description = `Overview${request.types ? ` of ${request.types.join(', ')}` : ''}`;
    name = 'overview';
  }
  if (payload.truncated) description += `, first ${payload.cap} of ${payload.totalNodes} nodes`;
  const evidence = await collectEvidence(store, payload, {
    withoutTarget: exportWriter(request.format).needsEvidence,
  });
  const graph = buildExportGraph({ payload, evidence }, { ...meta, description });
  if (request.looks !== undefined && DRAWN_FORMATS.has(request.format)) applyLooks(graph, request.looks);
  return { graph, name, evidence };
}

// Formats whose readers draw the graph (Gephi, yEd, sigma) and so read a node's position,
// size and colour; the Neo4j formats and the statements CSV would only carry them as data.
const DRAWN_FORMATS: ReadonlySet<ExportFormat> = new Set(['gexf', 'graphml', 'json']);

/**
 * Writes how the explorer draws each entity onto its node (`x`, `y`, `size`, `color`: GEXF's
 * viz), and its `community` when the view is coloured by community.
 */
export function applyLooks(graph: ExportGraph, looks: readonly ExportNodeLook[]): void {
  for (const look of looks) {
    if (!graph.hasNode(look.id)) continue;
    graph.mergeNodeAttributes(look.id, { x: look.x, y: look.y, size: look.size, color: look.color });
    if (look.community !== undefined) graph.setNodeAttribute(look.id, 'community', look.community);
  }
}

export async function exportSubgraph(
  store: GraphStore,
  request: ExportRequest,
  context: ExportContext,
): Promise<ExportFile> {
  const { graph, name, evidence } = await buildRequestedGraph(store, request, context);
  const file = serializeGraph(graph, request.format, evidence);
  const base = request.name !== undefined ? slug(request.name) : `newsgraph-${slug(name)}`;
  return { ...file, filename: `${base}.${file.ext}`, nodes: graph.order, edges: graph.size };
}
