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

/**
 * A seeded random payload of `nodes` entities and about `edges` edges of every kind, some of
 * them parallel (the same two entities, another kind or direction), with mentions, weights
 * and dates spread out: big enough for walks that yield every few hundred items.
 */
export function randomPayload(nodes: number, edges: number, seed = 1): GraphPayload {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const types: EntityType[] = ['Person', 'Organization', 'Place', 'Event'];
  const kinds: GraphEdgeView['kind'][] = ['spoke_about', 'comention', 'relation'];
  const nodeViews = Array.from({ length: nodes }, (_, i) =>
    nodeView(`n${i}`, types[i % types.length], { mentions: 1 + Math.floor(random() * 20) }),
  );
  const edgeViews = new Map<string, GraphEdgeView>();
  for (let i = 0; i < edges; i++) {
    const source = Math.floor(random() * nodes);
    const target = (source + 1 + Math.floor(random() * 5)) % nodes;
    const kind = kinds[Math.floor(random() * kinds.length)]!;
    const month = 1 + Math.floor(random() * 9);
    const view = edgeView(`n${source}`, `n${target}`, kind, {
      weight: 1 + Math.floor(random() * 4),
      firstDate: `2024-0${month}-01`,
      lastDate: `2024-0${month}-20`,
    });
    edgeViews.set(view.id, view);
  }
  return payload(nodeViews, [...edgeViews.values()]);
}
