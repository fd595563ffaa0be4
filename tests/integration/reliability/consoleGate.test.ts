// The console gate against a real embedded store: the known bypasses (a clause glued onto a
// number) and a seeded fuzz that glues every write, schema, file and admin clause onto
// numbers, strings, parameters, names and closing brackets at every token boundary of a
// few read queries. Each query is refused by the gate, or else runs and changes nothing:
// not the data (rolled back anyway) and not the labels, types and property keys, which
// an engine keeps even when the transaction that named them rolls back.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../../contract/seededRandom.ts';
import { openStore } from '../../../cypher/open.ts';
import { checkReadOnly, statementText } from '../../../cypher/readonly.ts';
import { tokenize } from '../../../cypher/tokens.ts';
import grafeo from '@grafeo-db/js';
import { STORE_FILE } from '../../../contract/store.ts';
import type { GraphStore } from '../../../cypher/store.ts';
import { smallGraph } from '../../../server/testing/smallGraph.ts';

const SEED = 7_331;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-gate-'));
const dataDir = path.join(tmp, 'store');

/** The red team's bypasses: each wrote a label or key that outlived the rollback. */
const KNOWN_BYPASSES = [
  'MATCH (n) WITH n LIMIT 1CREATE (:GluedLabel {gluedKey: 1})',
  'MATCH (n) WITH n LIMIT 1SET n.gluedKey = 1',
  'MATCH (n) WITH n LIMIT 1SET n:GluedLabel',
  'MATCH (n) WITH n LIMIT 1MERGE (:GluedLabel {gluedKey: 1})',
  'MATCH (n) WITH n LIMIT 1DETACH DELETE n',
  'MATCH (n) WITH n LIMIT 1DELETE n',
  'MATCH (n) WITH n LIMIT 1REMOVE n.id',
  'MATCH (n) WITH n LIMIT 1FOREACH (x IN [1] | CREATE (:GluedLabel))',
  "MATCH (n) WITH n LIMIT 1CALL db.createLabel('GluedLabel')",
  "MATCH (n) WITH n LIMIT 1LOAD CSV FROM 'file:///proc/self/environ' AS line RETURN line",
  'MATCH (n) WITH n LIMIT 1.5CREATE (:GluedLabel)',
  'MATCH (n) WITH n LIMIT 1e3CREATE (:GluedLabel)',
  'MATCH (n) WITH n LIMIT 0x1FCREATE (:GluedLabel)',
];

/** What a write could leave behind: every name the store knows, and the counts. */
interface StoreNames {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
  stats: Awaited<ReturnType<GraphStore['stats']>>;
}

async function storeNames(store: GraphStore): Promise<StoreNames> {
  const schema = await store.schema();
  return {
    labels: schema.labels.map((entry) => `${entry.label}:${entry.count}`),
    relationshipTypes: schema.relationshipTypes.map((entry) => `${entry.type}:${entry.count}`),
    propertyKeys: schema.propertyKeys,
    stats: await store.stats(),
  };
}

async function reopened<T>(work: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = openStore({ dataDir });
  await store.init();
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Runs a query through the console path; whether it fails does not matter here, only what it leaves. */
async function tryConsole(store: GraphStore, query: string): Promise<'refused' | 'ran' | 'failed'> {
  try {
    await store.readOnly(query, { p: 1 }, { rowCap: 10, timeoutMs: 10_000 });
    return 'ran';
  } catch (error) {
    const code = (error as { info?: { code?: string } }).info?.code;
    return code === 'READ_ONLY' || code === 'MULTIPLE_STATEMENTS' ? 'refused' : 'failed';
  }
}

/** Read queries in which each kind of token (number, string, parameter, name, bracket) ends an expression before a clause. */
const ENDINGS = ['1', '1.5', '1e3', '0x1F', '0o7', "'s'", '"s"', '$p', 'n.name', '[1]', '{a: 1}', '(1)'];
const BASES = [
  ...ENDINGS.map((ending) => `MATCH (n) WHERE n.id <> ${ending} WITH n LIMIT 1 RETURN n.id AS id`),
  'UNWIND [1, 2.5, $p] AS x WITH x, [1] AS l RETURN x, l[0] AS y, {a: x} AS m',
  'MATCH (a)-[r]->(b) CALL (a) { RETURN a.id AS aid } RETURN aid ORDER BY aid DESC UNION ALL RETURN 1 AS aid',
];

/** What is glued before a clause at a token boundary ('' glues the clause onto the token before it). */
const GLUES = ['', '1', '1.5', '1e3', '0x1F', "'s'", '$p', 'n', ')', ']', '}', '+', '*'];

const CLAUSES = [
  'CREATE (:FuzzLabel {fuzzKey: 1})',
  'MERGE (:FuzzLabel {fuzzKey: 1})',
  'SET n.fuzzKey = 1',
  'SET n:FuzzLabel',
  'DELETE n',
  'DETACH DELETE n',
  'REMOVE n.id',
  'REMOVE n:Entity',
  'FOREACH (x IN [1] | CREATE (:FuzzLabel))',
  "CALL db.createLabel('FuzzLabel')",
  'CALL { CREATE (:FuzzLabel) }',
  "LOAD CSV FROM 'file:///proc/self/environ' AS fuzzLine",
  'INSERT (:FuzzLabel {fuzzKey: 1})',
  'CREATE INDEX fuzz FOR (n:FuzzLabel) ON (n.fuzzKey)',
  'DROP INDEX fuzz',
  'ALTER DATABASE fuzz SET ACCESS READ ONLY',
  'USE fuzz',
  'NODETACH DELETE n',
];

/** Every base, token boundary, glue and clause (the clause word in a seeded mixed case). */
function fuzzQueries(seed: number): string[] {
  const random = seededRandom(seed);
  const mixCase = (text: string) => [...text].map((c) => (random() < 0.5 ? c.toLowerCase() : c.toUpperCase())).join('');
  const queries: string[] = [];
  for (const base of BASES) {
    // Right after each token: the start of the next one, less the whitespace between.
    const boundaries = tokenize(base).map(
      (_token, index, tokens) => base.slice(0, tokens[index + 1]?.start ?? base.length).trimEnd().length,
    );
    for (const end of boundaries) {
      for (const glue of GLUES) {
        for (const clause of CLAUSES) {
          const [word, ...rest] = clause.split(' ');
          queries.push(`${base.slice(0, end)}${glue}${mixCase(word as string)} ${rest.join(' ')}${base.slice(end)}`);
        }
      }
    }
  }
  return queries;
}

let before: StoreNames;

beforeAll(async () => {
  await reopened(async (store) => {
    await store.writeExtraction(smallGraph());
    before = await storeNames(store);
  });
}, 60_000);

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('the console gate on a real store', () => {
  it('refuses the known bypasses, and no label or key they name outlives a reopen', { timeout: 60_000 }, async () => {
    const outcomes = await reopened(async (store) => {
      const seen: string[] = [];
      for (const query of KNOWN_BYPASSES) seen.push(`${await tryConsole(store, query)}: ${query}`);
      return seen;
    });
    expect(outcomes).toStrictEqual(KNOWN_BYPASSES.map((query) => `refused: ${query}`));
    const after = await reopened(storeNames);
    expect(after).toStrictEqual(before);
    expect(after.labels.some((label) => label.startsWith('GluedLabel'))).toBe(false);
    expect(after.propertyKeys).not.toContain('gluedKey');
  });

  it('fuzz: every glued clause is refused, or runs and changes nothing', { timeout: 300_000 }, async () => {
    const queries = fuzzQueries(SEED);
    expect(queries).toStrictEqual(fuzzQueries(SEED));
    const accepted = queries.filter((query) => checkReadOnly(query) === null);
    // Glued onto a name or a parameter, a clause word becomes part of it (`nCREATE`, `$pCREATE`):
    // those pass the gate and must run harmlessly.
    expect(accepted.length).toBeGreaterThan(0);
    // The console runs each query in its own process on a read-only snapshot (one process start per
    // query); here the accepted ones run straight on the engine, writable and with nothing rolled
    // back, which is harsher: whatever passes the gate must be a read on its own.
    const db = grafeo.GrafeoDB.open(path.join(dataDir, STORE_FILE));
    try {
      for (const query of accepted) {
        try {
          await db.executeCypher(statementText(query), { p: 1 });
        } catch {
          // an error is harmless; only what it leaves matters
        }
      }
    } finally {
      db.close();
    }
    expect(await reopened(storeNames)).toStrictEqual(before);
  });
});
