import { describe, expect, it } from 'vitest';
import { COMMUNITY_REST_COLOR } from '../../consts.ts';
import type { GraphCommunities } from './communities.ts';
import { communityColouring, communityLeader } from './communityColours.ts';

const ENTITIES: Record<string, { label: string; entityType: string }> = {
  p: { label: 'Dmitry Peskov', entityType: 'Person' },
  t: { label: 'Donald Trump', entityType: 'Person' },
  k: { label: 'Kremlin', entityType: 'Organization' },
  m: { label: 'Mosca', entityType: 'Place' },
  u: { label: 'Ucraina', entityType: 'Place' },
};
const member = (node: string) => ENTITIES[node] ?? { label: node.toUpperCase(), entityType: 'Person' };

function communities(members: string[][], connections: Record<string, number> = {}): GraphCommunities {
  return { of: new Map(), members, connections: new Map(Object.entries(connections)), modularity: 0.25 };
}

describe('communityColouring', () => {
  it('names the largest communities after their most connected person and counts every node once', () => {
    const colouring = communityColouring(
      communities([['k', 'p', 'a'], ['t', 'b'], ['c', 'd'], ['lone']], { k: 5, p: 3, a: 1, t: 1, b: 2 }),
      member,
      ['#111111', '#222222'],
    );
    expect(colouring.entries).toStrictEqual([
      { leader: 'p', label: 'Dmitry Peskov’s community', count: 3, color: '#111111' },
      { leader: 'b', label: 'B’s community', count: 2, color: '#222222' },
    ]);
    expect(colouring.rest).toStrictEqual({ communities: 2, nodes: 3 });
    expect(Object.fromEntries(colouring.colorOf)).toStrictEqual({
      k: '#111111',
      p: '#111111',
      a: '#111111',
      t: '#222222',
      b: '#222222',
      c: COMMUNITY_REST_COLOR,
      d: COMMUNITY_REST_COLOR,
      lone: COMMUNITY_REST_COLOR,
    });
    expect(colouring.modularity).toBe(0.25);
  });

  it('gives a community of one no colour or line of its own', () => {
    const colouring = communityColouring(communities([['p', 'k'], ['t']]), member, ['#111111', '#222222']);
    expect(colouring.entries.map((e) => e.label)).toStrictEqual(['Dmitry Peskov’s community']);
    expect(colouring.rest).toStrictEqual({ communities: 1, nodes: 1 });
    expect(colouring.colorOf.get('t')).toBe(COMMUNITY_REST_COLOR);
  });

  it('has no rest line when every community has a colour', () => {
    const colouring = communityColouring(communities([['p', 'k']]), member);
    expect(colouring.rest).toBeNull();
  });
});

describe('communityLeader', () => {
  it('is the most connected person, even when an organization or a place has more connections', () => {
    expect(
      communityLeader(
        ['k', 'm', 'p', 't'],
        new Map([
          ['k', 9],
          ['m', 7],
          ['p', 2],
          ['t', 4],
        ]),
        member,
      ),
    ).toBe('t');
  });

  it('is the most connected entity when the community holds no person', () => {
    expect(
      communityLeader(
        ['m', 'k', 'u'],
        new Map([
          ['m', 1],
          ['k', 3],
          ['u', 2],
        ]),
        member,
      ),
    ).toBe('k');
  });

  it('goes to the member listed first (the most mentioned) among equally connected ones', () => {
    expect(
      communityLeader(
        ['k', 't', 'p'],
        new Map([
          ['k', 2],
          ['t', 2],
          ['p', 2],
        ]),
        member,
      ),
    ).toBe('t');
    expect(communityLeader(['u', 'm'], new Map(), member)).toBe('u');
  });
});
