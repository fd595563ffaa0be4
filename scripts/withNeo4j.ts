// `tsx scripts/withNeo4j.ts <command> [args…]`: builds and starts a throwaway Neo4j
// (scripts/neo4j.ts), runs the command with NEO4J_URI set to it (auth disabled on
// loopback, so NEO4J_USER/NEO4J_PASSWORD are unset), and stops Neo4j whatever happens:
// command exit, failure, Ctrl+C or SIGTERM. Exits with the command's status.

import { spawn } from 'node:child_process';
import { startNeo4j } from './neo4j.ts';

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    process.stderr.write('usage: tsx scripts/withNeo4j.ts <command> [args…]\n');
    return 2;
  }
  const started = performance.now();
  const neo4j = await startNeo4j();
  process.stderr.write(`Neo4j ready at ${neo4j.uri} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: neo4j.uri };
    delete env.NEO4J_USER;
    delete env.NEO4J_PASSWORD;
    delete env.NEO4J_DATABASE;
    const child = spawn(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    return await new Promise<number>((resolve) => {
      child.once('error', (error) => {
        process.stderr.write(`${command}: ${error.message}\n`);
        resolve(127);
      });
      child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 + 15 : 1)));
    });
  } finally {
    await neo4j.stop();
  }
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    process.stderr.write(`withNeo4j: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
