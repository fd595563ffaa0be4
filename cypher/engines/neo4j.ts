// GraphStore on a Neo4j server through neo4j-driver (Bolt). Integers cross the boundary in
// one place each way: JS integers are sent as neo4j.int (the driver would send floats),
// and Integer values come back as numbers (strings past 2^53) through records.ts.
// Writes go through executeWrite, which retries transient failures with backoff; the
// whole batch is retried, which is safe: a failed transaction leaves nothing, and each
// try first checks, inside its transaction, that the batch's articles are still unstored
// (writes/send.ts), so what it CREATEs cannot be there twice.

import { DEFAULT_MAX_RESULT_BYTES, DEFAULT_ROW_CAP, resultTooLargeInfo } from '../bounds.ts';
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { CypherStore } from '../base.ts';
import type { CypherResult, CypherValue } from '../../contract/cypher.ts';
import { loadQuery } from '../queries.ts';
import { checkPortable } from '../portability.ts';
import { DEFAULT_TIMEOUT_MS, timeoutInfo, withDeadline } from './deadline.ts';
import { engineErrorInfo } from './engineErrors.ts';
import { CypherQueryError } from '../queryError.ts';
import { checkReadOnly, statementText } from '../readonly.ts';
import { positionAt } from '../tokens.ts';
import { fromNeo4j, type Neo4jKinds } from './records.ts';
import { StoreUnavailableError, type Params, type ReadOnlyOptions, type Row } from '../store.ts';

export interface Neo4jConfig {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

/** Created by init() (IF NOT EXISTS); each constraint brings the index its lookups use. */
const SCHEMA_QUERIES = ['schema/entity-id-unique', 'schema/article-id-unique', 'schema/statement-id-unique'];

const EXPLAIN_PREFIX = 'EXPLAIN ';

const KINDS: Neo4jKinds = {
  isInt: (value) => neo4j.isInt(value),
  isNode: (value) => neo4j.isNode(value as never),
  isRelationship: (value) => neo4j.isRelationship(value as never),
  isPath: (value) => neo4j.isPath(value as never),
  isTextual: (value) =>
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isDuration(value as never) ||
    neo4j.isPoint(value as never),
};

/** Parameters as Neo4j needs them: integers as Integer, undefined as null. */
export function toNeo4jParams(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (typeof value === 'bigint') return neo4j.int(value.toString());
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const converted: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) converted[key] = toNeo4jParams(entry);
    return converted;
  }
  return value;
}

function neo4jRow(record: { keys: readonly PropertyKey[]; get(key: PropertyKey): unknown }): Row {
  const row: Row = {};
  for (const key of record.keys) row[String(key)] = fromNeo4j(record.get(key), KINDS);
  return row;
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

function isUnavailable(error: unknown): boolean {
  const code = errorCode(error);
  return (
    code === neo4j.error.SERVICE_UNAVAILABLE ||
    code === neo4j.error.SESSION_EXPIRED ||
    code.startsWith('Neo.ClientError.Security.') ||
    code === 'Neo.ClientError.Database.DatabaseNotFound' ||
    code === 'Neo.TransientError.General.DatabaseUnavailable' ||
    ['ECONNREFUSED', 'ENOTFOUND', 'ECONNRESET', 'ETIMEDOUT'].includes(code)
  );
}

function isTimeout(error: unknown): boolean {
  return /TransactionTimedOut|Transaction\.TransactionTimedOut|TransactionMarkedAsFailed.*timeout/i.test(
    errorCode(error),
  );
}

export class Neo4jStore extends CypherStore {
  readonly kind = 'neo4j' as const;
  readonly location: string;
  private readonly config: Neo4jConfig;
  private driver: Driver | null = null;

  constructor(config: Neo4jConfig) {
    super();
    this.config = config;
    this.location = config.uri;
  }

  private getDriver(): Driver {
    if (!this.driver) {
      const auth = this.config.user ? neo4j.auth.basic(this.config.user, this.config.password ?? '') : undefined;
      this.driver = neo4j.driver(this.config.uri, auth, { connectionTimeout: 5000, maxTransactionRetryTime: 15_000 });
    }
    return this.driver;
  }

  private session(mode: 'READ' | 'WRITE'): Session {
    const config: Parameters<Driver['session']>[0] = {
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    };
    if (this.config.database) config.database = this.config.database;
    return this.getDriver().session(config);
  }

  /** Rethrows an unreachable server as StoreUnavailableError, anything else as is. */
  private unavailable(error: unknown): never {
    if (isUnavailable(error)) {
      const message = error instanceof Error ? error.message : String(error);
      throw new StoreUnavailableError(`Neo4j at ${this.location} cannot be reached: ${message}`);
    }
    throw error;
  }

  private async withSession<T>(mode: 'READ' | 'WRITE', work: (session: Session) => Promise<T>): Promise<T> {
    const session = this.session(mode);
    try {
      return await work(session);
    } catch (error) {
      return this.unavailable(error);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  async init(): Promise<void> {
    await this.withSession('WRITE', async (session) => {
      for (const name of SCHEMA_QUERIES) await session.run(loadQuery(name));
    });
  }

  async ping(): Promise<void> {
    try {
      await this.getDriver().verifyConnectivity(this.config.database ? { database: this.config.database } : {});
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new StoreUnavailableError(`Neo4j at ${this.location} cannot be reached: ${message}`);
    }
  }

  async close(): Promise<void> {
    if (this.driver) {
      await this.driver.close();
      this.driver = null;
    }
  }

  /** Reads run auto-commit, without the driver's retries: a server that is down answers at once. */
  protected execute(text: string, params: Params): Promise<Row[]> {
    return this.withSession('READ', async (session) =>
      (await session.run(text, toNeo4jParams(params) as Record<string, unknown>)).records.map(neo4jRow),
    );
  }

  protected inWriteTransaction<T>(
    work: (run: (text: string, params: Params) => Promise<Row[]>) => Promise<T>,
  ): Promise<T> {
    return this.withSession('WRITE', (session) =>
      session.executeWrite((tx: ManagedTransaction) =>
        work(async (text, params) =>
          (await tx.run(text, toNeo4jParams(params) as Record<string, unknown>)).records.map(neo4jRow),
        ),
      ),
    );
  }

  /**
   * Runs user Cypher in a READ session (the server refuses writes there), after an EXPLAIN
   * whose query type must be 'r'; the transaction has a server-side timeout and is always
   * rolled back. Rows are streamed and reading stops after `rowCap` + 1, or with
   * RESULT_TOO_LARGE past `maxResultBytes`. (Its memory is bounded by the server's own
   * `db.memory.transaction.max`, not here.) The client keeps the deadline itself: Neo4j
   * checks transaction timeouts only every couple of seconds
   * (db.transaction.monitor.check.interval), so a short timeout would pass unnoticed.
   */
  async readOnly(query: string, params: Params = {}, options: ReadOnlyOptions = {}): Promise<CypherResult> {
    const refused = checkReadOnly(query) ?? checkPortable(query);
    if (refused) throw new CypherQueryError(refused);
    query = statementText(query);
    const rowCap = Math.max(1, Math.trunc(options.rowCap ?? DEFAULT_ROW_CAP));
    const timeoutMs = Math.max(1, Math.trunc(options.timeoutMs ?? DEFAULT_TIMEOUT_MS));
    const maxResultBytes = Math.max(1, Math.trunc(options.maxResultBytes ?? DEFAULT_MAX_RESULT_BYTES));
    const sent = toNeo4jParams(params) as Record<string, unknown>;
    const session = this.session('READ');
    const started = performance.now();
    try {
      let queryType: string;
      try {
        queryType = (await session.run(`${EXPLAIN_PREFIX}${query}`, sent)).summary.queryType;
      } catch (error) {
        if (isUnavailable(error)) this.unavailable(error);
        throw new CypherQueryError(engineErrorInfo(error, query, EXPLAIN_PREFIX.length));
      }
      if (queryType !== 'r') {
        throw new CypherQueryError({
          code: 'READ_ONLY',
          clause: queryType === 's' ? 'schema command' : 'write',
          message: `The query is not read-only (Neo4j plans it as '${queryType}'): queries here are read-only.`,
          position: positionAt(query, 0),
        });
      }
      const tx = session.beginTransaction({ timeout: timeoutMs });
      const collect = async (): Promise<{ columns: string[]; rows: CypherValue[][]; truncated: boolean }> => {
        const result = tx.run(query, sent);
        const columns = (await result.keys()).map(String);
        const rows: CypherValue[][] = [];
        let truncated = false;
        let bytes = 0;
        for await (const record of result) {
          if (rows.length >= rowCap) {
            truncated = true;
            break;
          }
          const values = columns.map((column) => fromNeo4j(record.get(column), KINDS));
          bytes += JSON.stringify(values).length;
          if (bytes > maxResultBytes) throw new CypherQueryError(resultTooLargeInfo(maxResultBytes));
          rows.push(values);
        }
        return { columns, rows, truncated };
      };
      try {
        const { columns, rows, truncated } = await withDeadline(collect(), timeoutMs, options.signal, (running) => {
          running.catch(() => undefined);
        });
        return { columns, rows, truncated, rowCap, elapsedMs: Math.round(performance.now() - started) };
      } catch (error) {
        if (error instanceof CypherQueryError) throw error;
        if (isTimeout(error)) throw new CypherQueryError(timeoutInfo(timeoutMs));
        if (isUnavailable(error)) this.unavailable(error);
        throw new CypherQueryError(engineErrorInfo(error, query));
      } finally {
        await tx.rollback().catch(() => undefined);
      }
    } finally {
      await session.close().catch(() => undefined);
    }
  }
}
