// The communities of what is drawn, while nodes are coloured by community: computed again
// only when the graph's structure or visibility changed, once for every reader (the renderer's
// reducers and the legend). About a second at 50,000 nodes (bench/communities.ts).
import { useMemo } from 'react';
import { graphCommunities } from '../../core/graph/communities.ts';
import { communityColouring, type CommunityColouring } from '../../core/graph/communityColours.ts';
import type { ExplorerGraph } from '../../core/graph/explorerGraph.ts';
import { useExplorer } from './explorerContext.ts';

const computed = new WeakMap<ExplorerGraph, { key: string; colouring: CommunityColouring }>();

export function useCommunityColouring(): CommunityColouring | null {
  const { graph, state, view } = useExplorer();
  const on = view.colorBy === 'community' && state.load.phase === 'ready';
  const key = `${state.version}:${state.visible.round}`;
  return useMemo(() => {
    if (!on) return null;
    const done = computed.get(graph);
    if (done?.key === key) return done.colouring;
    const colouring = communityColouring(graphCommunities(graph), (node) => graph.getNodeAttribute(node, 'label'));
    computed.set(graph, { key, colouring });
    return colouring;
  }, [graph, on, key]);
}
