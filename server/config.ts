// The configuration of the API server and of the command line, read and validated in
// one place with one ConfigError: explicit options and flags first, then the environment
// (documented in .env.example), then defaults.
// Listening beyond loopback without a bearer token is refused here, so no code path
// can start an open server by accident.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { STORE_FILE } from '../contract/store.ts';
import { DEFAULT_MAX_RESULT_BYTES, DEFAULT_QUERY_MEMORY_BYTES, DEFAULT_ROW_CAP } from '../cypher/bounds.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Largest input file the CLI reads, in bytes. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8321;
export const MAX_ROW_CAP = 10_000;
export const DEFAULT_QUERY_TIMEOUT_MS = 15_000;
export const DEFAULT_CYPHER_CONCURRENCY = 2;
export const DEFAULT_CYPHER_QUEUE = 16;
export const DEFAULT_CYPHER_QUEUE_WAIT_MS = 5_000;
export const DEFAULT_BODY_LIMIT = 64 * 1024 * 1024;
export const MIN_TOKEN_LENGTH = 16;

export interface Neo4jConfig {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

export interface ServerConfig {
  host: string;
  /** 0 = any free port. */
  port: number;
  /** Bearer token every /api request must carry; required beyond loopback. */
  token?: string;
  /** Folder of the embedded store. */
  dataDir: string;
  /** The embedded store's file (dataDir/newsgraph.grafeo). */
  dbPath: string;
  /** Set when the graph lives in Neo4j instead of the embedded store. */
  neo4j?: Neo4jConfig;
  /** Rows returned by /api/cypher when the request names no cap. */
  rowCap: number;
  /** Highest cap a request may ask for. */
  maxRowCap: number;
  /** Milliseconds before a user query is abandoned. */
  queryTimeoutMs: number;
  /** User Cypher queries running at once; more wait in a short queue. */
  cypherConcurrency: number;
  /** Queries allowed to wait; beyond that the API answers 429. */
  cypherQueue: number;
  /** Longest wait in the queue before 429. */
  cypherQueueWaitMs: number;
  /** Most bytes of rows one console answer may hold; more is RESULT_TOO_LARGE. */
  maxResultBytes: number;
  /** Most memory one console query may take on the embedded store; more is MEMORY. */
  queryMemoryBytes: number;
  /** Largest request body (POST /api/ingest carries whole articles). */
  bodyLimit: number;
  /** The built explorer (vite build). */
  staticDir: string;
  version: string;
  /** The extraction backend POST /api/ingest uses when a request names none (the rule extractor when unset). */
  extractor?: string;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const NEO4J_URI = /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/;

/** True for addresses only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare) || bare === '::ffff:127.0.0.1';
}

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** An environment variable, with an empty value counting as unset. */
function fromEnv(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value;
}

/**
 * An extraction backend's name as written (NEWSGRAPH_EXTRACTOR, --extractor): whether a
 * backend has it is known only once the extractors load, when it is used.
 */
function extractorName(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const name = text.trim();
  if (!/^[a-z][a-z0-9-]*$/.test(name)) {
    throw new ConfigError(
      `not an extractor name: "${text}" (NEWSGRAPH_EXTRACTOR, --extractor; the default is "rules")`,
    );
  }
  return name;
}

function integerFrom(
  name: string,
  explicit: number | undefined,
  envText: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  let value = fallback;
  let shown: string = String(fallback);
  if (explicit !== undefined) {
    value = explicit;
    shown = String(explicit);
  } else if (envText !== undefined && envText.trim() !== '') {
    value = Number(envText.trim());
    shown = envText;
  }
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${shown}"`);
  }
  return value;
}

/**
 * Builds the server configuration. `overrides` come from code or CLI flags and win over
 * the environment. Throws ConfigError with a message fit for the terminal.
 */
export function loadServerConfig(
  overrides: Partial<ServerConfig> = {},
  env: NodeJS.ProcessEnv = process.env,
): ServerConfig {
  const host = (overrides.host ?? fromEnv(env, 'NEWSGRAPH_HOST') ?? DEFAULT_HOST).trim();
  if (host === '' || /[\s/]/.test(host)) throw new ConfigError(`not a host name or address: "${host}"`);
  const port = integerFrom('port (NEWSGRAPH_PORT)', overrides.port, env.NEWSGRAPH_PORT, DEFAULT_PORT, 0, 65535);

  const tokenText = overrides.token ?? fromEnv(env, 'NEWSGRAPH_TOKEN');
  const token = tokenText === undefined || tokenText === '' ? undefined : tokenText;
  if (token !== undefined) {
    if (token.length < MIN_TOKEN_LENGTH) {
      throw new ConfigError(
        `NEWSGRAPH_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters (try: openssl rand -hex 24)`,
      );
    }
    if (!/^[\x21-\x7e]+$/.test(token)) throw new ConfigError('NEWSGRAPH_TOKEN must be printable ASCII without spaces');
  }
  if (!isLoopbackHost(host) && token === undefined) {
    throw new ConfigError(
      `refusing to listen on ${host} without a token: anyone on the network could read the graph. ` +
        'Set NEWSGRAPH_TOKEN (at least 16 characters, e.g. `openssl rand -hex 24`) or keep the default host 127.0.0.1.',
    );
  }

  const dataDir = path.resolve(overrides.dataDir ?? fromEnv(env, 'NEWSGRAPH_DATA') ?? path.join(process.cwd(), 'data'));
  const dbPath = path.resolve(overrides.dbPath ?? path.join(dataDir, STORE_FILE));

  let neo4j = overrides.neo4j;
  const neo4jUri = fromEnv(env, 'NEO4J_URI');
  if (neo4j === undefined && neo4jUri !== undefined) {
    neo4j = {
      uri: neo4jUri.trim(),
      user: fromEnv(env, 'NEO4J_USER'),
      password: env.NEO4J_PASSWORD || undefined,
      database: fromEnv(env, 'NEO4J_DATABASE'),
    };
  }
  if (neo4j !== undefined && !NEO4J_URI.test(neo4j.uri)) {
    throw new ConfigError(`not a Neo4j URI: "${neo4j.uri}" (expected bolt://host:port or neo4j://host:port)`);
  }

  const maxRowCap = integerFrom('maximum row cap', overrides.maxRowCap, undefined, MAX_ROW_CAP, 1, 1_000_000);
  const rowCap = integerFrom(
    'row cap (NEWSGRAPH_ROW_CAP)',
    overrides.rowCap,
    env.NEWSGRAPH_ROW_CAP,
    DEFAULT_ROW_CAP,
    1,
    maxRowCap,
  );
  const queryTimeoutMs = integerFrom(
    'query timeout (NEWSGRAPH_QUERY_TIMEOUT_MS)',
    overrides.queryTimeoutMs,
    env.NEWSGRAPH_QUERY_TIMEOUT_MS,
    DEFAULT_QUERY_TIMEOUT_MS,
    10,
    600_000,
  );
  const cypherConcurrency = integerFrom(
    'Cypher concurrency (NEWSGRAPH_CYPHER_CONCURRENCY)',
    overrides.cypherConcurrency,
    env.NEWSGRAPH_CYPHER_CONCURRENCY,
    DEFAULT_CYPHER_CONCURRENCY,
    1,
    64,
  );
  const cypherQueue = integerFrom(
    'Cypher queue length',
    overrides.cypherQueue,
    undefined,
    DEFAULT_CYPHER_QUEUE,
    0,
    10_000,
  );
  const cypherQueueWaitMs = integerFrom(
    'Cypher queue wait',
    overrides.cypherQueueWaitMs,
    undefined,
    DEFAULT_CYPHER_QUEUE_WAIT_MS,
    0,
    600_000,
  );
  const bodyLimit = integerFrom(
    'body limit (NEWSGRAPH_BODY_LIMIT)',
    overrides.bodyLimit,
    env.NEWSGRAPH_BODY_LIMIT,
    DEFAULT_BODY_LIMIT,
    1024,
    1024 * 1024 * 1024,
  );
  const maxResultBytes = integerFrom(
    'result size limit (NEWSGRAPH_MAX_RESULT_BYTES)',
    overrides.maxResultBytes,
    env.NEWSGRAPH_MAX_RESULT_BYTES,
    DEFAULT_MAX_RESULT_BYTES,
    1024,
    1024 * 1024 * 1024,
  );
  const queryMemoryBytes = integerFrom(
    'query memory budget (NEWSGRAPH_QUERY_MEMORY_BYTES)',
    overrides.queryMemoryBytes,
    env.NEWSGRAPH_QUERY_MEMORY_BYTES,
    DEFAULT_QUERY_MEMORY_BYTES,
    128 * 1024 * 1024,
    64 * 1024 * 1024 * 1024,
  );
  const extractor = extractorName(overrides.extractor ?? fromEnv(env, 'NEWSGRAPH_EXTRACTOR'));
  const staticDir = path.resolve(
    overrides.staticDir ?? fromEnv(env, 'NEWSGRAPH_STATIC_DIR') ?? path.join(REPO_ROOT, 'dist'),
  );

  return {
    host,
    port,
    token,
    dataDir,
    dbPath,
    neo4j,
    rowCap,
    maxRowCap,
    queryTimeoutMs,
    cypherConcurrency,
    cypherQueue,
    cypherQueueWaitMs,
    maxResultBytes,
    queryMemoryBytes,
    bodyLimit,
    staticDir,
    version: overrides.version ?? readVersion(),
    ...(extractor ? { extractor } : {}),
  };
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
  /** The extraction backend `ingest` and `extract` use (the rule extractor when unset). */
  extractor?: string;
}

/** The command line's global flags. */
export interface CliFlags {
  data?: string;
  neo4j?: string;
  server?: string;
  readOnly?: boolean;
  /** `ingest` and `extract`: the extraction backend. */
  extractor?: string;
}

/** The command line's configuration: its global flags, then the environment, then defaults. */
export function loadCliConfig(flags: CliFlags, env: NodeJS.ProcessEnv = process.env): CliConfig {
  const dataDir = path.resolve(flags.data ?? env.NEWSGRAPH_DATA ?? path.join(process.cwd(), 'data'));
  const neo4jUri = flags.neo4j ?? env.NEO4J_URI;
  if (neo4jUri !== undefined && !NEO4J_URI.test(neo4jUri)) {
    throw new ConfigError(`not a Neo4j URI: "${neo4jUri}" (expected bolt://host:port or neo4j://host:port)`);
  }
  const maxBytesText = env.NEWSGRAPH_MAX_BYTES;
  const maxBytes = maxBytesText === undefined ? DEFAULT_MAX_BYTES : Number(maxBytesText);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
    throw new ConfigError(`NEWSGRAPH_MAX_BYTES must be a positive integer, got "${maxBytesText}"`);
  }
  const extractor = extractorName(flags.extractor ?? fromEnv(env, 'NEWSGRAPH_EXTRACTOR'));
  const serverUrl = flags.server ?? env.NEWSGRAPH_SERVER;
  if (serverUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(serverUrl)) {
    throw new ConfigError(`not a server URL: "${serverUrl}"`);
  }
  return {
    dataDir,
    dbPath: path.join(dataDir, STORE_FILE),
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
    ...(extractor ? { extractor } : {}),
  };
}
