import { describe, expect, it } from 'vitest';
import { ReadCache } from './readCache.ts';

/** A loader counting its calls, answering `answer` and the call number. */
function loader(answer: string) {
  const calls: number[] = [];
  const load = () => {
    calls.push(calls.length + 1);
    return Promise.resolve({ answer, call: calls.length });
  };
  return { calls, load };
}

describe('ReadCache', () => {
  it('answers a key from the first load until the next write', async () => {
    const cache = new ReadCache();
    const { calls, load } = loader('a');
    expect(await cache.read('k', load)).toStrictEqual({ answer: 'a', call: 1 });
    expect(await cache.read('k', load)).toStrictEqual({ answer: 'a', call: 1 });
    expect(cache.generation).toBe(0);
    cache.invalidate();
    expect(cache.generation).toBe(1);
    expect(await cache.read('k', load)).toStrictEqual({ answer: 'a', call: 2 });
    expect(calls).toStrictEqual([1, 2]);
  });

  it('shares one load between reads asked while it runs', async () => {
    const cache = new ReadCache();
    let release: (value: string) => void = () => undefined;
    let loads = 0;
    const load = () => {
      loads += 1;
      return new Promise<string>((resolve) => {
        release = resolve;
      });
    };
    const first = cache.read('k', load);
    const second = cache.read('k', load);
    release('done');
    expect(await Promise.all([first, second])).toStrictEqual(['done', 'done']);
    expect(loads).toBe(1);
  });

  it('keeps no failed load', async () => {
    const cache = new ReadCache();
    let attempt = 0;
    const load = () => {
      attempt += 1;
      return attempt === 1 ? Promise.reject(new Error('store down')) : Promise.resolve('up');
    };
    await expect(cache.read('k', load)).rejects.toThrow('store down');
    expect(await cache.read('k', load)).toBe('up');
    expect(attempt).toBe(2);
  });

  it('drops the least recently used entry past its capacity', async () => {
    const cache = new ReadCache(2);
    const a = loader('a');
    const b = loader('b');
    const c = loader('c');
    await cache.read('a', a.load);
    await cache.read('b', b.load);
    await cache.read('a', a.load);
    await cache.read('c', c.load);
    await cache.read('a', a.load);
    await cache.read('b', b.load);
    expect([a.calls, b.calls, c.calls]).toStrictEqual([[1], [1, 2], [1]]);
  });

  it('freezes what it keeps, so no caller changes another caller’s answer', async () => {
    const cache = new ReadCache();
    const answer = await cache.read('k', () => Promise.resolve({ nodes: [{ id: 'a' }] }));
    expect(() => answer.nodes.push({ id: 'b' })).toThrow(TypeError);
    expect(() => {
      answer.nodes[0]!.id = 'b';
    }).toThrow(TypeError);
    expect(await cache.read('k', () => Promise.resolve({ nodes: [] }))).toStrictEqual({ nodes: [{ id: 'a' }] });
  });
});
