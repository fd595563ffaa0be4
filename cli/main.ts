// The `newsgraph` command line: ingest, extract, serve, query, export, stats, backup,
// restore, reset, demo, one file per command under cli/commands/. Commands that need the
// store open it themselves, or go through the API server that holds it (the embedded
// store admits one process at a time): see cli/target.ts. Nothing imports this folder.

import { Command, Option } from 'commander';
import { EXPORT_FORMATS } from '../contract/exportFormats.ts';
import { BackupError } from '../cypher/backup.ts';
import { DEFAULT_TIMEOUT_MS } from '../cypher/engines/deadline.ts';
import { CypherQueryError } from '../cypher/queryError.ts';
import { StoreUnavailableError, StoreWriteError } from '../cypher/store.ts';
import { UnknownExtractorError } from '../extract/extractor.ts';
import { printable } from '../contract/printable.ts';
import {
  ConfigError,
  DEFAULT_HOST,
  DEFAULT_PORT,
  loadCliConfig,
  type CliConfig,
  type CliFlags,
} from '../server/config.ts';
import { HttpProblem } from '../server/errors.ts';
import { backupCommand, restoreCommand } from './commands/backup.ts';
import { exportCommand, type ExportOptions } from './commands/export.ts';
import { extractCommand, type ExtractOptions } from './commands/extract.ts';
import { ingestCommand } from './commands/ingest.ts';
import { queryCommand, type QueryOptions } from './commands/query.ts';
import { resetCommand } from './commands/reset.ts';
import { demoCommand, serveCommand, type ServeOptions } from './commands/serve.ts';
import { statsCommand } from './commands/stats.ts';
import { RemoteError } from './remote.ts';
import { say, UserError } from './terminal.ts';

function describeStoreError(error: StoreUnavailableError): string {
  const holder = error.holder;
  if (holder) {
    const where = holder.url ? ` (a newsgraph server at ${holder.url} that does not answer)` : '';
    return `${printable(error.message)}\nThe store is held by process ${holder.pid}${where}. Stop it, or run this command while its server answers.`;
  }
  return printable(error.message);
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

  const extractorOption = (): Option =>
    new Option('--extractor <name>', 'extraction backend (env NEWSGRAPH_EXTRACTOR; default rules)');

  program
    .command('ingest')
    .description('read articles (.txt .md .html .json .jsonl, files or folders), extract, and store them')
    .argument('<paths...>', 'files or folders')
    .addOption(extractorOption())
    .action((paths: string[], options: { extractor?: string }) =>
      run((config) => ingestCommand(paths, config), { ...flags(), ...options }),
    );

  program
    .command('extract')
    .description('extract entities, statements and relations without storing them')
    .argument('<paths...>', 'files or folders')
    .option('--json', 'print the full result as JSON (shared/contracts/extraction.schema.json)')
    .option('--explain', 'for each statement and relation, print the rules that produced it and the evidence they read')
    .option(
      '--disable-rule <id>',
      'run the rule extractor without this rule (repeatable; --explain prints the ids)',
      (id: string, ids: string[] = []) => [...ids, id],
    )
    .addOption(extractorOption())
    .action((paths: string[], options: ExtractOptions & { extractor?: string }) =>
      run((config) => extractCommand(paths, options, config), { ...flags(), extractor: options.extractor }),
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
    .action((options: ExportOptions) => run((config) => exportCommand(options, config), flags()));

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
  if (error instanceof ConfigError || error instanceof UnknownExtractorError) {
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
