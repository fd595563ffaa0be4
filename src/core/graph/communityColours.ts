// Colours and legend of the "colour by community" view: the largest communities get a colour
// of their own and a legend line named after their most connected person (journalists know
// people first), or their most connected entity when they hold no person; the smaller ones
// share one grey and one line, so the legend's counts add up to the nodes drawn.
import { COMMUNITY_COLORS, COMMUNITY_REST_COLOR } from '../../consts.ts';
import type { GraphCommunities } from './communities.ts';

export interface CommunityLegendEntry {
  /** The member the community is named after (communityLeader). */
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

/** What the legend reads of a node: its name and its type. */
export type CommunityMember = (node: string) => { label: string; entityType: string };

/**
 * The member a community is named after: its Person with the most connections (other drawn
 * entities it is linked to), else its entity with the most connections; ties go to the one
 * listed first (more mentions, then key).
 */
export function communityLeader(
  members: readonly string[],
  connections: ReadonlyMap<string, number>,
  member: CommunityMember,
): string | undefined {
  let leader: string | undefined;
  let person: string | undefined;
  const linked = (node: string) => connections.get(node) ?? 0;
  for (const node of members) {
    if (leader === undefined || linked(node) > linked(leader)) leader = node;
    if (member(node).entityType === 'Person' && (person === undefined || linked(node) > linked(person))) person = node;
  }
  return person ?? leader;
}

export function communityColouring(
  communities: GraphCommunities,
  member: CommunityMember,
  palette: readonly string[] = COMMUNITY_COLORS,
): CommunityColouring {
  const colorOf = new Map<string, string>();
  const entries: CommunityLegendEntry[] = [];
  let restCommunities = 0;
  let restNodes = 0;
  communities.members.forEach((members, c) => {
    const color = palette[c] ?? COMMUNITY_REST_COLOR;
    for (const node of members) colorOf.set(node, color);
    // A community of one is no group: it joins the rest even when a colour is free.
    const leader =
      c < palette.length && members.length > 1 ? communityLeader(members, communities.connections, member) : undefined;
    if (leader !== undefined)
      entries.push({ leader, label: `${member(leader).label}’s community`, count: members.length, color });
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
