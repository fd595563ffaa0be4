// `newsgraph serve` and `newsgraph demo`: the explorer and the API, the demo after
// ingesting the sample corpus.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { openStore } from '../../cypher/open.ts';
import { ingestDocuments } from '../../ingest/ingest.ts';
import { printable } from '../../contract/printable.ts';
import { REPO_ROOT, type CliConfig } from '../../server/config.ts';
import { runningServer, sayIfReadOnly } from '../target.ts';
import { UserError } from '../terminal.ts';
import { printSummary, readOrFail } from './ingest.ts';

export interface ServeOptions {
  /** Unset unless given on the command line: the server's configuration then reads NEWSGRAPH_HOST. */
  host?: string;
  /** Unset unless given on the command line: the server's configuration then reads NEWSGRAPH_PORT. */
  port?: string;
}

/** A port that cannot be bound, said in one line that names how to choose another. */
function listenProblem(error: unknown, given: ServeOptions): UserError | null {
  const failure = error as NodeJS.ErrnoException & { address?: string; port?: number };
  if (failure?.syscall !== 'listen' || (failure.code !== 'EADDRINUSE' && failure.code !== 'EACCES')) return null;
  const where = `${failure.address ?? given.host ?? ''}:${failure.port ?? given.port ?? ''}`;
  const why = failure.code === 'EADDRINUSE' ? 'is already in use' : 'may not be used by this user';
  return new UserError(
    `port ${failure.port ?? given.port} (${printable(where)}) ${why}: choose another with --port <n> or NEWSGRAPH_PORT (0 = any free port)`,
  );
}

export async function serveCommand(options: ServeOptions, config: CliConfig, banner?: string): Promise<number> {
  const { startServer } = await import('../../server/main.ts');
  let port: number | undefined;
  if (options.port !== undefined) {
    port = Number(options.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UserError(`--port must be 0..65535, got "${options.port}"`, 2);
  }
  const server = await startServer({
    host: options.host,
    port,
    dataDir: config.dataDir,
    neo4j: config.neo4j,
    token: config.token,
    readOnly: config.readOnly,
  }).catch((error: unknown) => {
    throw listenProblem(error, options) ?? error;
  });
  if (banner) console.log(banner);
  sayIfReadOnly(server.store);
  console.log(`newsgraph explorer: ${server.url}`);
  console.log('Press Ctrl+C to stop.');
  await new Promise<void>((resolve) => {
    const stop = () => {
      void server.close().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

export async function demoCommand(options: ServeOptions, config: CliConfig): Promise<number> {
  const seeds = path.join(config.sharedDir, 'corpus', 'seeds');
  if (!existsSync(seeds)) {
    throw new UserError(
      `the sample corpus is not at ${printable(seeds)}: put the shared folder beside the checkout or set NEWSGRAPH_SHARED`,
    );
  }
  if (!existsSync(path.join(REPO_ROOT, 'dist', 'index.html'))) {
    throw new UserError('the explorer is not built: run `npm run build` (npm run demo does it for you)');
  }
  const remote = await runningServer(config);
  if (remote)
    throw new UserError(`a newsgraph server already holds ${printable(config.dbPath)}: it is at ${remote.baseUrl}`);
  const { documents, failed } = await readOrFail([seeds], config);
  const store = openStore({ neo4j: config.neo4j, dataDir: config.dataDir, dbPath: config.dbPath });
  const started = Date.now();
  try {
    await store.init();
    const summary = await ingestDocuments(store, documents);
    printSummary(summary, failed, (Date.now() - started) / 1000);
  } finally {
    await store.close();
  }
  return serveCommand(options, config, `Sample corpus: ${printable(seeds)}`);
}
