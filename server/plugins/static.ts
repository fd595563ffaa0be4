// The built explorer from dist/, and what any other path answers: an unknown /api route or
// a non-GET request is a JSON 404; a path naming a file that is not there is a plain 404;
// any other path belongs to the explorer (index.html), or, without a build, to a page
// saying how to build it.

import fastifyStatic from '@fastify/static';
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { existsSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { isApiPath, type RequestPath } from '../requestPath.ts';

export interface StaticOptions {
  /** The built explorer (vite build). */
  staticDir: string;
  /** The decoded path of each request, read once before routing. */
  paths: WeakMap<IncomingMessage, RequestPath>;
}

const NO_BUILD_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsgraph</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40em; margin: 4em auto">
<h1>newsgraph</h1>
<p>The API is running, but the explorer is not built. Run <code>npm run build</code> and reload this page,
or use <code>npm run dev</code> while working on it.</p>
<p>API: <a href="/api/health">/api/health</a></p>
</body></html>
`;

export const explorer = fp<StaticOptions>(
  async (app, { staticDir, paths }) => {
    const hasBuild = existsSync(path.join(staticDir, 'index.html'));
    const decodedPath = (request: FastifyRequest): string => {
      const checked = paths.get(request.raw);
      return checked && 'path' in checked ? checked.path : '/';
    };

    app.setNotFoundHandler((request, reply) => {
      const url = decodedPath(request);
      if (isApiPath(url)) {
        return reply.code(404).send({ error: `no such route: ${request.method} ${url}`, code: 'NOT_FOUND' });
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return reply.code(404).send({ error: `no such route: ${request.method} ${url}`, code: 'NOT_FOUND' });
      }
      if (/\.[A-Za-z0-9]+$/.test(url)) return reply.code(404).type('text/plain; charset=utf-8').send('Not found\n');
      if (hasBuild) return reply.header('cache-control', 'no-cache').sendFile('index.html');
      return reply.type('text/html; charset=utf-8').send(NO_BUILD_PAGE);
    });

    if (hasBuild) {
      await app.register(fastifyStatic, {
        root: staticDir,
        prefix: '/',
        wildcard: true,
        index: 'index.html',
        cacheControl: false,
        setHeaders: (response, filePath) => {
          // Vite names built assets by content hash: they never change.
          if (filePath.includes(`${path.sep}assets${path.sep}`))
            response.setHeader('cache-control', 'public, max-age=31536000, immutable');
          else response.setHeader('cache-control', 'no-cache');
        },
      });
    } else {
      app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(NO_BUILD_PAGE));
    }
  },
  { name: 'newsgraph-explorer' },
);
