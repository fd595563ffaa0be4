// `newsgraph export` in the new formats, as a user runs it: a child process per command,
// a temporary store filled by `newsgraph ingest` from a short article written here.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ruleReason } from '../../contract/rules.ts';
import { GrafeoStore } from '../../cypher/engines/grafeo.ts';
import { openStore } from '../../cypher/open.ts';
import { parseCsv } from '../../contract/csv.ts';
import { toPropertyGraph, type PropertyGraph } from '../../server/export/propertyGraph.ts';
import { buildRequestedGraph } from '../../server/export/subgraph.ts';
import {
  readNeo4jCsv,
  readStoreGraph,
  runCypherScript,
  sortedPropertyGraph,
  withoutEmptyLists,
} from '../../server/export/testing.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin', 'newsgraph.js');

const ARTICLE =
  'Vertice a Roma sul bilancio\n\n' +
  'Il ministro Mario Rossi ha incontrato a Roma la presidente Anna Bianchi. ' +
  "«Serve più coraggio sull'Europa», ha detto Mario Rossi. " +
  "Anna Bianchi ha criticato l'Unione Europea.\n";
const QUOTE = "Serve più coraggio sull'Europa";

let tmp: string;
let data: string;

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, NEWSGRAPH_DATA: data };
  delete env.NEWSGRAPH_SERVER;
  delete env.NEO4J_URI;
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The neighborhood the CLI exported, built in this process from the same store. */
async function neighborhood(entity: string): Promise<PropertyGraph> {
  const store = openStore({ dataDir: data });
  try {
    const { graph } = await buildRequestedGraph(store, { format: 'json', entity }, { creator: 'test' });
    return sortedPropertyGraph(toPropertyGraph(graph));
  } finally {
    await store.close();
  }
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-export-cli-'));
  data = path.join(tmp, 'data');
  writeFileSync(path.join(tmp, 'vertice.txt'), ARTICLE);
  const ingest = cli('ingest', path.join(tmp, 'vertice.txt'));
  expect(ingest.code, ingest.stderr).toBe(0);
  expect(ingest.stdout).toMatch(/^Ingested 1 article \(0 already stored\)/m);
}, 120_000);

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('newsgraph export', () => {
  it('--format cypher -o writes a script that recreates the neighborhood in a fresh store', async () => {
    const file = path.join(tmp, 'rossi.cypher');
    const run = cli('export', '--entity', 'Mario Rossi', '--format', 'cypher', '-o', file);
    expect(run.code, run.stderr).toBe(0);
    const script = readFileSync(file, 'utf8');
    expect(run.stderr.trim()).toBe(`wrote ${file} (${Buffer.byteLength(script)} bytes)`);
    expect(script.split('\n')[0]).toBe('// Neighborhood of Mario Rossi (depth 1) (newsgraph CLI)');

    const copy = new GrafeoStore({ dbPath: path.join(tmp, 'copy', 'copy.grafeo') });
    try {
      await runCypherScript(copy, script);
      const expected = await neighborhood('person:mario-rossi');
      expect(expected.relationships.some((relationship) => relationship.properties.quote === QUOTE)).toBe(true);
      expect(await readStoreGraph(copy)).toStrictEqual(expected);
      await runCypherScript(copy, script);
      expect(await readStoreGraph(copy)).toStrictEqual(expected);
    } finally {
      await copy.close();
    }
  }, 120_000);

  it('--format csv -o writes the zip of nodes.csv and relationships.csv', async () => {
    const file = path.join(tmp, 'rossi.zip');
    const run = cli('export', '--entity', 'Mario Rossi', '--format', 'csv', '-o', file);
    expect(run.code, run.stderr).toBe(0);
    const files = unzipSync(new Uint8Array(readFileSync(file)));
    expect(Object.keys(files).sort()).toStrictEqual(['nodes.csv', 'relationships.csv']);
    const csv = { nodes: strFromU8(files['nodes.csv']!), relationships: strFromU8(files['relationships.csv']!) };
    expect(csv.nodes.split('\n')[0]).toBe(
      'id:ID,:LABEL,name:string,type:string,aliases:string[],mentions:int,articles:int,statementsBy:int,statementsAbout:int',
    );
    expect(sortedPropertyGraph(readNeo4jCsv(csv))).toStrictEqual(
      withoutEmptyLists(await neighborhood('person:mario-rossi')),
    );
  }, 120_000);

  it('--format statements-csv prints the evidence pack', () => {
    const run = cli(
      'export',
      '--query',
      'MATCH (p:Person)-[:SAID]->(s:Statement) RETURN p, s',
      '--format',
      'statements-csv',
    );
    expect(run.code, run.stderr).toBe(0);
    const start = ARTICLE.indexOf(QUOTE);
    const rows = parseCsv(run.stdout);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toStrictEqual([
      'speaker',
      'quote',
      'kind',
      'act',
      'cue',
      'about',
      'date',
      'articleTitle',
      'url',
      'sentence',
      'articleId',
      'start',
      'end',
      'rules',
    ]);
    // The rules that found it, each one the registry explains.
    const rules = rows[1]?.[13]?.split(' > ') ?? [];
    expect(rules.length >= 2 && rules.every((id) => ruleReason(id) !== null)).toBe(true);
    expect([
      rows[1]?.[0],
      rows[1]?.[1],
      rows[1]?.[3],
      rows[1]?.[4],
      rows[1]?.[7],
      rows[1]?.[11],
      rows[1]?.[12],
    ]).toStrictEqual([
      'Mario Rossi',
      QUOTE,
      'claim',
      'ha detto',
      'Vertice a Roma sul bilancio',
      String(start),
      String(start + QUOTE.length),
    ]);
  }, 120_000);
});
