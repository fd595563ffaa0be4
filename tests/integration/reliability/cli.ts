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

/** A process holding the store's writer lock (holdStore.ts), started and holding it; release() ends it. */
export async function holdStore(dataDir: string): Promise<{ pid: number; release: () => Promise<void> }> {
  const holder = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'tests/integration/reliability/holdStore.ts'), dataDir],
    {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const release = async (): Promise<void> => {
    holder.stdin?.end();
    await new Promise((resolve) =>
      holder.exitCode !== null || holder.signalCode !== null ? resolve(null) : holder.once('exit', resolve),
    );
  };
  try {
    await new Promise<void>((resolve, reject) => {
      holder.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('held')) resolve();
      });
      holder.once('exit', (code) => reject(new Error(`the holder exited with ${code}`)));
    });
  } catch (error) {
    await release();
    throw error;
  }
  return { pid: holder.pid as number, release };
}
