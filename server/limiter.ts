// A counting semaphore with a bounded, time-limited queue. User Cypher goes through it
// so that a few expensive queries cannot take every core and starve health, search and
// neighborhood requests: beyond `concurrency` running and `queue` waiting, or after
// waiting `maxWaitMs`, a caller is turned away (the API answers 429).
// A task's slot is free when its promise settles: a task must settle only once its
// work has ended (GraphStore.readOnly does, also on timeout and cancel).

export class BusyError extends Error {
  readonly code = 'BUSY';
  constructor(message: string) {
    super(message);
    this.name = 'BusyError';
  }
}

interface Waiter {
  grant: () => void;
  timer: NodeJS.Timeout | undefined;
}

export class Limiter {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(
    readonly concurrency: number,
    readonly queue: number,
    readonly maxWaitMs: number,
  ) {}

  /** Slots taken. */
  get active(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** Runs `task` when a slot is free; rejects with BusyError when none frees in time. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  private busyMessage(): string {
    return `${this.running} queries running, ${this.waiting.length} waiting`;
  }

  private acquire(): Promise<void> {
    if (this.running < this.concurrency) {
      this.running += 1;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.queue) {
      return Promise.reject(new BusyError(`too many queries at once (${this.busyMessage()}); try again shortly`));
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        grant: () => {
          if (waiter.timer) clearTimeout(waiter.timer);
          resolve();
        },
        timer: undefined,
      };
      waiter.timer = setTimeout(() => {
        const index = this.waiting.indexOf(waiter);
        if (index >= 0) this.waiting.splice(index, 1);
        reject(
          new BusyError(`no query slot freed within ${this.maxWaitMs} ms (${this.busyMessage()}); try again shortly`),
        );
      }, this.maxWaitMs);
      this.waiting.push(waiter);
    });
  }

  private release(): void {
    const next = this.waiting.shift();
    // The slot passes straight to the next waiter, so `running` stays the same.
    if (next) next.grant();
    else this.running -= 1;
  }
}
