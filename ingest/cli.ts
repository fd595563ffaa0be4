// The `newsgraph` command line: ingest, extract, serve, query, export, stats, reset, demo.
// Commands that need the store open it themselves, or go through the API server that
// holds it (the embedded store admits one process at a time).

import { Command, Option } from 'commander';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CypherResult, IngestSummary, RawDocument, StoreStats } from '../cypher/model.ts';
import { BackupError, backupStore, BACKUP_FILE, BACKUP_MANIFEST, restoreStore } from '../cypher/backup.ts';
import { GrafeoStore } from '../cypher/grafeo.ts';
import { openStore } from '../cypher/open.ts';
import { readStoreOwner } from '../cypher/owner.ts';
import { CypherQueryError, DEFAULT_TIMEOUT_MS } from '../cypher/readonly.ts';
import { StoreUnavailableError, StoreWriteError, type GraphStore } from '../cypher/store.ts';
import { ConfigError, loadCliConfig, REPO_ROOT, type CliConfig, type CliFlags } from './config.ts';
import { explainResult } from './explain.ts';
import { extract } from './extractor.ts';
import { formatResult, parseParam, type ResultFormat } from './format.ts';
import { ingestDocuments } from './ingest.ts';
import { printable } from './printable.ts';
import { readInputs } from './readers/index.ts';
import { RemoteError, RemoteStore, serverAnswers } from './remote.ts';
import { DEFAULT_HOST, DEFAULT_PORT, ConfigError as ServerConfigError } from '../server/config.ts';
import { HttpProblem } from '../server/errors.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../server/export/serialize.ts';
import { exportSubgraph } from '../server/export/subgraph.ts';
import type { SearchHit } from '../cypher/model.ts';
import { foldText } from '../cypher/text.ts';

/** An error whose message is all the user needs: printed without a stack trace. */
class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

type Target = { kind: 'local'; store: GraphStore } | { kind: 'remote'; remote: RemoteStore };

/**
 * One message on standard error. Each of its lines is shown `printable`, so no escape
 * sequence reaches the terminal; a file name inside goes through `printable` itself
 * first, so its own line breaks cannot start a line.
 */
function say(message: string): void {
  process.stderr.write(`${message.split('\n').map(printable).join('\n')}\n`);
}

function readError(error: { source: string; reason: string }): string {
  return `error: ${printable(error.source)}: ${printable(error.reason)}`;
}

/** The API server holding the embedded store, if one is running and answers. */
async function runningServer(config: CliConfig): Promise<RemoteStore | null> {
  if (config.serverUrl) return new RemoteStore(config.serverUrl, config.token);
  if (config.neo4j) return null;
  const owner = readStoreOwner(config.dbPath);
  if (!owner?.url) return null;
  if (!(await serverAnswers(owner.url, config.token))) return null;
  return new RemoteStore(owner.url, config.token);
}

/** Runs `work` on the store: through the server that holds it, or by opening it. */
async function withTarget<T>(config: CliConfig, work: (target: Target) => Promise<T>): Promise<T> {
  const remote = await runningServer(config);
  if (remote) {
    say(`(working through the newsgraph server at ${remote.baseUrl})`);
    return work({ kind: 'remote', remote });
  }
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
    result = await work({ kind: 'local', store });
  } catch (error) {
    // The work's error says what went wrong; a close failing after it would only hide it.
    await store.close().catch(() => undefined);
    throw error;
  }
  await store.close();
  return result;
}

function sayIfReadOnly(store: GraphStore): void {
  if (store.readOnlyReason)
    say(`(the store ${printable(store.location)} is read-only: ${printable(store.readOnlyReason)}; queries only)`);
}

/** The store a command works on, as the user would name it again (`--data`, `--neo4j`, `--server`). */
function storeName(config: CliConfig, target: Target): string {
  if (target.kind === 'remote') {
    const held = config.serverUrl ? '' : ` holding ${printable(config.dataDir)}`;
    return `the newsgraph server at ${target.remote.baseUrl}${held}`;
  }
  return printable(config.neo4j ? config.neo4j.uri : config.dataDir);
}

function describeStoreError(error: StoreUnavailableError): string {
  const holder = error.holder;
  if (holder) {
    const where = holder.url ? ` (a newsgraph server at ${holder.url} that does not answer)` : '';
    return `${printable(error.message)}\nThe store is held by process ${holder.pid}${where}. Stop it, or run this command while its server answers.`;
  }
  return printable(error.message);
}

function progressPrinter(label: string): { update(done: number, total: number): void; end(): void } {
  const tty = process.stderr.isTTY === true;
  const started = Date.now();
  let last = 0;
  return {
    update(done, total) {
      if (!tty) return;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const seconds = (now - started) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const eta = rate > 0 ? Math.ceil((total - done) / rate) : 0;
      process.stderr.write(`\r${label} ${done}/${total} · ${rate.toFixed(1)} articles/s · ETA ${eta}s   `);
    },
    end() {
      if (tty) process.stderr.write('\n');
    },
  };
}

function printSummary(summary: IngestSummary, readErrors: number, seconds: number): void {
  console.log(
    `Ingested ${summary.articles} article${summary.articles === 1 ? '' : 's'} ` +
      `(${summary.skipped} already stored) in ${seconds.toFixed(1)} s: ` +
      `${summary.entities} entities, ${summary.statements} statements, ${summary.relations} relations, ` +
      `${readErrors + summary.errors.length} error${readErrors + summary.errors.length === 1 ? '' : 's'}.`,
  );
}

async function readOrFail(paths: string[], config: CliConfig): Promise<{ documents: RawDocument[]; failed: number }> {
  const { documents, errors, notices } = await readInputs(paths, { maxBytes: config.maxBytes });
  for (const { source, notice } of notices) say(`notice: ${printable(source)}: ${printable(notice)}`);
  for (const error of errors) say(readError(error));
  return { documents, failed: errors.length };
}

async function ingestCommand(paths: string[], config: CliConfig): Promise<number> {
  const started = Date.now();
  const { documents, failed } = await readOrFail(paths, config);
  const progress = progressPrinter('articles');
  let store = '';
  const summary = await withTarget(config, async (target) => {
    store = storeName(config, target);
    if (target.kind === 'remote') {
      return target.remote.ingest(documents, (done) => progress.update(done, documents.length));
    }
    return ingestDocuments(target.store, documents, {
      onProgress: ({ done, total }) => progress.update(done, total),
    });
  });
  progress.end();
  for (const error of summary.errors) say(readError(error));
  printSummary(summary, failed, (Date.now() - started) / 1000);
  console.log(`store: ${store}`);
  return failed + summary.errors.length > 0 ? 1 : 0;
}

async function extractCommand(
  paths: string[],
  options: { json?: boolean; explain?: boolean },
  config: CliConfig,
): Promise<number> {
  const { documents, failed } = await readOrFail(paths, config);
  const result = extract(documents);
  if (options.json && options.explain) throw new UserError('--json and --explain print different things: choose one');
  if (options.explain) {
    for (const line of explainResult(result)) console.log(line);
  } else if (options.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    const byType = new Map<string, number>();
    for (const entity of result.entities) byType.set(entity.type, (byType.get(entity.type) ?? 0) + 1);
    console.log(
      `${result.documents.length} documents, ${result.entities.length} entities, ${result.statements.length} statements, ${result.relations.length} relations`,
    );
    for (const [type, count] of [...byType].sort()) console.log(`  ${type}: ${count}`);
    const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
    for (const statement of result.statements.slice(0, 50)) {
      const speaker = statement.speaker
        ? names.get(statement.speaker)
        : `(${statement.speakerText ?? 'unnamed source'})`;
      const about = statement.about.map((id) => names.get(id)).join(', ');
      console.log(
        `  ${speaker} [${statement.kind}${statement.cue ? `, ${statement.cue}` : ''}]: "${statement.quote}"${about ? ` → ${about}` : ''}`,
      );
    }
    if (result.statements.length > 50) console.log(`  … ${result.statements.length - 50} more (use --json)`);
  }
  return failed > 0 ? 1 : 0;
}

interface QueryOptions {
  param: string[];
  format: ResultFormat;
  rowCap?: string;
  timeout?: string;
}

async function queryCommand(cypher: string, options: QueryOptions, config: CliConfig): Promise<number> {
  const params = Object.fromEntries(options.param.map(parseParam));
  const rowCap = options.rowCap === undefined ? undefined : Number(options.rowCap);
  if (rowCap !== undefined && (!Number.isInteger(rowCap) || rowCap < 1))
    throw new UserError('--row-cap must be a positive integer', 2);
  const timeoutMs = options.timeout === undefined ? undefined : Number(options.timeout);
  if (timeoutMs !== undefined && (!Number.isInteger(timeoutMs) || timeoutMs < 1)) {
    throw new UserError('--timeout must be a positive integer (milliseconds)', 2);
  }
  // The query's process is gone before readOnly settles, so a TIMEOUT printed here is true.
  const result: CypherResult = await withTarget(config, (target) =>
    target.kind === 'remote'
      ? target.remote.query(cypher, params, rowCap)
      : target.store.readOnly(cypher, params, { ...(rowCap ? { rowCap } : {}), ...(timeoutMs ? { timeoutMs } : {}) }),
  );
  console.log(formatResult(result, options.format));
  return 0;
}

async function statsCommand(config: CliConfig): Promise<number> {
  const stats: StoreStats = await withTarget(config, (target) =>
    target.kind === 'remote' ? target.remote.stats() : target.store.stats(),
  );
  console.log(`store: ${printable(config.neo4j ? config.neo4j.uri : config.dbPath)}`);
  console.log(statsLine(stats));
  for (const [type, count] of Object.entries(stats.byType).sort()) console.log(`  ${type}: ${count}`);
  return 0;
}

async function resetCommand(options: { yes?: boolean }, config: CliConfig): Promise<number> {
  if (!options.yes) throw new UserError('reset deletes the whole graph: run it again with --yes to confirm', 2);
  if (await runningServer(config)) {
    throw new UserError('a newsgraph server holds this store: stop it before resetting the graph');
  }
  await withTarget(config, async (target) => {
    if (target.kind === 'local') await target.store.reset();
  });
  console.log(`The graph in ${printable(config.neo4j ? config.neo4j.uri : config.dbPath)} is now empty.`);
  return 0;
}

function statsLine(stats: StoreStats): string {
  return `articles ${stats.articles}, entities ${stats.entities}, statements ${stats.statements}, relations ${stats.relations}, mentions ${stats.mentions}`;
}

function rmEmptyFolder(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // Not empty (another backup is being made), or already gone.
  }
}

async function backupCommand(dir: string, config: CliConfig): Promise<number> {
  if (config.neo4j)
    throw new UserError('backup is for the embedded store: back Neo4j up with neo4j-admin database dump', 2);
  const target = path.resolve(dir);
  const remote = await runningServer(config);
  if (remote) {
    if (existsSync(target) && readdirSync(target).length > 0) {
      throw new UserError(`${printable(target)} is not empty: a backup goes into a new or empty folder`);
    }
    say(`(working through the newsgraph server at ${remote.baseUrl})`);
    const made = await remote.backup();
    // The server made the copy beside its store; it moves here whole, manifest last.
    mkdirSync(target, { recursive: true });
    for (const name of [BACKUP_FILE, BACKUP_MANIFEST]) copyFileSync(path.join(made.dir, name), path.join(target, name));
    rmSync(made.dir, { recursive: true, force: true });
    rmEmptyFolder(path.dirname(made.dir));
    console.log(
      `Backed up ${printable(config.dbPath)} at commit ${made.manifest.epoch} (${statsLine(made.manifest.stats)}) to ${printable(target)}.`,
    );
    return 0;
  }
  const store = new GrafeoStore({ dbPath: config.dbPath, readOnly: config.readOnly });
  try {
    await store.init();
    sayIfReadOnly(store);
    const manifest = await backupStore(store, target);
    console.log(
      `Backed up ${printable(config.dbPath)} at commit ${manifest.epoch} (${statsLine(manifest.stats)}) to ${printable(target)}.`,
    );
  } finally {
    await store.close();
  }
  return 0;
}

async function restoreCommand(dir: string, config: CliConfig): Promise<number> {
  if (config.neo4j)
    throw new UserError('restore is for the embedded store: restore Neo4j with neo4j-admin database load', 2);
  const remote = await runningServer(config);
  if (remote) {
    throw new UserError(
      `a newsgraph server at ${remote.baseUrl} holds ${printable(config.dbPath)}: stop it before restoring; nothing was changed`,
    );
  }
  const { manifest, keptAt } = await restoreStore(dir, config.dbPath);
  console.log(
    `Restored ${printable(path.resolve(dir))} (commit ${manifest.epoch}: ${statsLine(manifest.stats)}) into ${printable(config.dbPath)}.`,
  );
  if (keptAt) console.log(`The store it replaced is kept in ${printable(keptAt)}.`);
  return 0;
}

/** An entity given by id or by name/alias: exactly one must match. */
async function resolveEntity(
  reference: string,
  lookup: { search(text: string, limit: number): Promise<SearchHit[]> },
): Promise<string> {
  const hits = await lookup.search(reference, 20);
  const byId = hits.find((hit) => hit.id === reference);
  if (byId) return byId.id;
  const wanted = foldText(reference);
  const exact = hits.filter((hit) => [hit.name, ...hit.aliases].some((name) => foldText(name) === wanted));
  if (exact.length === 1) return exact[0]!.id;
  const candidates = (exact.length > 1 ? exact : hits)
    .slice(0, 8)
    .map((hit) => `${hit.name} (${hit.type}, id ${hit.id})`);
  if (candidates.length === 0) throw new UserError(`no entity named "${reference}"`);
  throw new UserError(`"${reference}" is ambiguous or inexact; pass one of these ids:\n  ${candidates.join('\n  ')}`);
}

async function exportCommand(
  options: { query?: string; entity?: string; depth: string; format: string; output?: string; param: string[] },
  config: CliConfig,
): Promise<number> {
  if (!options.query === !options.entity) throw new UserError('export needs exactly one of --query or --entity', 2);
  if (!EXPORT_FORMATS.includes(options.format as ExportFormat)) {
    throw new UserError(`unknown export format "${options.format}" (one of: ${EXPORT_FORMATS.join(', ')})`, 2);
  }
  const depth = Number(options.depth);
  if (!Number.isInteger(depth) || depth < 1 || depth > 3) throw new UserError('--depth must be 1, 2 or 3', 2);
  const params = Object.fromEntries(options.param.map(parseParam));
  const format = options.format as ExportFormat;
  const body = await withTarget(config, async (target) => {
    if (target.kind === 'remote') {
      const entity = options.entity ? await resolveEntity(options.entity, target.remote) : undefined;
      return target.remote.exportGraph({ format, query: options.query, params, entity, depth });
    }
    const entity = options.entity ? await resolveEntity(options.entity, target.store) : undefined;
    const file = await exportSubgraph(
      target.store,
      { format, query: options.query, params, entity, depth },
      { creator: 'newsgraph CLI' },
    );
    return file.body;
  });
  if (options.output) {
    await writeFile(options.output, body);
    say(`wrote ${printable(options.output)} (${Buffer.byteLength(body)} bytes)`);
  } else {
    process.stdout.write(typeof body !== 'string' || body.endsWith('\n') ? body : `${body}\n`);
  }
  return 0;
}

interface ServeOptions {
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

async function serveCommand(options: ServeOptions, config: CliConfig, banner?: string): Promise<number> {
  const { startServer } = await import('../server/main.ts');
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

async function demoCommand(options: ServeOptions, config: CliConfig): Promise<number> {
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

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function buildProgram(run: (work: (config: CliConfig) => Promise<number>, flags: CliFlags) => void): Command {
  const program = new Command('newsgraph')
    .description('Who said what about whom in the news: extract, store, explore.')
    .option('--data <dir>', 'folder of the embedded store (env NEWSGRAPH_DATA; default ./data)')
    .option(
      '--neo4j <uri>',
      'use Neo4j at this Bolt URI instead of the embedded store (env NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE)',
    )
    .option('--server <url>', 'work through this newsgraph API server (env NEWSGRAPH_SERVER)')
    .option(
      '--read-only',
      'open the embedded store for queries only (a store that cannot be written opens so by itself)',
    )
    .showHelpAfterError();
  const flags = (): CliFlags => program.opts<CliFlags>();

  program
    .command('ingest')
    .description('read articles (.txt .md .html .json .jsonl, files or folders), extract, and store them')
    .argument('<paths...>', 'files or folders')
    .action((paths: string[]) => run((config) => ingestCommand(paths, config), flags()));

  program
    .command('extract')
    .description('extract entities, statements and relations without storing them')
    .argument('<paths...>', 'files or folders')
    .option('--json', 'print the full result as JSON (shared/contracts/extraction.schema.json)')
    .option('--explain', 'for each statement and relation, print the rules that produced it and the evidence they read')
    .action((paths: string[], options: { json?: boolean; explain?: boolean }) =>
      run((config) => extractCommand(paths, options, config), flags()),
    );

  const serveOptions = (command: Command) =>
    command
      .option(
        '--host <host>',
        `address to bind (env NEWSGRAPH_HOST; default ${DEFAULT_HOST}); beyond loopback a NEWSGRAPH_TOKEN is required`,
      )
      .option('--port <port>', `port, 0 = any free port (env NEWSGRAPH_PORT; default ${DEFAULT_PORT})`);

  serveOptions(program.command('serve').description('serve the explorer and the API')).action((options: ServeOptions) =>
    run((config) => serveCommand(options, config), flags()),
  );

  serveOptions(
    program.command('demo').description('ingest the sample corpus into the embedded store and serve the explorer'),
  ).action((options: ServeOptions) => run((config) => demoCommand(options, config), flags()));

  program
    .command('query')
    .description('run read-only Cypher (writes, DDL and multiple statements are refused)')
    .argument('<cypher>', 'the query')
    .option('--param <name=value>', 'a parameter (JSON value or plain string); repeatable', collect, [])
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .option('--row-cap <n>', 'most rows returned')
    .option(
      '--timeout <ms>',
      `milliseconds before the query is stopped (default ${DEFAULT_TIMEOUT_MS}; through a server, its NEWSGRAPH_QUERY_TIMEOUT_MS)`,
    )
    .action((cypher: string, options: QueryOptions) => run((config) => queryCommand(cypher, options, config), flags()));

  program
    .command('export')
    .description('export a subgraph: a query result or an entity neighborhood')
    .option('--query <cypher>', 'read-only Cypher whose nodes, relationships and paths form the subgraph')
    .option('--param <name=value>', 'a query parameter; repeatable', collect, [])
    .option('--entity <name>', 'an entity id or name: its neighborhood')
    .option('--depth <n>', 'neighborhood depth (1..3)', '1')
    .option('--format <format>', `one of: ${EXPORT_FORMATS.join(', ')}`, 'gexf')
    .option('-o, --output <file>', 'write to this file (default: standard output)')
    .action(
      (options: { query?: string; entity?: string; depth: string; format: string; output?: string; param: string[] }) =>
        run((config) => exportCommand(options, config), flags()),
    );

  program
    .command('stats')
    .description('count articles, entities, statements and relations in the store')
    .action(() => run((config) => statsCommand(config), flags()));

  program
    .command('backup')
    .description(
      'copy the embedded store, consistent as of its last commit, into a new or empty folder (also while a server runs)',
    )
    .argument('<dir>', 'the backup folder')
    .action((dir: string) => run((config) => backupCommand(dir, config), flags()));

  program
    .command('restore')
    .description(
      'replace the embedded store with a backup (the store must not be in use; the one replaced is kept aside)',
    )
    .argument('<dir>', 'a folder written by newsgraph backup')
    .action((dir: string) => run((config) => restoreCommand(dir, config), flags()));

  program
    .command('reset')
    .description('delete the whole graph')
    .option('--yes', 'confirm')
    .action((options: { yes?: boolean }) => run((config) => resetCommand(options, config), flags()));

  return program;
}

function reportError(error: unknown): number {
  if (error instanceof UserError) {
    say(`newsgraph: ${error.message}`);
    return error.exitCode;
  }
  if (error instanceof ConfigError || error instanceof ServerConfigError) {
    say(`newsgraph: ${printable(error.message)}`);
    return 2;
  }
  if (error instanceof StoreUnavailableError) {
    say(`newsgraph: ${describeStoreError(error)}`);
    return 3;
  }
  if (error instanceof StoreWriteError || error instanceof BackupError) {
    say(`newsgraph: ${printable(error.message)}`);
    return 1;
  }
  if (error instanceof CypherQueryError) {
    say(`newsgraph: ${error.info.message}`);
    return 1;
  }
  if (error instanceof HttpProblem) {
    say(`newsgraph: ${error.message}`);
    return 1;
  }
  if (error instanceof RemoteError) {
    say(`newsgraph: ${error.message}`);
    return error.status === 503 ? 3 : 1;
  }
  // A file system error names its path: shown whole on one line, without a stack.
  if (error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string') {
    say(`newsgraph: ${printable(error.message)}`);
    return 1;
  }
  say(`newsgraph: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return 1;
}

/**
 * A reader that stops early (`newsgraph stats | head`) closes standard output: what is
 * left to print is dropped, and the command finishes (closing the store) and ends with
 * its own status, without a stack trace.
 */
function quietOnClosedOutput(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.stdout.write = (() => true) as typeof process.stdout.write;
  });
}

export async function main(argv: string[]): Promise<void> {
  quietOnClosedOutput();
  let pending: Promise<number> | null = null;
  const program = buildProgram((work, flags) => {
    pending = (async () => work(loadCliConfig(flags)))().catch(reportError);
  });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    process.exitCode = reportError(error);
    return;
  }
  if (pending) process.exitCode = await pending;
}

await main(process.argv);
