import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GrafeoStore } from '../../cypher/engines/grafeo.ts';
import { cypherName, cypherString, cypherValue, writeCypherScript } from './cypherScript.ts';
import { buildExportGraph, type ExportGraph } from './graph.ts';
import { toPropertyGraph } from './propertyGraph.ts';
import { cypherResult, evidence, payload, readStoreGraph, runCypherScript, sortedPropertyGraph } from './testing.ts';

describe('Cypher literals', () => {
  it('escapes strings so one statement stays on one line', () => {
    expect(cypherString("l'Unione \\ «UE»\n\r\t\u0001\u0008\u000C\u2028 😀")).toBe(
      "'l\\'Unione \\\\ «UE»\\n\\r\\t\\u0001\\u0008\\u000C\\u2028 😀'",
    );
  });

  it('quotes names that are not plain or are keywords', () => {
    expect([cypherName('articleId'), cypherName('end'), cypherName('Weird Label'), cypherName('a`b')]).toStrictEqual([
      'articleId',
      '`end`',
      '`Weird Label`',
      '`a``b`',
    ]);
  });

  it('writes whole floats with a decimal point, exponents without a plus', () => {
    const double = { scalar: 'double', list: false } as const;
    expect(cypherValue(1, double)).toBe('1.0');
    expect(cypherValue(1)).toBe('1');
    expect(cypherValue(1e21, double)).toBe('1e21');
    expect(cypherValue([1.5, 2], { scalar: 'double', list: true })).toBe('[1.5, 2.0]');
    expect(cypherValue(['a', 'b'])).toBe("['a', 'b']");
    expect(cypherValue(false)).toBe('false');
  });
});

describe('writeCypherScript', () => {
  const neighborhood = buildExportGraph(
    { payload, evidence },
    { creator: 'newsgraph test', description: 'Neighborhood\nof Mario' },
  );

  it('writes constraints, then one MERGE per node and relationship, one per line', () => {
    const lines = writeCypherScript(neighborhood).split('\n');
    expect(lines.slice(0, 6)).toStrictEqual([
      '// Neighborhood of Mario (newsgraph test)',
      '// 3 nodes, 4 relationships; one statement per line, MERGE on id: running it again creates nothing new. Run with: cypher-shell -f <this file>',
      'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;',
      "MERGE (n:Entity {id: 'p:mario'}) SET n:Person, n += {name: 'Mario Rossi', type: 'Person', aliases: ['Rossi', 'M. Rossi'], mentions: 4, articles: 1, statementsBy: 2, statementsAbout: 0};",
      "MERGE (n:Entity {id: 'o:ue'}) SET n:Organization, n += {name: 'Unione Europea', type: 'Organization', aliases: [], mentions: 2, articles: 1, statementsBy: 0, statementsAbout: 2};",
      "MERGE (n:Entity {id: 'l:roma'}) SET n:Place, n += {name: 'Roma', type: 'Place', aliases: [], mentions: 1, articles: 1, statementsBy: 0, statementsAbout: 0};",
    ]);
    expect(lines[8]).toBe(
      "MATCH (a:Entity {id: 'p:mario'}) MATCH (b:Entity {id: 'o:ue'}) MERGE (a)-[r:CRITICIZED {id: 'relation:r1:p:mario->o:ue'}]->(b) " +
        "SET r += {kind: 'relation', weight: 1, relationId: 'r1', evidence: 'Rossi ha criticato l\\'Unione Europea & \"Bruxelles\" <oggi>.\\nSeconda riga\\tcon tab.', " +
        "articleId: 'a1', articleTitle: 'Vertice a Roma', articleUrl: 'https://example.org/x', start: 120, `end`: 178, date: '2024-03-05', " +
        "rules: 'relation.subject-verb-object'};",
    );
    expect(lines).toHaveLength(11);
    expect(lines[10]).toBe('');
    expect(lines.slice(2, 10).every((line) => line.endsWith(';'))).toBe(true);
  });

  it('merges relationships without an id on their endpoints, or on all properties when several share them', () => {
    const graph: ExportGraph = new MultiDirectedGraph({ allowSelfLoops: true });
    graph.addNode('a', { label: 'a', labels: 'Article', elementId: 'n:1', id: 'a' });
    graph.addNode('p', { label: 'p', labels: 'Entity;Person', elementId: 'n:2', id: 'p' });
    graph.addDirectedEdgeWithKey('e:1', 'a', 'p', {
      type: 'MENTIONS',
      elementId: 'e:1',
      prop_kind: 'x',
      starts: '[1,5]',
    });
    graph.addDirectedEdgeWithKey('e:2', 'p', 'p', { type: 'LIKES', elementId: 'e:2', n: 1 });
    graph.addDirectedEdgeWithKey('e:3', 'p', 'p', { type: 'LIKES', elementId: 'e:3', n: 2 });
    expect(writeCypherScript(graph).split('\n').slice(2, 9)).toStrictEqual([
      'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;',
      'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;',
      "MERGE (n:Article {id: 'a'});",
      "MERGE (n:Entity {id: 'p'}) SET n:Person;",
      "MATCH (a:Article {id: 'a'}) MATCH (b:Entity {id: 'p'}) MERGE (a)-[r:MENTIONS]->(b) SET r += {kind: 'x', `starts`: [1, 5]};",
      "MATCH (a:Entity {id: 'p'}) MATCH (b:Entity {id: 'p'}) MERGE (a)-[r:LIKES {n: 1}]->(b);",
      "MATCH (a:Entity {id: 'p'}) MATCH (b:Entity {id: 'p'}) MERGE (a)-[r:LIKES {n: 2}]->(b);",
    ]);
  });
});

describe('the script run into a fresh embedded store', () => {
  let dir: string;
  let store: GrafeoStore;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-cypher-script-'));
    store = new GrafeoStore({ dbPath: path.join(dir, 'copy.grafeo') });
  });

  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function roundTrip(graph: ExportGraph): Promise<void> {
    const script = writeCypherScript(graph);
    const expected = sortedPropertyGraph(toPropertyGraph(graph));
    const merges = script.split('\n').filter((line) => line.startsWith('MERGE') || line.startsWith('MATCH'));
    expect(merges).toHaveLength(graph.order + graph.size);
    await runCypherScript(store, script);
    const copy = await readStoreGraph(store);
    expect([copy.nodes.length, copy.relationships.length]).toStrictEqual([graph.order, graph.size]);
    expect(copy).toStrictEqual(expected);
    // Twice: nothing new.
    await runCypherScript(store, script);
    expect(await readStoreGraph(store)).toStrictEqual(expected);
  }

  it('recreates a neighborhood: same ids, labels, properties and relationships', async () => {
    await roundTrip(buildExportGraph({ payload, evidence }));
  });

  it('recreates the graph of a query, a node no cell returned included', async () => {
    const graph = buildExportGraph({ cypher: cypherResult });
    await roundTrip(graph);
    expect((await readStoreGraph(store)).nodes.map((node) => [node.id, node.labels])).toStrictEqual([
      ['4:x:77', []],
      ['p:mario', ['Person']],
      ['s1', ['Statement']],
    ]);
  });
});
