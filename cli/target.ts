// Where a command's work goes: the store opened here, or the API server that holds it.
// The embedded store admits one process at a time, so while a server runs, a command
// works through it over HTTP; both are one `StoreTarget` to the commands.

import type { IngestSummary, SearchHit, StoreStats } from '../contract/api.ts';
import type { ExportFormat } from '../contract/exportFormats.ts';
import type { CypherResult } from '../contract/cypher.ts';
import type { RawDocument } from '../contract/extraction.ts';
import { openStore } from '../cypher/open.ts';
import { readStoreOwner } from '../cypher/owner.ts';
import type { GraphStore, Params } from '../cypher/store.ts';
import { extractorNamed } from '../extract/extractor.ts';
import { ingestDocuments } from '../ingest/ingest.ts';
import { printable } from '../contract/printable.ts';
import type { CliConfig } from '../server/config.ts';
import { exportSubgraph } from '../server/export/subgraph.ts';
import { RemoteStore, serverAnswers } from './remote.ts';
import { say } from './terminal.ts';

/** A subgraph export as the CLI asks for it. */
export interface TargetExport {
  format: ExportFormat;
  query?: string;
  params?: Params;
  entity?: string;
  depth?: number;
}

/** The store a command works on, local or behind a running server. */
export interface StoreTarget {
  /** The store as the user would name it again (`--data`, `--neo4j`, `--server`). */
  readonly name: string;
  /** `extractor`: the backend's name (the rule extractor when not given). */
  ingest(
    documents: RawDocument[],
    onProgress: (done: number, total: number) => void,
    extractor?: string,
  ): Promise<IngestSummary>;
  /** Read-only Cypher; through a server, its own timeout applies. */
  query(cypher: string, params: Params, options: { rowCap?: number; timeoutMs?: number }): Promise<CypherResult>;
  stats(): Promise<StoreStats>;
  search(text: string, limit: number): Promise<SearchHit[]>;
  /** The export file's body: text, or bytes for binary formats. */
  exportGraph(request: TargetExport): Promise<string | Uint8Array>;
}

class LocalTarget implements StoreTarget {
  constructor(
    readonly name: string,
    private readonly store: GraphStore,
  ) {}

  ingest(
    documents: RawDocument[],
    onProgress: (done: number, total: number) => void,
    extractor?: string,
  ): Promise<IngestSummary> {
    return ingestDocuments(this.store, documents, {
      extractor: extractorNamed(extractor),
      onProgress: ({ done, total }) => onProgress(done, total),
    });
  }

  query(cypher: string, params: Params, options: { rowCap?: number; timeoutMs?: number }): Promise<CypherResult> {
    const { rowCap, timeoutMs } = options;
    return this.store.readOnly(cypher, params, { ...(rowCap ? { rowCap } : {}), ...(timeoutMs ? { timeoutMs } : {}) });
  }

  stats(): Promise<StoreStats> {
    return this.store.stats();
  }

  search(text: string, limit: number): Promise<SearchHit[]> {
    return this.store.search(text, limit);
  }

  async exportGraph(request: TargetExport): Promise<string | Uint8Array> {
    return (await exportSubgraph(this.store, request, { creator: 'newsgraph CLI' })).body;
  }
}

class RemoteTarget implements StoreTarget {
  constructor(
    readonly name: string,
    private readonly remote: RemoteStore,
  ) {}

  ingest(
    documents: RawDocument[],
    onProgress: (done: number, total: number) => void,
    extractor?: string,
  ): Promise<IngestSummary> {
    return this.remote.ingest(documents, (done) => onProgress(done, documents.length), { extractor });
  }

  query(cypher: string, params: Params, options: { rowCap?: number }): Promise<CypherResult> {
    return this.remote.query(cypher, params, options.rowCap);
  }

  stats(): Promise<StoreStats> {
    return this.remote.stats();
  }

  search(text: string, limit: number): Promise<SearchHit[]> {
    return this.remote.search(text, limit);
  }

  exportGraph(request: TargetExport): Promise<string | Uint8Array> {
    return this.remote.exportGraph(request);
  }
}

/** The API server holding the embedded store, if one is running and answers. */
export async function runningServer(config: CliConfig): Promise<RemoteStore | null> {
  if (config.serverUrl) return new RemoteStore(config.serverUrl, config.token);
  if (config.neo4j) return null;
  const owner = readStoreOwner(config.dbPath);
  if (!owner?.url) return null;
  if (!(await serverAnswers(owner.url, config.token))) return null;
  return new RemoteStore(owner.url, config.token);
}

export function sayIfReadOnly(store: GraphStore): void {
  if (store.readOnlyReason)
    say(`(the store ${printable(store.location)} is read-only: ${printable(store.readOnlyReason)}; queries only)`);
}

/** Runs `work` on the store opened here (never through a server), closing it after. */
export async function withLocalStore<T>(config: CliConfig, work: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = openStore({
    neo4j: config.neo4j,
    dataDir: config.dataDir,
    dbPath: config.dbPath,
    readOnly: config.readOnly,
  });
  let result: T;
  try {
    await store.init();
    sayIfReadOnly(store);
    result = await work(store);
  } catch (error) {
    // The work's error says what went wrong; a close failing after it would only hide it.
    await store.close().catch(() => undefined);
    throw error;
  }
  await store.close();
  return result;
}

/** Runs `work` on the store: through the server that holds it, or by opening it. */
export async function withTarget<T>(config: CliConfig, work: (target: StoreTarget) => Promise<T>): Promise<T> {
  const remote = await runningServer(config);
  if (remote) {
    say(`(working through the newsgraph server at ${remote.baseUrl})`);
    const held = config.serverUrl ? '' : ` holding ${printable(config.dataDir)}`;
    return work(new RemoteTarget(`the newsgraph server at ${remote.baseUrl}${held}`, remote));
  }
  const name = printable(config.neo4j ? config.neo4j.uri : config.dataDir);
  return withLocalStore(config, (store) => work(new LocalTarget(name, store)));
}
