// The store as a whole: its counts, and a backup made here while this server holds it.

import type { FastifyPluginAsync } from 'fastify';
import path from 'node:path';
import { backupStore } from '../../cypher/backup.ts';
import { GrafeoStore } from '../../cypher/engines/grafeo.ts';
import { HttpProblem } from '../errors.ts';
import type { RouteContext } from './context.ts';

export const storeRoutes: FastifyPluginAsync<RouteContext> = async (app, { store }) => {
  app.get('/api/stats', async () => store.stats());

  // `newsgraph backup` while this server holds the store: the copy is made here, in turn
  // with the writes, into a new folder beside the store (never a path from the request);
  // the CLI moves it where the user asked.
  let backups = 0;
  app.post('/api/backup', async () => {
    if (!(store instanceof GrafeoStore)) {
      throw new HttpProblem(
        400,
        'NOT_EMBEDDED',
        'backup is for the embedded store: back Neo4j up with neo4j-admin database dump',
      );
    }
    backups += 1;
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const dir = path.join(`${store.location}.backups`, `${stamp}-${process.pid}-${backups}`);
    const manifest = await backupStore(store, dir);
    return { dir, manifest };
  });
};
