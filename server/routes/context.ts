// What every route group is given: the store it answers from and the server's configuration.
// Route groups are encapsulated Fastify plugins; the guards, error handler, compression and
// console limit registered before them apply to their routes.

import type { FastifyReply } from 'fastify';
import type { GraphStore } from '../../cypher/store.ts';
import type { ServerConfig } from '../config.ts';

/** Bodies of routes that carry a query, not articles. */
export const QUERY_BODY_LIMIT = 2 * 1024 * 1024;

export interface RouteContext {
  store: GraphStore;
  config: ServerConfig;
}

/** Comma-separated entity types, each once. */
export function splitTypes(types: string | undefined): string[] | undefined {
  return types === undefined ? undefined : [...new Set(types.split(','))];
}

/** An AbortSignal that fires when the client goes away before the answer is sent. */
export function clientGone(reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) controller.abort(new Error('the client closed the connection'));
  });
  return controller.signal;
}
