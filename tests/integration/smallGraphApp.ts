// One setup for the integration suites that read the small hand-written extraction: a
// real embedded store in a temporary folder, filled once, and the API app over it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openStore } from '../../cypher/open.ts';
import type { GraphStore } from '../../cypher/store.ts';
import { buildApp } from '../../server/app.ts';
import { loadServerConfig, type ServerConfig } from '../../server/config.ts';
import { smallGraph } from '../../server/testing/smallGraph.ts';

export interface SmallGraphApp {
  dir: string;
  config: ServerConfig;
  store: GraphStore;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** `prefix` names the temporary folder, so a leftover one says which suite left it. */
export async function openSmallGraphApp(prefix: string): Promise<SmallGraphApp> {
  const dir = mkdtempSync(path.join(tmpdir(), `newsgraph-${prefix}-`));
  const config = loadServerConfig({ dataDir: dir, staticDir: path.join(dir, 'no-dist'), port: 0 }, {});
  const store = openStore({ dataDir: dir, dbPath: config.dbPath });
  let app: FastifyInstance | undefined;
  try {
    await store.init();
    await store.writeExtraction(smallGraph());
    app = await buildApp({ store, config });
  } catch (error) {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    dir,
    config,
    store,
    app,
    async close() {
      await app?.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
