// The `newsgraph` command as a user runs it: a child process per command, a temp store.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import type { HealthInfo } from '../../contract/api.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = path.resolve(process.env.NEWSGRAPH_SHARED ?? path.join(ROOT, '..', 'shared'));
const SEEDS = path.join(SHARED, 'corpus', 'seeds');
const BIN = path.join(ROOT, 'bin', 'newsgraph.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(dataDir: string, ...args: string[]): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, NEWSGRAPH_DATA: dataDir };
  delete env.NEWSGRAPH_SERVER;
  delete env.NEO4J_URI;
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function statsLine(run: Run): string {
  const line = run.stdout.split('\n').find((text) => text.startsWith('articles '));
  if (!line) throw new Error(`no stats line in: ${run.stdout}\n${run.stderr}`);
  return line;
}

let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-cli-'));
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('newsgraph extract --json', () => {
  it('prints a result that follows the extraction contract', () => {
    const run = cli(path.join(tmp, 'unused'), 'extract', SEEDS, '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const schema = JSON.parse(readFileSync(path.join(SHARED, 'contracts', 'extraction.schema.json'), 'utf8'));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const result = JSON.parse(run.stdout);
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
    expect(result.documents).toHaveLength(5);
    for (const doc of result.documents) {
      expect(doc.source.startsWith(SEEDS)).toBe(true);
    }
  });
});

describe('newsgraph ingest, stats and query on the embedded store', () => {
  let data: string;

  beforeAll(() => {
    data = path.join(tmp, 'store');
  });

  it('ingests the sample corpus, and a second ingest changes nothing', () => {
    const first = cli(data, 'ingest', SEEDS);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(
      /^Ingested 5 articles \(0 already stored\) in [\d.]+ s: \d+ entities, \d+ statements, \d+ relations, 0 errors\.$/m,
    );
    const before = statsLine(cli(data, 'stats'));

    const second = cli(data, 'ingest', SEEDS);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/^Ingested 0 articles \(5 already stored\)/m);
    expect(statsLine(cli(data, 'stats'))).toBe(before);
    expect(before).toMatch(/^articles 5, entities \d+, statements \d+, relations \d+, mentions \d+$/);
  });

  it('prints a table for a read query', () => {
    const run = cli(data, 'query', 'MATCH (p:Person) RETURN p.name AS name ORDER BY name LIMIT 5');
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[1]).toMatch(/^\| name +\|$/);
    expect(lines.at(-1)).toMatch(/^5 rows, \d+ ms$/);
  });

  it('passes parameters and prints CSV', () => {
    const run = cli(
      data,
      'query',
      'RETURN $n + 1 AS next, $s AS s',
      '--param',
      'n=41',
      '--param',
      's=a,b',
      '--format',
      'csv',
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('next,s\n42,"a,b"\n');
  });

  it('refuses a write with the clause named, and nothing changes', () => {
    const before = statsLine(cli(data, 'stats'));
    const run = cli(data, 'query', 'CREATE (n:X) RETURN n');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/CREATE/);
    expect(run.stderr).toMatch(/read-only/i);
    expect(statsLine(cli(data, 'stats'))).toBe(before);
    const count = cli(data, 'query', 'MATCH (n:X) RETURN count(n) AS c', '--format', 'csv');
    expect(count.stdout).toBe('c\n0\n');
  });

  it('reports invalid Cypher with its position', () => {
    const run = cli(data, 'query', 'MATCH (n) RETURN n LIMIT');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/line 1, column \d+/);
  });

  it('exports an entity neighborhood as GEXF', () => {
    const out = path.join(tmp, 'peskov.gexf');
    const run = cli(data, 'export', '--entity', 'Dmitry Peskov', '--format', 'gexf', '-o', out);
    expect(run.code, run.stderr).toBe(0);
    const gexf = readFileSync(out, 'utf8');
    expect(gexf).toContain('<gexf');
    expect(gexf).toContain('Dmitry Peskov');
  });

  it('refuses an unknown --extractor with the known ones listed, before reading anything', () => {
    for (const command of ['ingest', 'extract']) {
      const run = cli(data, command, '--extractor', 'llm', SEEDS);
      expect([run.code, run.stderr]).toStrictEqual([2, 'newsgraph: unknown extractor "llm" (known: rules)\n']);
    }
    const plain = cli(data, 'extract', '--json', path.join(SEEDS, readdirSync(SEEDS).sort()[0]!));
    const named = cli(
      data,
      'extract',
      '--json',
      '--extractor',
      'rules',
      path.join(SEEDS, readdirSync(SEEDS).sort()[0]!),
    );
    expect([named.code, named.stdout]).toStrictEqual([0, plain.stdout]);
  });

  it('asks for confirmation before reset', () => {
    const run = cli(data, 'reset');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--yes');
  });
});

describe('bad input files', () => {
  it('reports each bad file by name, reads a Latin-1 one with a notice, stores the good ones, and exits 1', () => {
    const folder = path.join(tmp, 'mixed');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'empty.txt'), '');
    writeFileSync(path.join(folder, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]));
    writeFileSync(
      path.join(folder, 'latin1.txt'),
      Buffer.from('Il portavoce ha detto: \xabperch\xe9 no\xbb', 'latin1'),
    );
    writeFileSync(path.join(folder, 'broken.json'), '{"title": "x", "text": ');
    writeFileSync(
      path.join(folder, 'good.txt'),
      'Vertice a Roma\n\nIl ministro Mario Rossi ha detto che il governo italiano sosterrà il piano.',
    );
    const data = path.join(tmp, 'mixed-store');
    const run = cli(data, 'ingest', folder);
    expect(run.code).toBe(1);
    const errors = run.stderr.split('\n').filter((line) => line.startsWith('error: '));
    expect(errors.map((line) => path.basename(line.slice(7).split(':')[0]!)).sort()).toStrictEqual([
      'binary.txt',
      'broken.json',
      'empty.txt',
    ]);
    expect(run.stderr.split('\n').filter((line) => line.startsWith('notice: '))).toStrictEqual([
      `notice: ${path.join(folder, 'latin1.txt')}: not valid UTF-8 (byte offset 23): read as Windows-1252 (Latin-1)`,
    ]);
    expect(run.stdout).toMatch(/^Ingested 2 articles \(0 already stored\).*, 3 errors\.$/m);
    expect(statsLine(cli(data, 'stats'))).toMatch(/^articles 2,/);
    const quote = cli(
      data,
      'query',
      "MATCH (a:Article) WHERE a.text CONTAINS 'perché no' RETURN count(a) AS n",
      '--format',
      'csv',
    );
    expect(quote.stdout).toBe('n\n1\n');
  });
});

describe('one process at a time', () => {
  it('works through the server that holds the store, and the server sees the new article', async () => {
    const data = path.join(tmp, 'served');
    const env: NodeJS.ProcessEnv = { ...process.env, NEWSGRAPH_DATA: data };
    delete env.NEO4J_URI;
    const server = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
          if (match) resolve(match[0]);
        });
        server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
      });
      const file = path.join(tmp, 'one.txt');
      writeFileSync(
        file,
        'Accordo a Parigi\n\nIl presidente francese Emmanuel Macron ha detto che l’accordo è vicino.',
      );
      const run = cli(data, 'ingest', file);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain(`(working through the newsgraph server at ${url})`);
      expect(run.stdout.split('\n').at(-2)).toBe(`store: the newsgraph server at ${url} holding ${data}`);
      const health = (await (await fetch(`${url}/api/stats`)).json()) as { articles: number };
      expect(health.articles).toBe(1);
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
    // Once the server is gone, the CLI opens the store itself again.
    expect(statsLine(cli(data, 'stats'))).toMatch(/^articles 1,/);
  });
});

/** A port nothing listens on at the moment it is returned. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts `newsgraph serve`, resolving with the URL it prints once it listens. */
function serve(env: NodeJS.ProcessEnv, ...args: string[]): { child: ChildProcess; url: Promise<string> } {
  const child = spawn(process.execPath, [BIN, 'serve', ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /^newsgraph explorer: (http:\/\/\S+)$/m.exec(out);
      if (match) resolve(match[1]!);
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${err}`)));
  });
  return { child, url };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

describe('newsgraph serve: host and port', () => {
  function serveEnv(data: string, extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env, NEWSGRAPH_DATA: data, ...extra };
    delete env.NEO4J_URI;
    delete env.NEWSGRAPH_TOKEN;
    return env;
  }

  it('listens on NEWSGRAPH_HOST and NEWSGRAPH_PORT when no flag is given', async () => {
    const port = await freePort();
    const { child, url } = serve(
      serveEnv(path.join(tmp, 'env-port'), { NEWSGRAPH_HOST: '127.0.0.2', NEWSGRAPH_PORT: String(port) }),
    );
    try {
      expect(await url).toBe(`http://127.0.0.2:${port}`);
      const health = await fetch(`http://127.0.0.2:${port}/api/health`);
      expect(health.status).toBe(200);
    } finally {
      await stop(child);
    }
  });

  it('lets --port and --data win over NEWSGRAPH_PORT and NEWSGRAPH_DATA', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const envPort = (busy.address() as AddressInfo).port;
    const flagPort = await freePort();
    const data = path.join(tmp, 'flag-data');
    const { child, url } = serve(
      serveEnv(path.join(tmp, 'env-data'), { NEWSGRAPH_PORT: String(envPort) }),
      '--data',
      data,
      '--port',
      String(flagPort),
    );
    try {
      expect(await url).toBe(`http://127.0.0.1:${flagPort}`);
      // The store named to an empty explorer is the one given by --data, not NEWSGRAPH_DATA.
      const health = (await (await fetch(`http://127.0.0.1:${flagPort}/api/health`)).json()) as HealthInfo;
      expect([health.storeUp, health.storeLocation]).toStrictEqual([true, data]);
    } finally {
      await stop(child);
      await new Promise((resolve) => busy.close(resolve));
    }
  });

  it('says in one line which port is busy and how to choose another, and exits 1', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as AddressInfo).port;
    try {
      for (const [env, args] of [
        [{ NEWSGRAPH_PORT: String(port) }, []],
        [{}, ['--port', String(port)]],
      ] as const) {
        const run = await new Promise<Run>((resolve) => {
          const child = spawn(process.execPath, [BIN, 'serve', ...args], {
            cwd: ROOT,
            env: serveEnv(path.join(tmp, 'busy-port'), env),
            stdio: ['ignore', 'pipe', 'pipe'],
          });
          let stdout = '';
          let stderr = '';
          child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
          child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
          child.once('close', (code) => resolve({ code, stdout, stderr }));
        });
        expect(run).toStrictEqual({
          code: 1,
          stdout: '',
          stderr: `newsgraph: port ${port} (127.0.0.1:${port}) is already in use: choose another with --port <n> or NEWSGRAPH_PORT (0 = any free port)\n`,
        });
      }
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });
});
