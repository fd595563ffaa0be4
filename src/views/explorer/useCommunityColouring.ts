// The communities of what is drawn, while nodes are coloured by community: computed in a
// worker (communityRunner.ts) only when the graph's structure or visibility changed, once
// for every reader (the renderer's reducers, the legend, the exports). While a new partition
// is computed, the last one stays drawn (nodes it does not know keep their type colour) and
// the legend says it is updating; a partition computed for a graph that changed meanwhile is
// dropped.
import { useEffect, useSyncExternalStore } from 'react';
import type { CommunityColouring } from '../../core/graph/communityColours.ts';
import { CommunityRunner } from '../../core/graph/communityRunner.ts';
import type { ExplorerGraph } from '../../core/graph/explorerGraph.ts';
import { useExplorer } from './explorerContext.ts';

const runners = new WeakMap<ExplorerGraph, CommunityRunner>();

function runnerOf(graph: ExplorerGraph): CommunityRunner {
  let runner = runners.get(graph);
  if (!runner) {
    runner = new CommunityRunner(graph);
    runners.set(graph, runner);
  }
  return runner;
}

export interface Communities {
  colouring: CommunityColouring | null;
  /** A partition of the graph as it is now is being computed. */
  updating: boolean;
}

export function useCommunities(): Communities {
  const { graph, state, view } = useExplorer();
  const on = view.colorBy === 'community' && state.load.phase === 'ready';
  const key = `${state.version}:${state.visible.round}`;
  const runner = runnerOf(graph);
  const communities = useSyncExternalStore(runner.subscribe, runner.getState);
  useEffect(() => {
    if (on) runner.request(key);
    else runner.cancel();
  }, [runner, on, key]);
  if (!on) return { colouring: null, updating: false };
  return { colouring: communities.applied?.colouring ?? null, updating: communities.applied?.key !== key };
}

export function useCommunityColouring(): CommunityColouring | null {
  return useCommunities().colouring;
}
