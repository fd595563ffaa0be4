// A throwaway Neo4j Community for tests and benchmarks, from the project's own launcher
// (neo4j/launcher: a Maven project). build() runs Maven once and remembers what it built
// (a stamp of the sources beside the output), start() runs the launcher and resolves with
// its bolt:// URI, stop() ends it and waits for the exit. The launcher also stops when our
// stdin pipe closes, so a crashed parent leaves no Neo4j running.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const LAUNCHER_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'neo4j', 'launcher');
const SOURCES = ['pom.xml', 'src/main/java/newsgraph/Launcher.java'];
const STAMP = path.join(LAUNCHER_DIR, 'target', 'sources.sha256');
const CLASSPATH = [path.join(LAUNCHER_DIR, 'target', 'classes'), path.join(LAUNCHER_DIR, 'target', 'lib', '*')].join(
  path.delimiter,
);
/** Plenty for test graphs and the benchmark corpus; the page cache is set in the launcher. */
const JVM_OPTIONS = ['-Xms256m', '-Xmx1g', '-XX:+UseParallelGC'];
const START_TIMEOUT_MS = 180_000;
const ADMIN_TIMEOUT_MS = 300_000;

function java(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

function sourcesHash(): string {
  const hash = createHash('sha256');
  for (const file of SOURCES) hash.update(fs.readFileSync(path.join(LAUNCHER_DIR, file)));
  return hash.digest('hex');
}

/** Builds the launcher with Maven unless the last build was of the same sources. */
export function buildLauncher(): void {
  const wanted = sourcesHash();
  if (fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === wanted) return;
  process.stderr.write('Building the Neo4j launcher (mvn -q package; the first build downloads Neo4j into ~/.m2)…\n');
  const built = spawnSync('mvn', ['-q', '-B', 'package'], {
    cwd: LAUNCHER_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (built.error) throw new Error(`mvn could not run (${built.error.message}): install Maven and a JDK 17+`);
  if (built.status !== 0) throw new Error(`mvn package failed in ${LAUNCHER_DIR} (exit ${built.status})`);
  fs.writeFileSync(STAMP, wanted);
}

export interface RunningNeo4j {
  uri: string;
  /** Stops Neo4j and waits until its process has exited. */
  stop(): Promise<void>;
}

/** Starts Neo4j (in a fresh temporary folder, or on `home`) and resolves once it answers on Bolt. */
export function startNeo4j(options: { home?: string } = {}): Promise<RunningNeo4j> {
  buildLauncher();
  const args = [...JVM_OPTIONS, '-cp', CLASSPATH, 'newsgraph.Launcher'];
  if (options.home) args.push('--home', options.home);
  const child = spawn(java(), args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`Neo4j did not print its bolt URI within ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`java could not run (${error.message}): install a JDK 17+ or set JAVA_HOME`));
    });
    const early = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`the Neo4j launcher exited (${code}) before printing its bolt URI`));
    };
    child.once('exit', early);
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      output += chunk;
      const uri = /^(bolt:\/\/\S+)$/m.exec(output)?.[1];
      if (!uri) return;
      clearTimeout(timer);
      child.stdout?.removeAllListeners('data');
      child.off('exit', early);
      resolve({ uri, stop: () => stopProcess(child, exited) });
    });
  });
}

async function stopProcess(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    child.stdin?.end();
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    await exited;
    clearTimeout(killer);
  }
}

/**
 * Neo4j's own neo4j-admin, run from the launcher's jars with NEO4J_HOME = `home` (its
 * conf/ holds an empty neo4j.conf). Returns the output; throws on a non-zero exit. Options
 * that take lists (--nodes=…) go after the database name, or they swallow it.
 */
export function neo4jAdmin(home: string, args: string[]): string {
  buildLauncher();
  fs.mkdirSync(path.join(home, 'conf'), { recursive: true });
  const conf = path.join(home, 'conf', 'neo4j.conf');
  if (!fs.existsSync(conf)) fs.writeFileSync(conf, '');
  const ran = spawnSync(java(), [...JVM_OPTIONS, '-cp', CLASSPATH, 'newsgraph.Launcher', 'admin', ...args], {
    // The importer writes its import.report into the working folder.
    cwd: home,
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: ADMIN_TIMEOUT_MS,
  });
  const output = `${ran.stdout ?? ''}${ran.stderr ?? ''}`;
  if (ran.error) throw new Error(`neo4j-admin could not run: ${ran.error.message}`);
  if (ran.status !== 0) throw new Error(`neo4j-admin ${args.join(' ')} failed (exit ${ran.status}):\n${output}`);
  return output;
}
