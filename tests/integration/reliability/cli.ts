// The `newsgraph` command as the reliability tests run it: a child process with its own
// data folder, no server and no Neo4j from the environment.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const BIN = path.join(ROOT, 'bin', 'newsgraph.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cliEnv(dataDir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NEWSGRAPH_SERVER;
  delete env.NEO4J_URI;
  delete env.NEWSGRAPH_TOKEN;
  return { ...env, NEWSGRAPH_DATA: dataDir, ...extra };
}

export function cli(dataDir: string, args: string[], extra: NodeJS.ProcessEnv = {}, timeout = 180_000): Run {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: cliEnv(dataDir, extra),
    encoding: 'utf8',
    timeout,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function cliChild(dataDir: string, args: string[], extra: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: cliEnv(dataDir, extra),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The "Ingested …" line's numbers. */
export function ingestedLine(run: Run): { written: number; stored: number; errors: number } {
  const match = /^Ingested (\d+) articles? \((\d+) already stored\).* (\d+) errors?\.$/m.exec(run.stdout);
  if (!match) throw new Error(`no summary line in:\n${run.stdout}\n${run.stderr}`);
  return { written: Number(match[1]), stored: Number(match[2]), errors: Number(match[3]) };
}
