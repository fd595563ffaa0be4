import { describe, expect, it } from 'vitest';
import { BusyError, Limiter } from './limiter.ts';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('Limiter', () => {
  it('runs at most `concurrency` tasks and hands slots to waiters in order', async () => {
    const limiter = new Limiter(2, 4, 60_000);
    const gates = [deferred<void>(), deferred<void>(), deferred<void>()];
    const order: number[] = [];
    const runs = gates.map((gate, index) =>
      limiter.run(async () => {
        order.push(index);
        await gate.promise;
        return index;
      }),
    );
    await Promise.resolve();
    expect(order).toStrictEqual([0, 1]);
    expect(limiter.active).toBe(2);
    expect(limiter.queued).toBe(1);
    gates[0]!.resolve();
    await runs[0];
    await Promise.resolve();
    expect(order).toStrictEqual([0, 1, 2]);
    expect(limiter.active).toBe(2);
    gates[1]!.resolve();
    gates[2]!.resolve();
    expect(await Promise.all(runs)).toStrictEqual([0, 1, 2]);
    expect(limiter.active).toBe(0);
    expect(limiter.queued).toBe(0);
  });

  it('refuses at once when the queue is full', async () => {
    const limiter = new Limiter(1, 0, 60_000);
    const gate = deferred<void>();
    const first = limiter.run(() => gate.promise);
    await expect(limiter.run(async () => 1)).rejects.toBeInstanceOf(BusyError);
    gate.resolve();
    await first;
    expect(await limiter.run(async () => 2)).toBe(2);
  });

  it('gives up on a waiter after maxWaitMs, and frees the slot when a task fails', async () => {
    const limiter = new Limiter(1, 1, 5);
    const gate = deferred<void>();
    const first = limiter.run(() => gate.promise);
    await expect(limiter.run(async () => 1)).rejects.toThrow('no query slot freed within 5 ms');
    expect(limiter.queued).toBe(0);
    gate.resolve();
    await first;
    await expect(limiter.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(limiter.active).toBe(0);
  });
});
