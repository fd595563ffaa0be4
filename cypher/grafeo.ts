// GraphStore on the embedded engine Grafeo (@grafeo-db/js), a persistent file under ./data/.
// Grafeo locks its file exclusively: while another process holds it, every call here
// throws StoreUnavailableError naming that process (from the owner file, else from the
// OS lock table), and the next call tries to open it again, so a server recovers once
// the file is free. Writes are serialized in this process (one write transaction at a
// time); reads run side by side on snapshots. (In 0.6.0 `GrafeoDB.open` of a missing
// path creates an empty database and `GrafeoDB.create` of an existing one opens it with
// its data; this module calls `create` only when the file does not exist.)

import fs from 'node:fs';
import path from 'node:path';
import grafeo from '@grafeo-db/js';
import { CypherStore } from './base.ts';
import type { CypherResult } from './model.ts';
import { lockHolderPid, readStoreOwner } from './owner.ts';
import { loadQuery } from './queries.ts';
import {
  checkReadOnly,
  CypherQueryError,
  DEFAULT_ROW_CAP,
  DEFAULT_TIMEOUT_MS,
  engineErrorInfo,
  statementText,
  withDeadline,
} from './readonly.ts';
import { fromGrafeo, grafeoRow } from './records.ts';
import { StoreUnavailableError, type Params, type ReadOnlyOptions, type Row } from './store.ts';

const { GrafeoDB } = grafeo;
type Database = InstanceType<typeof GrafeoDB>;
type Transaction = ReturnType<Database['beginTransaction']>;

export const DEFAULT_DB_FILE = 'newsgraph.grafeo';

/** Created on every open (IF NOT EXISTS): uniqueness, and the lookup indexes Grafeo's MERGE needs. */
const SCHEMA_QUERIES = [
  'schema/entity-id-unique',
  'schema/article-id-unique',
  'schema/statement-id-unique',
  'schema/entity-id-index',
  'schema/article-id-index',
  'schema/statement-id-index',
];

const LOCKED = /cannot be locked/i;

/** Grafeo's binding takes null, not undefined. */
function cleanParams(value: unknown): unknown {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(cleanParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const clean: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) clean[key] = cleanParams(entry);
    return clean;
  }
  return value;
}

export class GrafeoStore extends CypherStore {
  readonly kind = 'grafeo' as const;
  readonly location: string;
  private db: Database | null = null;
  private opening: Promise<Database> | null = null;
  private closed = false;
  private writes: Promise<unknown> = Promise.resolve();
  /** Queries given up on (timeout, cancel) that are still running natively. */
  private readonly abandoned = new Set<Promise<void>>();
  /** Queries running now: close() waits for them before it closes the file. */
  private readonly running = new Set<Promise<unknown>>();

  constructor(options: { dbPath: string }) {
    super();
    this.location = path.resolve(options.dbPath);
  }

  private describeHolder(): { message: string; holder?: { pid: number; url?: string } } {
    const owner = readStoreOwner(this.location);
    const pid = owner?.pid ?? lockHolderPid(this.location);
    if (pid === null || pid === undefined) {
      return { message: `The store ${this.location} is locked by another process.` };
    }
    const holder: { pid: number; url?: string } = { pid };
    if (owner?.url) holder.url = owner.url;
    const serving = owner?.url ? `, serving ${owner.url}` : '';
    return { message: `The store ${this.location} is in use by another process (pid ${pid}${serving}).`, holder };
  }

  private async open(): Promise<Database> {
    fs.mkdirSync(path.dirname(this.location), { recursive: true });
    let db: Database;
    try {
      db = fs.existsSync(this.location) ? GrafeoDB.open(this.location) : GrafeoDB.create(this.location);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (LOCKED.test(message)) {
        const { message: text, holder } = this.describeHolder();
        throw new StoreUnavailableError(text, holder);
      }
      throw new StoreUnavailableError(`The store ${this.location} cannot be opened: ${message}`);
    }
    try {
      for (const name of SCHEMA_QUERIES) await db.executeCypher(loadQuery(name));
    } catch (error) {
      db.close();
      throw error;
    }
    return db;
  }

  /** The open database; opened on first use, and again after a failed attempt. */
  private async handle(): Promise<Database> {
    if (this.closed) throw new StoreUnavailableError(`The store ${this.location} is closed.`);
    if (this.db) return this.db;
    this.opening ??= this.open().finally(() => {
      this.opening = null;
    });
    const db = await this.opening;
    if (this.closed) {
      db.close();
      throw new StoreUnavailableError(`The store ${this.location} is closed.`);
    }
    this.db = db;
    return db;
  }

  async init(): Promise<void> {
    await this.handle();
  }

  async ping(): Promise<void> {
    const db = await this.handle();
    await db.executeCypher('RETURN 1 AS ok');
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.opening?.catch(() => undefined);
    await this.writes.catch(() => undefined);
    await Promise.allSettled([...this.running, ...this.abandoned]);
    if (this.db) {
      this.db.close();
      this.db = null;
    }
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.running.add(work);
    const forget = (): void => {
      this.running.delete(work);
    };
    work.then(forget, forget);
    return work;
  }

  protected async execute(text: string, params: Params): Promise<Row[]> {
    const db = await this.handle();
    const result = await this.track(db.executeCypher(text, cleanParams(params)));
    return result.toArray().map(grafeoRow);
  }

  protected inWriteTransaction<T>(
    work: (run: (text: string, params: Params) => Promise<Row[]>) => Promise<T>,
  ): Promise<T> {
    const next = this.writes
      .catch(() => undefined)
      .then(async () => {
        const db = await this.handle();
        const tx = db.beginTransaction();
        const run = async (text: string, params: Params): Promise<Row[]> => {
          const result = await tx.executeCypher(text, cleanParams(params));
          return result.toArray().map(grafeoRow);
        };
        try {
          const value = await work(run);
          tx.commit();
          return value;
        } catch (error) {
          if (tx.isActive) tx.rollback();
          throw error;
        }
      });
    this.writes = next;
    return next;
  }

  /** Rolls back a transaction whose query was given up on, once the query ends. */
  private abandon(work: Promise<unknown>, tx: Transaction): void {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    const cleanup = settled.then(() => {
      if (tx.isActive) tx.rollback();
      this.abandoned.delete(cleanup);
    });
    this.abandoned.add(cleanup);
  }

  /**
   * Runs user Cypher in a transaction that is always rolled back. Grafeo cannot cancel a
   * running native query (its own limit is a fixed 30 s): on timeout or cancel this stops
   * waiting and answers at once, while the query finishes on a worker thread and its
   * transaction is rolled back then; later calls run beside it on their own snapshots,
   * and close() waits for it.
   */
  async readOnly(query: string, params: Params = {}, options: ReadOnlyOptions = {}): Promise<CypherResult> {
    const refused = checkReadOnly(query);
    if (refused) throw new CypherQueryError(refused);
    query = statementText(query);
    const rowCap = Math.max(1, Math.trunc(options.rowCap ?? DEFAULT_ROW_CAP));
    const timeoutMs = Math.max(1, Math.trunc(options.timeoutMs ?? DEFAULT_TIMEOUT_MS));
    const db = await this.handle();
    const started = performance.now();
    const tx = db.beginTransaction();
    let waiting = true;
    try {
      const work = this.track(tx.executeCypher(query, cleanParams(params)));
      const result = await withDeadline(work, timeoutMs, options.signal, (running) => {
        waiting = false;
        this.abandon(running, tx);
      });
      const columns = result.columns;
      const raw = result.rows();
      const rows = raw.slice(0, rowCap).map((row) => row.map(fromGrafeo));
      return {
        columns,
        rows,
        truncated: raw.length > rowCap,
        rowCap,
        elapsedMs: Math.round(performance.now() - started),
      };
    } catch (error) {
      if (error instanceof CypherQueryError) throw error;
      throw new CypherQueryError(engineErrorInfo(error, query));
    } finally {
      if (waiting && tx.isActive) tx.rollback();
    }
  }
}
