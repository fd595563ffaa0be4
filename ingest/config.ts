// The CLI's configuration, read and validated in one place: flags first, then the
// environment (documented in .env.example), then defaults.

import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Neo4jConfig {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

export interface CliConfig {
  /** Folder of the embedded store. */
  dataDir: string;
  /** The embedded store's file. */
  dbPath: string;
  /** Set when the graph lives in Neo4j instead of the embedded store. */
  neo4j?: Neo4jConfig;
  /** An explicit API server to work through (otherwise found from the store's owner file). */
  serverUrl?: string;
  /** Bearer token for a server bound beyond loopback. */
  token?: string;
  /** Folder beside the checkout holding the sample corpus and evaluation data. */
  sharedDir: string;
  /** Largest input file read, in bytes. */
  maxBytes: number;
  /** Open the embedded store for queries only. */
  readOnly: boolean;
}

export interface CliFlags {
  data?: string;
  neo4j?: string;
  server?: string;
  readOnly?: boolean;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DB_FILE = 'newsgraph.grafeo';

export class ConfigError extends Error {}

export function loadCliConfig(flags: CliFlags, env: NodeJS.ProcessEnv = process.env): CliConfig {
  const dataDir = path.resolve(flags.data ?? env.NEWSGRAPH_DATA ?? path.join(process.cwd(), 'data'));
  const neo4jUri = flags.neo4j ?? env.NEO4J_URI;
  if (neo4jUri !== undefined && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/.test(neo4jUri)) {
    throw new ConfigError(`not a Neo4j URI: "${neo4jUri}" (expected bolt://host:port or neo4j://host:port)`);
  }
  const maxBytesText = env.NEWSGRAPH_MAX_BYTES;
  const maxBytes = maxBytesText === undefined ? DEFAULT_MAX_BYTES : Number(maxBytesText);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
    throw new ConfigError(`NEWSGRAPH_MAX_BYTES must be a positive integer, got "${maxBytesText}"`);
  }
  const serverUrl = flags.server ?? env.NEWSGRAPH_SERVER;
  if (serverUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(serverUrl)) {
    throw new ConfigError(`not a server URL: "${serverUrl}"`);
  }
  return {
    dataDir,
    dbPath: path.join(dataDir, DB_FILE),
    neo4j: neo4jUri
      ? {
          uri: neo4jUri,
          user: env.NEO4J_USER,
          password: env.NEO4J_PASSWORD,
          database: env.NEO4J_DATABASE,
        }
      : undefined,
    serverUrl: serverUrl?.replace(/\/+$/, ''),
    token: env.NEWSGRAPH_TOKEN,
    sharedDir: path.resolve(env.NEWSGRAPH_SHARED ?? path.join(REPO_ROOT, '..', 'shared')),
    maxBytes,
    readOnly: flags.readOnly === true,
  };
}
