import { describe, expect, it } from 'vitest';
import { COMMUNITY_REST_COLOR } from '../../consts.ts';
import { communityColouring } from './communityColours.ts';

const NAMES: Record<string, string> = { p: 'Dmitry Peskov', t: 'Donald Trump', k: 'Kremlin' };
const nameOf = (node: string) => NAMES[node] ?? node.toUpperCase();

describe('communityColouring', () => {
  it('names the largest communities after their first member and counts every node once', () => {
    const colouring = communityColouring(
      {
        of: new Map(),
        members: [['p', 'k', 'a'], ['t', 'b'], ['c', 'd'], ['lone']],
        modularity: 0.25,
      },
      nameOf,
      ['#111111', '#222222'],
    );
    expect(colouring.entries).toStrictEqual([
      { leader: 'p', label: 'Dmitry Peskov’s community', count: 3, color: '#111111' },
      { leader: 't', label: 'Donald Trump’s community', count: 2, color: '#222222' },
    ]);
    expect(colouring.rest).toStrictEqual({ communities: 2, nodes: 3 });
    expect(Object.fromEntries(colouring.colorOf)).toStrictEqual({
      p: '#111111',
      k: '#111111',
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
    const colouring = communityColouring({ of: new Map(), members: [['p', 'k'], ['t']], modularity: 0 }, nameOf, [
      '#111111',
      '#222222',
    ]);
    expect(colouring.entries.map((e) => e.label)).toStrictEqual(['Dmitry Peskov’s community']);
    expect(colouring.rest).toStrictEqual({ communities: 1, nodes: 1 });
    expect(colouring.colorOf.get('t')).toBe(COMMUNITY_REST_COLOR);
  });

  it('has no rest line when every community has a colour', () => {
    const colouring = communityColouring({ of: new Map(), members: [['p', 'k']], modularity: 0 }, nameOf);
    expect(colouring.rest).toBeNull();
  });
});
