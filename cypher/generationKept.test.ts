import { describe, expect, it } from 'vitest';
import { GenerationKept } from './generationKept.ts';

/** Keeps one list, filled by `keep`, grown by `apply`. */
class KeptList extends GenerationKept {
  list: string[] | null = null;
  drops = 0;
  protected drop(): void {
    this.list = null;
    this.drops++;
  }
  keep(list: string[]): void {
    this.fresh();
    this.list = list;
  }
  read(): string[] | null {
    return this.fresh() ? this.list : null;
  }
  apply(item: string, generation: number): void {
    if (this.follow(generation)) this.list?.push(item);
  }
}

describe('what is kept per write generation', () => {
  it('is kept while the store stays in its generation', () => {
    const kept = new KeptList(() => 3);
    kept.keep(['a']);
    expect([kept.read(), kept.read(), kept.drops]).toStrictEqual([['a'], ['a'], 0]);
  });

  it('is dropped once the store moved without it, then kept again for the new generation', () => {
    let generation = 3;
    const kept = new KeptList(() => generation);
    kept.keep(['a']);
    generation = 4;
    expect([kept.read(), kept.drops]).toStrictEqual([null, 1]);
    kept.keep(['b']);
    expect([kept.read(), kept.drops]).toStrictEqual([['b'], 1]);
  });

  it('follows the batches it applies, each in the next generation', () => {
    let generation = 3;
    const kept = new KeptList(() => generation);
    kept.keep(['a']);
    generation = 4;
    kept.apply('b', 4);
    generation = 5;
    kept.apply('c', 5);
    expect([kept.read(), kept.drops]).toStrictEqual([['a', 'b', 'c'], 0]);
  });

  it('drops everything when a batch skips a generation', () => {
    let generation = 3;
    const kept = new KeptList(() => generation);
    kept.keep(['a']);
    generation = 5;
    kept.apply('c', 5);
    expect([kept.read(), kept.drops]).toStrictEqual([null, 1]);
  });
});
