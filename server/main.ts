// Starts the API server: validates the configuration, opens the store (unless one is
// given), listens, and for the embedded store records itself as the store's owner so
// that a CLI started later works through this server instead of the locked file.
// Prints nothing: the caller decides what the user sees.

import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { openStore } from '../cypher/open.ts';
import { removeStoreOwner, writeStoreOwner } from '../cypher/owner.ts';
import type { GraphStore } from '../cypher/store.ts';
import { buildApp } from './app.ts';
import { loadServerConfig, type ServerConfig } from './config.ts';
import type { IngestFunction } from './routes/ingest.ts';

export interface StartOptions extends Partial<ServerConfig> {
  /** An already-open store; the caller keeps ownership (it is not closed here). */
  store?: GraphStore;
  /** Environment to read the configuration from (process.env by default). */
  env?: NodeJS.ProcessEnv;
  /** Stop on SIGINT/SIGTERM (default true). */
  handleSignals?: boolean;
  /** Log level of errors written to stderr (default 'error'; 'silent' for none). */
  logLevel?: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
  ingest?: IngestFunction;
  /** Open the embedded store for queries only (it also opens so where it cannot be written). */
  readOnly?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  host: string;
  config: ServerConfig;
  store: GraphStore;
  app: FastifyInstance;
  /** Stops listening, removes the owner file, closes the store it opened. Safe to call twice. */
  close(): Promise<void>;
}

/** The address a client on this machine uses to reach a server bound to `host`. */
function clientHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::' || host === '[::]') return '[::1]';
  if (host.includes(':') && !host.startsWith('[')) return `[${host}]`;
  return host;
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const { store: givenStore, env, handleSignals = true, logLevel = 'error', ingest, readOnly, ...overrides } = options;
  const config = loadServerConfig(overrides, env ?? process.env);
  const store =
    givenStore ?? openStore({ neo4j: config.neo4j, dataDir: config.dataDir, dbPath: config.dbPath, readOnly });
  const ownsStore = givenStore === undefined;

  let app: FastifyInstance;
  try {
    await store.init();
    app = await buildApp({ store, config, ingest, logger: { level: logLevel, stream: process.stderr } });
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    if (ownsStore) await store.close().catch(() => undefined);
    throw error;
  }

  const port = (app.server.address() as AddressInfo).port;
  const url = `http://${clientHost(config.host)}:${port}`;
  const ownerPath = store.kind === 'grafeo' ? store.location : undefined;
  if (ownerPath) {
    try {
      writeStoreOwner(ownerPath, { pid: process.pid, url, startedAt: new Date().toISOString() });
    } catch (error) {
      // A store in a folder that cannot be written is served read-only, without an owner
      // file: a CLI started later opens it read-only beside this server.
      if (!store.readOnlyReason) throw error;
    }
  }

  // After listen and the owner file: the readiness line and the health route never wait for
  // it. A read arriving meanwhile waits for the same load; a failed one is made again by the
  // first read that needs it.
  void store.warm().catch(() => undefined);

  const removeOwner = () => {
    if (ownerPath) {
      try {
        removeStoreOwner(ownerPath);
      } catch {
        // already gone, or the folder went away with it
      }
    }
  };
  const onSignal = () => void close();

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      process.off('exit', removeOwner);
      removeOwner();
      try {
        await app.close();
      } finally {
        if (ownsStore) await store.close();
      }
    })();
    return closing;
  };

  if (handleSignals) {
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  // Last resort when the process ends without close(): never leave a stale owner behind.
  process.once('exit', removeOwner);

  return { url, port, host: config.host, config, store, app, close };
}
