// GraphStore on the embedded engine Grafeo (@grafeo-db/js), a persistent file under ./data/.
// Grafeo locks its file exclusively: while another process holds it, every call here
// throws StoreUnavailableError naming that process (from the owner file, else from the
// OS lock table), and the next call tries to open it again, so a server recovers once
// the file is free. Writes are serialized in this process (one write transaction at a
// time); reads run side by side on snapshots. (In 0.6.0 `GrafeoDB.open` of a missing
// path creates an empty database and `GrafeoDB.create` of an existing one opens it with
// its data; this module calls `create` only when the file does not exist.)
// Each commit is recorded in `<db>.commit.json` (storeFiles.ts) and checked at the next
// open, so a lost or damaged write-ahead log is an error, not missing data. A store that
// cannot be written, or one asked for read-only, opens with the engine's shared read-only
// lock: queries work, writes throw StoreWriteError, and query processes open it directly.
// Holding the lock, this process sees every write: read answers are kept until the next one.

import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import grafeo from '@grafeo-db/js';
import { CypherStore } from '../base.ts';
import { checkPortable } from '../portability.ts';
import {
  DEFAULT_MAX_RESULT_BYTES,
  DEFAULT_QUERY_MEMORY_BYTES,
  DEFAULT_ROW_CAP,
  MEMORY_EXIT_CODE,
  memoryInfo,
  type QueryAnswer,
  type QueryJob,
} from '../bounds.ts';
import type { CypherErrorInfo, CypherResult } from '../../contract/cypher.ts';
import { lockHolderPid, readStoreOwner } from '../owner.ts';
import { loadQuery } from '../queries.ts';
import { AdjacencyIndex } from '../adjacencyIndex.ts';
import { EntityIndex } from '../entityIndex.ts';
import { ReadCache } from '../readCache.ts';
import { cancelledInfo, DEFAULT_TIMEOUT_MS, timeoutInfo } from './deadline.ts';
import { CypherQueryError } from '../queryError.ts';
import { checkReadOnly, statementText } from '../readonly.ts';
import { grafeoRow } from './records.ts';
import {
  commitRecordPath,
  missingCommitsMessage,
  readCommitRecord,
  storeWriteError,
  walPath,
  writeCommitRecord,
} from '../storeFiles.ts';
import { StoreUnavailableError, StoreWriteError, type Params, type ReadOnlyOptions, type Row } from '../store.ts';

const { GrafeoDB } = grafeo;
type Database = InstanceType<typeof GrafeoDB>;

/** The query process's entry, run through tsx's loader (found from here, whatever the working directory). */
const QUERY_WORKER = fileURLToPath(new URL('./queryWorker.ts', import.meta.url));
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
/** Longest a query process may take to start (a loaded machine), before its query's own timeout. */
const STARTUP_LIMIT_MS = 60_000;

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
const DAMAGED = /damaged/i;

/** Grafeo's binding takes null, not undefined. */
export function cleanParams(value: unknown): unknown {
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
  /** This process holds the file's lock: no other one writes while it is open, so answers can be kept. */
  protected override readonly readCache: ReadCache = new ReadCache();
  protected override readonly entityIndex: EntityIndex = new EntityIndex(() => this.readCache.generation);
  protected override readonly adjacencyIndex: AdjacencyIndex = new AdjacencyIndex(
    () => this.readCache.generation,
    this.entityIndex,
  );
  private db: Database | null = null;
  private opening: Promise<Database> | null = null;
  private closed = false;
  private writes: Promise<unknown> = Promise.resolve();
  /** Query processes alive now (readOnly). */
  private readonly queryProcesses = new Set<ChildProcess>();
  /** Called with each query process as it starts (tests watch the processes through it). */
  onQueryProcess: ((child: ChildProcess) => void) | undefined;
  /** A query process started ahead for the next query. */
  private spareProcess: ChildProcess | null = null;
  private readonly snapshotDir: string;
  private snapshot: QuerySnapshot | null = null;
  private snapshots = 0;
  /** Queries running now: close() waits for them before it closes the file. */
  private readonly running = new Set<Promise<unknown>>();
  private readonly askedReadOnly: boolean;
  /** Why the store is open read-only (set when it opens), or null when it is writable. */
  readOnlyReason: string | null = null;
  /** The epoch last written to the commit record. */
  private recordedEpoch: bigint | null = null;

  /** `readOnly`: open for queries only, even where the store could be written. */
  constructor(options: { dbPath: string; readOnly?: boolean }) {
    super();
    this.location = path.resolve(options.dbPath);
    this.snapshotDir = `${this.location}.queries`;
    this.askedReadOnly = options.readOnly === true;
  }

  /**
   * Why this store must open read-only: asked for, or its file, its folder or its log
   * cannot be written (as root on a writable file system everything can: only the flag
   * makes it read-only there). Null for a writable store.
   */
  private readOnlyCause(): string | null {
    if (this.askedReadOnly) return 'it was opened read-only';
    if (!fs.existsSync(this.location)) return null;
    const wal = walPath(this.location);
    for (const target of [path.dirname(this.location), this.location, ...(fs.existsSync(wal) ? [wal] : [])]) {
      try {
        fs.accessSync(target, fs.constants.W_OK);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        return `${target} is ${code === 'EROFS' ? 'on a read-only file system' : 'not writable'}`;
      }
    }
    return null;
  }

  /** An engine open, its failures in the user's words. */
  private engineOpen(open: () => Database): Database {
    try {
      return open();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (LOCKED.test(message)) {
        const { message: text, holder } = this.describeHolder();
        throw new StoreUnavailableError(text, holder);
      }
      if (DAMAGED.test(message) && message.includes(walPath(this.location))) {
        throw new StoreUnavailableError(
          `The store ${this.location} cannot be opened: its write-ahead log ${walPath(this.location)}${path.sep} is damaged (${message}). ` +
            'Nothing was changed. Restore a backup (newsgraph restore <dir>), or move the log folder aside to open the store without the commits it holds.',
        );
      }
      throw new StoreUnavailableError(`The store ${this.location} cannot be opened: ${message}`);
    }
  }

  /** Records the store's epoch after a commit; a record left behind only weakens the check at open. */
  private recordCommit(db: Database): void {
    const epoch = db.currentEpoch();
    if (epoch === this.recordedEpoch) return;
    try {
      writeCommitRecord(this.location, epoch);
      this.recordedEpoch = epoch;
    } catch {
      // The commit itself is stored; the next commit writes the record again.
    }
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
    const readOnly = this.readOnlyCause();
    if (!readOnly) fs.mkdirSync(path.dirname(this.location), { recursive: true });
    let recorded: bigint | null;
    try {
      recorded = readCommitRecord(this.location);
    } catch (error) {
      throw new StoreUnavailableError(`The store ${this.location} cannot be opened: ${(error as Error).message}`);
    }
    const exists = fs.existsSync(this.location);
    if (!exists && recorded !== null) {
      throw new StoreUnavailableError(
        `The store ${this.location} is missing, but ${commitRecordPath(this.location)} records commit ${recorded}. ` +
          `Restore a backup (newsgraph restore <dir>) or put the file back; to start an empty store, delete ${commitRecordPath(this.location)}.`,
      );
    }
    // A writable open replays the log and folds it into the file when it closes, so a store
    // that lost commits is checked first on a read-only open, which changes no byte of it:
    // the log can still be put back.
    if (!readOnly && recorded !== null) {
      const probe = this.engineOpen(() => GrafeoDB.openReadOnly(this.location));
      const epoch = probe.currentEpoch();
      probe.close();
      if (epoch < recorded) throw new StoreUnavailableError(missingCommitsMessage(this.location, epoch, recorded));
    }
    const db = this.engineOpen(() =>
      readOnly
        ? GrafeoDB.openReadOnly(this.location)
        : exists
          ? GrafeoDB.open(this.location)
          : GrafeoDB.create(this.location),
    );
    const epoch = db.currentEpoch();
    if (recorded !== null && epoch < recorded) {
      db.close();
      throw new StoreUnavailableError(missingCommitsMessage(this.location, epoch, recorded));
    }
    this.recordedEpoch = recorded;
    this.readOnlyReason = readOnly;
    if (readOnly) return db;
    // Snapshots left by a process that ended without close(): this one holds the lock now.
    fs.rmSync(this.snapshotDir, { recursive: true, force: true });
    try {
      for (const name of SCHEMA_QUERIES) await db.executeCypher(loadQuery(name));
    } catch (error) {
      db.close();
      throw error;
    }
    this.recordCommit(db);
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
    // A closed store answers nothing, kept answers included.
    this.readCache?.invalidate();
    await this.opening?.catch(() => undefined);
    await this.writes.catch(() => undefined);
    // Waited for until they are gone, so nothing of this store runs once close() returns.
    const children = [...this.queryProcesses, ...(this.spareProcess ? [this.spareProcess] : [])];
    this.spareProcess = null;
    for (const child of children) child.kill('SIGKILL');
    await Promise.allSettled([...this.running, ...children.map(processExit)]);
    const db = this.db;
    this.db = null;
    let failure: unknown = null;
    try {
      db?.close();
    } catch (error) {
      failure = storeWriteError(this.location, error, 'close') ?? error;
    }
    if (!this.readOnlyReason) fs.rmSync(this.snapshotDir, { recursive: true, force: true });
    if (failure) throw failure;
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
        if (this.readOnlyReason) {
          throw new StoreWriteError(
            `The store ${this.location} is open read-only (${this.readOnlyReason}): writes are refused, nothing was changed.`,
            'READ_ONLY',
          );
        }
        const tx = db.beginTransaction();
        const run = async (text: string, params: Params): Promise<Row[]> => {
          const result = await tx.executeCypher(text, cleanParams(params));
          return result.toArray().map(grafeoRow);
        };
        try {
          const value = await work(run);
          tx.commit();
          this.recordCommit(db);
          return value;
        } catch (error) {
          if (tx.isActive) {
            try {
              tx.rollback();
            } catch {
              // A commit that failed may leave nothing to roll back; its own error says why.
            }
          }
          throw storeWriteError(this.location, error) ?? error;
        }
      });
    this.writes = next;
    return next;
  }

  /**
   * A read-only copy of the store as of its last commit, for query processes: Grafeo
   * locks its file exclusively, so they cannot open the store itself. Made in turn with
   * the writes (no write transaction runs while it is saved) and again only after a
   * commit; a copy replaced while queries still read it is removed when they end.
   */
  private querySnapshot(): Promise<QuerySnapshot> {
    const next = this.writes
      .catch(() => undefined)
      .then(async () => {
        const db = await this.handle();
        const epoch = db.currentEpoch();
        // Read-only, the store cannot change, and query processes may open it beside this one.
        if (this.readOnlyReason) {
          this.snapshot ??= { epoch, file: this.location, users: 0, current: true };
          this.snapshot.users += 1;
          return this.snapshot;
        }
        let snapshot = this.snapshot;
        if (!snapshot || snapshot.epoch !== epoch) {
          fs.mkdirSync(this.snapshotDir, { recursive: true });
          this.snapshots += 1;
          const file = path.join(this.snapshotDir, `epoch-${epoch}-${this.snapshots}.grafeo`);
          db.save(file);
          if (snapshot) {
            snapshot.current = false;
            this.dropSnapshot(snapshot);
          }
          snapshot = { epoch, file, users: 0, current: true };
          this.snapshot = snapshot;
        }
        snapshot.users += 1;
        return snapshot;
      });
    this.writes = next;
    return next;
  }

  /**
   * A consistent copy of the store as of its last commit, one file at `file` (which must
   * not exist): made in turn with the writes, so no write transaction runs while it is
   * saved. Returns the copy's epoch.
   */
  saveCopy(file: string): Promise<bigint> {
    const next = this.writes
      .catch(() => undefined)
      .then(async () => {
        const db = await this.handle();
        const epoch = db.currentEpoch();
        try {
          db.save(file);
        } catch (error) {
          throw storeWriteError(file, error) ?? error;
        }
        return epoch;
      });
    this.writes = next;
    return next;
  }

  /** The epoch of the store as opened (its last commit). */
  async epoch(): Promise<bigint> {
    return (await this.handle()).currentEpoch();
  }

  private releaseSnapshot(snapshot: QuerySnapshot): void {
    snapshot.users -= 1;
    this.dropSnapshot(snapshot);
  }

  private dropSnapshot(snapshot: QuerySnapshot): void {
    if (snapshot.current || snapshot.users > 0) return;
    fs.rmSync(snapshot.file, { force: true });
    fs.rmSync(`${snapshot.file}.wal`, { recursive: true, force: true });
  }

  /**
   * Runs user Cypher in a child process (queryWorker.ts) on a read-only snapshot, because
   * Grafeo cannot interrupt a running query: at the timeout, or when `signal` aborts, the
   * process is killed, and this answers only once it is gone, so no query outlives its
   * answer. The row cap is a LIMIT the engine sees, the rows answered have a size cap,
   * and the process leaves when its memory passes its budget.
   */
  async readOnly(query: string, params: Params = {}, options: ReadOnlyOptions = {}): Promise<CypherResult> {
    const refused = checkReadOnly(query) ?? checkPortable(query);
    if (refused) throw new CypherQueryError(refused);
    query = statementText(query);
    if (options.signal?.aborted) throw new CypherQueryError(cancelledInfo());
    const job: Omit<QueryJob, 'snapshot'> = {
      query,
      params: cleanParams(params) as Params,
      rowCap: Math.max(1, Math.trunc(options.rowCap ?? DEFAULT_ROW_CAP)),
      maxResultBytes: Math.max(1, Math.trunc(options.maxResultBytes ?? DEFAULT_MAX_RESULT_BYTES)),
      memoryBytes: Math.max(1, Math.trunc(options.memoryBytes ?? DEFAULT_QUERY_MEMORY_BYTES)),
    };
    const timeoutMs = Math.max(1, Math.trunc(options.timeoutMs ?? DEFAULT_TIMEOUT_MS));
    const started = performance.now();
    const snapshot = await this.querySnapshot();
    let answer: QueryAnswer;
    try {
      answer = await this.track(this.runQueryProcess({ ...job, snapshot: snapshot.file }, timeoutMs, options.signal));
    } finally {
      this.releaseSnapshot(snapshot);
    }
    if (!answer.ok) throw new CypherQueryError(answer.info);
    return {
      columns: answer.columns,
      rows: answer.rows,
      truncated: answer.truncated,
      rowCap: job.rowCap,
      elapsedMs: Math.round(performance.now() - started),
    };
  }

  /**
   * A started query process. Starting one (Node and tsx) takes most of a second, so one is
   * kept started ahead, idle and not keeping this process alive, from the first query on.
   */
  private takeQueryProcess(): ChildProcess {
    const start = (): ChildProcess =>
      fork(QUERY_WORKER, [], {
        execArgv: ['--import', TSX_LOADER],
        serialization: 'advanced',
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      });
    const spare = this.spareProcess;
    const child = spare && spare.exitCode === null && spare.signalCode === null ? spare : start();
    child.ref();
    child.channel?.ref();
    const next = start();
    next.unref();
    next.channel?.unref();
    (next.stderr as { unref?: () => void } | null)?.unref?.();
    this.spareProcess = next;
    return child;
  }

  /** The answer of one query process; settles once the process has exited. */
  private runQueryProcess(job: QueryJob, timeoutMs: number, signal: AbortSignal | undefined): Promise<QueryAnswer> {
    return new Promise<QueryAnswer>((resolve, reject) => {
      const child = this.takeQueryProcess();
      this.queryProcesses.add(child);
      let stderr = '';
      child.stderr?.on('data', (chunk: Buffer) => {
        stderr = (stderr + chunk.toString()).slice(-2000);
      });
      let answer: QueryAnswer | null = null;
      let stopped: CypherErrorInfo | null = null;
      const stop = (info: CypherErrorInfo): void => {
        if (!answer) stopped ??= info;
        child.kill('SIGKILL');
      };
      // The timeout counts from the query's start, not from the process's.
      let timer = setTimeout(
        () => stop({ code: 'QUERY_FAILED', message: `The query process did not start within ${STARTUP_LIMIT_MS} ms.` }),
        STARTUP_LIMIT_MS,
      );
      const onAbort = (): void => stop(cancelledInfo());
      signal?.addEventListener('abort', onAbort, { once: true });
      child.on('message', (message: QueryAnswer | 'started') => {
        if (message === 'started') {
          clearTimeout(timer);
          timer = setTimeout(() => stop(timeoutInfo(timeoutMs)), timeoutMs);
        } else answer ??= message;
      });
      child.on('error', (error) => {
        stopped ??= { code: 'QUERY_FAILED', message: `The query process could not run: ${error.message}` };
      });
      child.on('exit', (code, exitSignal) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        this.queryProcesses.delete(child);
        if (stopped) reject(new CypherQueryError(stopped));
        else if (answer) resolve(answer);
        else if (code === MEMORY_EXIT_CODE) reject(new CypherQueryError(memoryInfo(job.memoryBytes)));
        else {
          const how = exitSignal ? `was killed (${exitSignal})` : `stopped (exit code ${code})`;
          const detail = stderr.trim() ? `: ${stderr.trim()}` : '';
          reject(new CypherQueryError({ code: 'QUERY_FAILED', message: `The query process ${how}${detail}` }));
        }
      });
      this.onQueryProcess?.(child);
      child.send(job);
    });
  }
}

/** Resolves once `child` has exited; keeps this process alive until then. */
function processExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  child.ref();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** A snapshot file and the queries reading it. */
interface QuerySnapshot {
  epoch: bigint;
  file: string;
  users: number;
  /** The newest one: kept for the next queries. */
  current: boolean;
}
