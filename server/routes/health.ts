// GET /api/health: whether the store answers, within a short time; with the token (or on
// a server without one) also where the graph lives and, on request, its counts.

import type { FastifyPluginAsync } from 'fastify';
import type { HealthInfo } from '../../contract/api.ts';
import { healthQuery, type HealthQuery } from '../schemas.ts';
import type { RouteContext } from './context.ts';

/** How long /api/health waits for the store before calling it down. */
const HEALTH_PROBE_MS = 2000;

async function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export const healthRoutes: FastifyPluginAsync<RouteContext> = async (app, { store, config }) => {
  app.get<{ Querystring: HealthQuery }>('/api/health', { schema: { querystring: healthQuery } }, async (request) => {
    const health: HealthInfo = { ok: false, store: store.kind, storeUp: false, version: config.version };
    if (config.token === undefined || request.authorized) {
      // A URI's user part, if any, stays on the server.
      health.storeLocation =
        store.kind === 'neo4j' && config.neo4j ? config.neo4j.uri.replace(/\/\/[^/]*@/, '//') : config.dataDir;
    }
    try {
      await withTimeout(store.ping(), HEALTH_PROBE_MS, `the store did not answer within ${HEALTH_PROBE_MS} ms`);
      health.storeUp = true;
      health.ok = true;
      if (request.query.stats && (config.token === undefined || request.authorized)) {
        health.stats = await withTimeout(
          store.stats(),
          HEALTH_PROBE_MS,
          `the store did not count within ${HEALTH_PROBE_MS} ms`,
        );
      }
    } catch (error) {
      health.error = error instanceof Error ? error.message : String(error);
    }
    return health;
  });
};
