// Picks the engine: Neo4j when a Bolt URI is configured, else the embedded Grafeo file
// (dbPath, or dataDir/newsgraph.grafeo, or ./data/newsgraph.grafeo). Callers read the
// configuration (NEO4J_URI …) in their own config module; nothing here reads the environment.

import path from 'node:path';
import { STORE_FILE } from '../contract/store.ts';
import { GrafeoStore } from './engines/grafeo.ts';
import { Neo4jStore } from './engines/neo4j.ts';
import type { GraphStore } from './store.ts';

export interface OpenStoreConfig {
  neo4j?: { uri: string; user?: string; password?: string; database?: string };
  dataDir?: string;
  dbPath?: string;
  /** Embedded store: open it for queries only. */
  readOnly?: boolean;
}

/** A store, not yet connected: the first call (init() usually) opens it. */
export function openStore(config: OpenStoreConfig = {}): GraphStore {
  if (config.neo4j?.uri) return new Neo4jStore(config.neo4j);
  const dbPath = config.dbPath ?? path.join(config.dataDir ?? path.join(process.cwd(), 'data'), STORE_FILE);
  return new GrafeoStore({ dbPath, readOnly: config.readOnly === true });
}
