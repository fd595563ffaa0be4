// Colours and legend of the "colour by community" view: the largest communities get a colour
// of their own and a legend line named after their most mentioned member; the smaller ones
// share one grey and one line, so the legend's counts add up to the nodes drawn.
import { COMMUNITY_COLORS, COMMUNITY_REST_COLOR } from '../../consts.ts';
import type { GraphCommunities } from './communities.ts';

export interface CommunityLegendEntry {
  /** The most mentioned member. */
  leader: string;
  label: string;
  count: number;
  color: string;
}

export interface CommunityColouring {
  colorOf: Map<string, string>;
  /** Community of each node drawn, numbered from the largest (0): what exports write as `community`. */
  communityOf: ReadonlyMap<string, number>;
  entries: CommunityLegendEntry[];
  /** The communities without a colour of their own, and their nodes; null when there are none. */
  rest: { communities: number; nodes: number } | null;
  modularity: number;
}

export function communityColouring(
  communities: GraphCommunities,
  nameOf: (node: string) => string,
  palette: readonly string[] = COMMUNITY_COLORS,
): CommunityColouring {
  const colorOf = new Map<string, string>();
  const entries: CommunityLegendEntry[] = [];
  let restCommunities = 0;
  let restNodes = 0;
  communities.members.forEach((members, c) => {
    const color = palette[c] ?? COMMUNITY_REST_COLOR;
    for (const node of members) colorOf.set(node, color);
    const leader = members[0];
    // A community of one is no group: it joins the rest even when a colour is free.
    if (c < palette.length && leader !== undefined && members.length > 1)
      entries.push({ leader, label: `${nameOf(leader)}’s community`, count: members.length, color });
    else {
      if (c < palette.length) for (const node of members) colorOf.set(node, COMMUNITY_REST_COLOR);
      restCommunities++;
      restNodes += members.length;
    }
  });
  return {
    colorOf,
    communityOf: communities.of,
    entries,
    rest: restCommunities > 0 ? { communities: restCommunities, nodes: restNodes } : null,
    modularity: communities.modularity,
  };
}
