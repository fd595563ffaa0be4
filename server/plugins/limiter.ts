// The console's concurrency limit: user Cypher (POST /api/cypher, query exports) runs a
// few at a time, a short queue waits, more is 429, so heavy queries cannot starve the
// rest. A query's slot is free only once its engine work has ended: readOnly settles
// after the query was stopped (timeout, client gone), so timed-out queries never pile up
// on the cores.

import fp from 'fastify-plugin';
import { Limiter } from '../limiter.ts';

export interface ConsoleLimitOptions {
  concurrency: number;
  queue: number;
  queueWaitMs: number;
}

export const consoleLimit = fp<ConsoleLimitOptions>(
  async (app, { concurrency, queue, queueWaitMs }) => {
    const limiter = new Limiter(concurrency, queue, queueWaitMs);
    app.decorate('runConsoleQuery', <T>(task: () => Promise<T>): Promise<T> => limiter.run(task));
  },
  { name: 'newsgraph-console-limit' },
);

declare module 'fastify' {
  interface FastifyInstance {
    /** Runs a user query behind the console's concurrency limit. */
    runConsoleQuery<T>(task: () => Promise<T>): Promise<T>;
  }
}
