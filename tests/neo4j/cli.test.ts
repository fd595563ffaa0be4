// The `newsgraph` command on Neo4j (`--neo4j <uri>`) beside the same command on the
// embedded store: ingest, a second ingest, stats, query and export answer the same.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readNeo4jCsv, sortedPropertyGraph } from '../../server/export/testing.ts';
import { neo4jUri, ROOT, SEEDS } from './neo4jTesting.ts';

const BIN = path.join(ROOT, 'bin', 'newsgraph.js');
const WHOLE_STORE_QUERY = 'MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN n, r';
const PESKOV_STATEMENTS =
  "MATCH (p:Person)-[:SAID]->(s:Statement) WHERE p.name CONTAINS 'Peskov' RETURN p.id AS speaker, s.id AS id, s.quote AS quote ORDER BY id";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let tmp: string;
let uri: string;

/** The command on the embedded store in `tmp`, or with `--neo4j` on the test Neo4j. */
function cli(engine: 'embedded' | 'neo4j', ...args: string[]): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, NEWSGRAPH_DATA: path.join(tmp, 'store') };
  delete env.NEWSGRAPH_SERVER;
  delete env.NEO4J_URI;
  const argv = engine === 'neo4j' ? ['--neo4j', uri, ...args] : args;
  const run = spawnSync(process.execPath, [BIN, ...argv], { cwd: ROOT, env, encoding: 'utf8', timeout: 180_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function ok(run: Run): string {
  expect(run.code, run.stderr).toBe(0);
  return run.stdout;
}

function statsOf(engine: 'embedded' | 'neo4j'): string {
  return ok(cli(engine, 'stats'))
    .split('\n')
    .filter((line) => !line.startsWith('store: '))
    .join('\n');
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-neo4j-cli-'));
  uri = neo4jUri();
  ok(cli('neo4j', 'reset', '--yes'));
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('newsgraph --neo4j', () => {
  it('ingests the sample corpus as the embedded store does, and a second ingest changes nothing', () => {
    const embedded = ok(cli('embedded', 'ingest', SEEDS));
    const neo4j = ok(cli('neo4j', 'ingest', SEEDS));
    const summary = (text: string) => /^Ingested (.*) in [\d.]+ s: (.*)$/m.exec(text)?.slice(1);
    expect(summary(neo4j)).toStrictEqual(summary(embedded));
    expect(summary(neo4j)?.[0]).toMatch(/^\d+ articles \(0 already stored\)$/);

    const before = statsOf('neo4j');
    expect(before).toBe(statsOf('embedded'));
    expect(ok(cli('neo4j', 'ingest', SEEDS))).toMatch(/^Ingested 0 articles \(\d+ already stored\)/m);
    expect(statsOf('neo4j')).toBe(before);
  });

  it('query prints the same rows on both engines', () => {
    const embedded = ok(cli('embedded', 'query', PESKOV_STATEMENTS, '--format', 'csv'));
    expect(ok(cli('neo4j', 'query', PESKOV_STATEMENTS, '--format', 'csv'))).toBe(embedded);
    const { elapsedMs: _, ...result } = JSON.parse(ok(cli('neo4j', 'query', PESKOV_STATEMENTS, '--format', 'json')));
    const { elapsedMs: __, ...expected } = JSON.parse(
      ok(cli('embedded', 'query', PESKOV_STATEMENTS, '--format', 'json')),
    );
    expect(result).toStrictEqual(expected);
    expect(result.rows.length).toBeGreaterThan(0);
  });

  it('refuses a write through query, as the embedded store does', () => {
    const write = "CREATE (:Probe {id: 'x'}) RETURN 1";
    const neo4j = cli('neo4j', 'query', write);
    expect(neo4j.code).not.toBe(0);
    expect(neo4j.stderr).toContain('read-only');
    expect(statsOf('neo4j')).toBe(statsOf('embedded'));
  });

  it('exports the same files from both engines', () => {
    for (const format of ['cypher', 'json', 'graphml', 'statements-csv']) {
      const embedded = ok(cli('embedded', 'export', '--entity', 'Peskov', '--format', format));
      expect(ok(cli('neo4j', 'export', '--entity', 'Peskov', '--format', format)), format).toBe(embedded);
    }
    // A query's rows come in the engine's order, and so do the CSV's rows and columns: the
    // two zips hold the same graph, compared as a graph.
    const zips = (['embedded', 'neo4j'] as const).map((engine) => {
      const file = path.join(tmp, `${engine}.zip`);
      ok(cli(engine, 'export', '--query', WHOLE_STORE_QUERY, '--format', 'csv', '-o', file));
      const files = unzipSync(readFileSync(file));
      expect(Object.keys(files).sort()).toStrictEqual(['nodes.csv', 'relationships.csv']);
      const csv = { nodes: strFromU8(files['nodes.csv']!), relationships: strFromU8(files['relationships.csv']!) };
      return sortedPropertyGraph(readNeo4jCsv(csv));
    });
    expect(zips[0]?.nodes.length).toBeGreaterThan(0);
    expect(zips[1]).toStrictEqual(zips[0]);
  });
});
