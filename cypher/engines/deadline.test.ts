import { describe, expect, it } from 'vitest';
import { CypherQueryError } from '../queryError.ts';
import { withDeadline } from './deadline.ts';

describe('withDeadline', () => {
  it('returns the work when it finishes in time', async () => {
    expect(await withDeadline(Promise.resolve(7), 1000, undefined, () => undefined)).toBe(7);
  });

  it('gives up at the deadline and hands the running work over', async () => {
    let handed: Promise<number> | null = null;
    let finish: (value: number) => void = () => undefined;
    const work = new Promise<number>((resolve) => {
      finish = resolve;
    });
    const error = await withDeadline(work, 5, undefined, (running) => {
      handed = running;
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CypherQueryError);
    expect((error as CypherQueryError).info).toStrictEqual({
      code: 'TIMEOUT',
      message: 'The query ran longer than 5 ms and was stopped.',
    });
    expect(handed).toBe(work);
    finish(1);
  });

  it('gives up when the signal aborts', async () => {
    const controller = new AbortController();
    let handed: Promise<number> | null = null;
    const work = new Promise<number>(() => undefined);
    const pending = withDeadline(work, 10_000, controller.signal, (running) => {
      handed = running;
    }).catch((caught: unknown) => caught);
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(CypherQueryError);
    expect((error as CypherQueryError).info).toStrictEqual({ code: 'CANCELLED', message: 'The query was cancelled.' });
    expect(handed).toBe(work);
  });

  it('gives up at once on a signal that has already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    let handed: Promise<number> | null = null;
    const work = new Promise<number>(() => undefined);
    const error = await withDeadline(work, 10_000, controller.signal, (running) => {
      handed = running;
    }).catch((caught: unknown) => caught);
    expect((error as CypherQueryError).info.code).toBe('CANCELLED');
    expect(handed).toBe(work);
  });
});
