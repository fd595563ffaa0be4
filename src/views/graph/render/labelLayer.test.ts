import { describe, expect, it } from 'vitest';
import { nodesBySize, nodesBySizeWalk } from './labelLayer.ts';

describe('nodesBySize', () => {
  it('puts the largest first, and equal sizes in the order of their keys', () => {
    const cache = {
      'p:b': { size: 3 },
      'p:a': { size: 3 },
      'o:z': { size: 12.5 },
      'P:c': { size: 3 },
      'p:é': { size: 7 },
      'p:e': { size: 7 },
      'p:10': { size: 3 },
      'p:9': { size: 3 },
    };
    expect(nodesBySize(cache)).toStrictEqual(['o:z', 'p:e', 'p:é', 'P:c', 'p:10', 'p:9', 'p:a', 'p:b']);
  });

  it('orders as a comparison of sizes then keys would', () => {
    let seed = 11;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const cache: Record<string, { size: number }> = {};
    for (let i = 0; i < 2000; i++)
      cache[`n:${Math.floor(random() * 1e6)}`] = { size: 3 + Math.floor(random() * 20) / 4 };
    const compared = Object.keys(cache).sort((a, b) => cache[b]!.size - cache[a]!.size || (a < b ? -1 : a > b ? 1 : 0));
    expect(nodesBySize(cache)).toStrictEqual(compared);
  });

  it('orders a group larger than one sorted run as one sort would, in steps', () => {
    let seed = 5;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    // Mostly one size (as most nodes of a big graph), keys of varied length and case.
    const cache: Record<string, { size: number }> = {};
    for (let i = 0; i < 20_000; i++)
      cache[`${random() < 0.5 ? 'P' : 'p'}:${Math.floor(random() * 1e7).toString(36)}`] = {
        size: random() < 0.9 ? 3 : 4,
      };
    const compared = Object.keys(cache).sort((a, b) => cache[b]!.size - cache[a]!.size || (a < b ? -1 : a > b ? 1 : 0));
    const walk = nodesBySizeWalk(cache);
    let steps = 0;
    let step = walk.next();
    for (; !step.done; step = walk.next()) steps++;
    expect(step.value).toStrictEqual(compared);
    // Grouping pauses every 2,048 keys (10 steps here), then once per size (2): more means the
    // large group was sorted in steps too.
    expect(steps > 12).toBe(true);
  });

  it('gives nothing for no nodes', () => {
    expect(nodesBySize({})).toStrictEqual([]);
  });
});
