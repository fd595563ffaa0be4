// The guards every request passes before its route, and the headers every answer carries.
// One decoded path for everything (server/requestPath.ts: a path two readers could route
// differently is a 400); then, with no token, only loopback Host names are served (a web
// page on another origin that resolves its name to 127.0.0.1 cannot read the API); with a
// token, every API call but the bare liveness probe carries it, judged on the decoded path
// the router routed. Registered before the routes: it also lists them (`app.apiRoutes`).

import fp from 'fastify-plugin';
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isLoopbackHost } from '../config.ts';
import { HttpProblem } from '../errors.ts';
import { isApiPath, type RequestPath } from '../requestPath.ts';

/** A route as registered: what the token guard must cover. */
export interface RouteEntry {
  method: string;
  url: string;
}

export interface GuardOptions {
  /** The bearer token every /api request must carry; none: loopback Host names only. */
  token: string | undefined;
  /** The decoded path of each request, read once before routing (Fastify's rewriteUrl). */
  paths: WeakMap<IncomingMessage, RequestPath>;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function hostName(hostHeader: string | undefined): string {
  if (!hostHeader) return '';
  if (hostHeader.startsWith('[')) return hostHeader.slice(0, hostHeader.indexOf(']') + 1);
  return hostHeader.replace(/:\d+$/, '');
}

export const guards = fp<GuardOptions>(
  async (app, { token, paths }) => {
    const apiRoutes: RouteEntry[] = [];
    app.decorate('apiRoutes', apiRoutes);
    app.addHook('onRoute', (route) => {
      if (!isApiPath(route.url)) return;
      for (const method of [route.method].flat()) apiRoutes.push({ method, url: route.url });
    });

    app.addHook('onSend', async (_request, reply, payload) => {
      void reply.header('x-content-type-options', 'nosniff');
      // The explorer's URL may carry ?token=: never send it on as a Referer.
      void reply.header('referrer-policy', 'no-referrer');
      void reply.header('x-frame-options', 'DENY');
      return payload;
    });

    app.addHook('onRequest', async (request, reply) => {
      const checked = paths.get(request.raw);
      if (!checked || 'problem' in checked) {
        throw new HttpProblem(400, 'BAD_PATH', checked ? checked.problem : 'the request path could not be read');
      }
      if (token === undefined) {
        const name = hostName(request.headers.host);
        if (!isLoopbackHost(name)) {
          throw new HttpProblem(
            403,
            'FORBIDDEN_HOST',
            `requests for host "${name}" are not served: this server only answers on loopback`,
          );
        }
        return;
      }
      if (!isApiPath(checked.path)) return;
      const header = request.headers.authorization ?? '';
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (match?.[1] && sameSecret(match[1], token)) {
        request.authorized = true;
        return;
      }
      if (request.routeOptions.url === '/api/health') return;
      void reply.header('www-authenticate', 'Bearer realm="newsgraph"');
      throw new HttpProblem(
        401,
        'UNAUTHORIZED',
        'this server requires `Authorization: Bearer <token>` (the NEWSGRAPH_TOKEN it was started with)',
      );
    });
    app.decorateRequest('authorized', false);
  },
  { name: 'newsgraph-guards' },
);

declare module 'fastify' {
  interface FastifyRequest {
    /** The request carried the server's bearer token. */
    authorized: boolean;
  }
  interface FastifyInstance {
    /** Every API route registered, each method apart (HEAD included). */
    apiRoutes: readonly RouteEntry[];
  }
}
