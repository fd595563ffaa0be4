// Tiny payload factories shared by the explorer's unit tests.
import type { GraphEdgeView, GraphNodeView, GraphPayload, StatementView } from '../../../contract/api.ts';
import type { EntityType } from '../../../contract/graph.ts';

export function nodeView(id: string, type: EntityType = 'Person', extra: Partial<GraphNodeView> = {}): GraphNodeView {
  return {
    id,
    name: id.toUpperCase(),
    type,
    aliases: [],
    mentions: 1,
    articles: 1,
    statementsBy: 0,
    statementsAbout: 0,
    ...extra,
  };
}

export function edgeView(
  source: string,
  target: string,
  kind: GraphEdgeView['kind'] = 'spoke_about',
  extra: Partial<GraphEdgeView> = {},
): GraphEdgeView {
  const type = kind === 'spoke_about' ? 'SPOKE_ABOUT' : kind === 'comention' ? 'CO_MENTION' : 'MET';
  return {
    id: `${kind}:${type}:${source}->${target}`,
    source,
    target,
    kind,
    type,
    weight: 1,
    evidenceIds: [],
    firstDate: null,
    lastDate: null,
    ...extra,
  };
}

export function payload(nodes: GraphNodeView[], edges: GraphEdgeView[] = []): GraphPayload {
  return { nodes, edges, cap: 100, truncated: false, totalNodes: nodes.length };
}

export function statementView(
  id: string,
  speaker: string | null,
  about: string[],
  extra: Partial<StatementView> = {},
): StatementView {
  return {
    id,
    articleId: 'a1',
    article: { id: 'a1', title: 'Title', date: '2024-05-01', url: null, source: 'a1.txt', sourceName: null },
    speaker: speaker ? { id: speaker, name: speaker.toUpperCase(), type: 'Person' } : null,
    speakerText: speaker,
    quote: 'q',
    kind: 'direct',
    act: 'claim',
    cue: 'ha detto',
    about: about.map((a) => ({ id: a, name: a.toUpperCase(), type: 'Person' as const })),
    sentence: 'q',
    start: 0,
    end: 1,
    sentenceStart: 0,
    sentenceEnd: 1,
    date: '2024-05-01',
    confidence: 1,
    trace: ['statement.quote-then-cue', 'speaker.subject-after-cue'],
    ...extra,
  };
}
