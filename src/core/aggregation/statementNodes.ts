// "Statements as nodes": the statements behind aggregated "spoke about" edges drawn as small
// nodes (speaker → statement → targets) instead of those edges. Bounded: whole edges are
// detailed, heaviest first, while their statements fit the cap; the rest stay aggregated.
// Statement nodes and their edges carry their own origin and nothing else brings them in,
// so syncing to an empty plan gives back exactly the graph there was before.
import type { StatementView } from '../../../contract/api.ts';
import { STATEMENT_LABEL_CHARS, STATEMENT_NODE_COLOR, STATEMENT_NODE_SIZE } from '../../consts.ts';
import type { Visibility } from '../filters/filters.ts';
import {
  edgeWidth,
  statementLayerOf,
  type EdgeAttributes,
  type ExplorerGraph,
  type NodeAttributes,
} from '../graph/explorerGraph.ts';

export const STATEMENTS_ORIGIN = 'statements';
const PREFIX = 'statement:';

export const statementNodeId = (statementId: string): string => `${PREFIX}${statementId}`;
export const isStatementNodeId = (id: string): boolean => id.startsWith(PREFIX);
export const statementIdOf = (nodeId: string): string => nodeId.slice(PREFIX.length);

/** The quote cut at a word boundary to about `max` characters, in guillemets. */
export function shortQuote(quote: string, max: number = STATEMENT_LABEL_CHARS): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return `«${text}»`;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `«${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…»`;
}

export interface StatementPlan {
  /** Aggregated edges to detail, heaviest first. */
  edges: string[];
  /** The statements behind them, sorted. */
  statementIds: string[];
  /** Aggregated edges shown, and the distinct statements behind them all. */
  totalEdges: number;
  totalStatements: number;
}

/**
 * Which aggregated "spoke about" edges to detail: those the filters show (or that are
 * already detailed), heaviest first then by id, each taken whole while the distinct
 * statements so far stay within `cap`.
 */
export function planStatementNodes(
  graph: ExplorerGraph,
  visibility: Pick<Visibility, 'hiddenEdges' | 'replacedEdges'>,
  cap: number,
): StatementPlan {
  const layer = statementLayerOf(graph);
  const candidates: { edge: string; weight: number; evidence: string[] }[] = [];
  graph.forEachEdge((edge, a) => {
    if (a.kind !== 'spoke_about' || layer.edges.has(edge) || a.evidenceIds.length === 0) return;
    if (visibility.hiddenEdges.has(edge) && !visibility.replacedEdges.has(edge)) return;
    candidates.push({ edge, weight: a.weight, evidence: a.evidenceIds });
  });
  candidates.sort((a, b) => b.weight - a.weight || (a.edge < b.edge ? -1 : a.edge > b.edge ? 1 : 0));
  const all = new Set<string>();
  const chosen = new Set<string>();
  const edges: string[] = [];
  for (const candidate of candidates) {
    for (const id of candidate.evidence) all.add(id);
    const fresh = candidate.evidence.filter((id) => !chosen.has(id));
    if (chosen.size + fresh.length > cap) continue;
    for (const id of fresh) chosen.add(id);
    edges.push(candidate.edge);
  }
  return { edges, statementIds: [...chosen].sort(), totalEdges: candidates.length, totalStatements: all.size };
}

interface Wanted {
  statement: StatementView;
  speaker: string;
  parents: string[];
  /** Target node → the aggregated edge it comes from. */
  targets: Map<string, string>;
}

function statementDate(statement: StatementView): string | null {
  return statement.date ?? statement.article.date;
}

function layerEdge(statement: StatementView, relType: 'SAID' | 'ABOUT', parent: string | null): EdgeAttributes {
  const date = statementDate(statement);
  return {
    kind: 'spoke_about',
    relType,
    weight: 1,
    evidenceIds: [statement.id],
    firstDate: date,
    lastDate: date,
    size: edgeWidth('spoke_about', 1) * 0.6,
    color: '',
    origins: [STATEMENTS_ORIGIN],
    hidden: false,
    statementLink: { statementId: statement.id, parent },
  };
}

/**
 * Makes the statement nodes in the graph exactly those behind `edges` whose statement is
 * known: removes the others, keeps the position of those that stay, and places new ones
 * along their first edge, spread between speaker and target. Returns the nodes added.
 */
export function syncStatementNodes(
  graph: ExplorerGraph,
  edges: readonly string[],
  statements: ReadonlyMap<string, StatementView>,
): string[] {
  const layer = statementLayerOf(graph);
  const wanted = new Map<string, Wanted>();
  const slot = new Map<string, { edge: string; index: number; count: number }>();
  for (const edge of edges) {
    if (!graph.hasEdge(edge)) continue;
    const a = graph.getEdgeAttributes(edge);
    if (a.kind !== 'spoke_about' || layer.edges.has(edge)) continue;
    const [speaker, target] = graph.extremities(edge);
    const known = a.evidenceIds.filter((id) => statements.has(id));
    known.forEach((id, index) => {
      const node = statementNodeId(id);
      let entry = wanted.get(node);
      if (!entry) {
        entry = { statement: statements.get(id)!, speaker, parents: [], targets: new Map() };
        wanted.set(node, entry);
        slot.set(node, { edge, index, count: known.length });
      }
      entry.parents.push(edge);
      entry.targets.set(target, edge);
    });
  }

  const staleEdges = [...layer.edges].filter((edge) => {
    const a = graph.getEdgeAttributes(edge);
    const [source, target] = graph.extremities(edge);
    const entry = wanted.get(a.relType === 'SAID' ? target : source);
    if (!entry) return true;
    return a.relType === 'SAID' ? source !== entry.speaker : entry.targets.get(target) !== a.statementLink?.parent;
  });
  for (const edge of staleEdges) {
    graph.dropEdge(edge);
    layer.edges.delete(edge);
  }
  for (const node of [...layer.nodes]) {
    if (wanted.has(node)) continue;
    graph.dropNode(node);
    layer.nodes.delete(node);
  }

  const added: string[] = [];
  for (const [node, entry] of wanted) {
    const { statement } = entry;
    if (graph.hasNode(node)) {
      graph.updateNodeAttribute(node, 'statement', (info) => ({ ...info!, parents: entry.parents }));
    } else {
      const place = slot.get(node)!;
      const [s, t] = graph.extremities(place.edge).map((n) => graph.getNodeAttributes(n));
      const along = (place.index + 1) / (place.count + 1);
      const dx = t!.x - s!.x;
      const dy = t!.y - s!.y;
      const side = (place.index % 2 === 0 ? 1 : -1) * 0.12;
      const attributes: NodeAttributes = {
        x: s!.x + dx * along - dy * side,
        y: s!.y + dy * along + dx * side,
        size: STATEMENT_NODE_SIZE,
        color: STATEMENT_NODE_COLOR,
        label: shortQuote(statement.quote),
        entityType: 'Other',
        aliases: [],
        mentions: 0,
        articles: 1,
        statementsBy: 0,
        statementsAbout: 0,
        origins: [STATEMENTS_ORIGIN],
        hidden: false,
        statement: { statementId: statement.id, date: statementDate(statement), parents: entry.parents },
      };
      graph.addNode(node, attributes);
      layer.nodes.add(node);
      added.push(node);
    }
    const said = `said:${statement.id}`;
    if (!graph.hasEdge(said))
      graph.addDirectedEdgeWithKey(said, entry.speaker, node, layerEdge(statement, 'SAID', null));
    layer.edges.add(said);
    for (const [target, parent] of entry.targets) {
      const about = `about:${statement.id}->${target}`;
      if (!graph.hasEdge(about))
        graph.addDirectedEdgeWithKey(about, node, target, layerEdge(statement, 'ABOUT', parent));
      layer.edges.add(about);
    }
  }
  return added;
}

/** Statement nodes in the graph (their ids), for the caller to know what is drawn. */
export function statementNodesIn(graph: ExplorerGraph): string[] {
  return [...statementLayerOf(graph).nodes];
}
