// The export formats over a real embedded store (Grafeo in a temporary folder) filled with
// the small hand-written extraction: the Cypher script replayed into a fresh store, the
// neo4j-admin CSV read back, the statements CSV, each also through POST/GET /api/export.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GrafeoStore } from '../../cypher/engines/grafeo.ts';
import type { GraphStore } from '../../cypher/store.ts';
import { parseCsv } from '../../contract/csv.ts';
import { toPropertyGraph, type PropertyGraph } from '../../server/export/propertyGraph.ts';
import { buildRequestedGraph, exportSubgraph, type ExportRequest } from '../../server/export/subgraph.ts';
import {
  readNeo4jCsv,
  readStoreGraph,
  runCypherScript,
  sortedPropertyGraph,
  withoutEmptyLists,
} from '../../server/export/testing.ts';
import { ARTICLE_1, ARTICLE_2, IDS } from '../../server/testing/smallGraph.ts';
import { openSmallGraphApp, type SmallGraphApp } from './smallGraphApp.ts';

let fixture: SmallGraphApp | undefined;
let store: GraphStore;
let app: FastifyInstance;

const CONTEXT = { creator: 'newsgraph test' };
const SPOKE_ABOUT_QUERY = 'MATCH p = (:Person)-[:SAID]->(:Statement)-[:ABOUT]->(:Entity) RETURN p';
const WHOLE_STORE_QUERY = 'MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN n, r';

beforeAll(async () => {
  fixture = await openSmallGraphApp('export');
  ({ store, app } = fixture);
});

afterAll(async () => {
  await fixture?.close();
});

async function requestedGraph(request: Omit<ExportRequest, 'format'>): Promise<PropertyGraph> {
  const { graph } = await buildRequestedGraph(store, { format: 'json', ...request }, CONTEXT);
  return sortedPropertyGraph(toPropertyGraph(graph));
}

function text(body: string | Uint8Array): string {
  return typeof body === 'string' ? body : strFromU8(body);
}

describe('the Cypher script, replayed into a fresh embedded store', () => {
  let copyDir: string;
  let copy: GrafeoStore;

  beforeEach(() => {
    copyDir = mkdtempSync(path.join(tmpdir(), 'newsgraph-export-copy-'));
    copy = new GrafeoStore({ dbPath: path.join(copyDir, 'copy.grafeo') });
  });

  afterEach(async () => {
    await copy.close();
    rmSync(copyDir, { recursive: true, force: true });
  });

  it('recreates the whole store: same nodes, relationships, ids and properties; twice changes nothing', async () => {
    const file = await exportSubgraph(store, { format: 'cypher', query: WHOLE_STORE_QUERY }, CONTEXT);
    const source = await readStoreGraph(store);
    expect([file.nodes, file.edges]).toStrictEqual([source.nodes.length, source.relationships.length]);
    expect([file.nodes, file.edges]).toStrictEqual([10, 17]);
    await runCypherScript(copy, text(file.body));
    expect(await readStoreGraph(copy)).toStrictEqual(source);
    await runCypherScript(copy, text(file.body));
    expect(await readStoreGraph(copy)).toStrictEqual(source);
    // The copy answers the model's own reads like the source does.
    expect(await copy.entity(IDS.bianchi)).toStrictEqual(await store.entity(IDS.bianchi));
  });

  it('recreates the graph of a query, and of a neighborhood', async () => {
    const query = await exportSubgraph(store, { format: 'cypher', query: SPOKE_ABOUT_QUERY }, CONTEXT);
    await runCypherScript(copy, text(query.body));
    const expected = await requestedGraph({ query: SPOKE_ABOUT_QUERY });
    expect([expected.nodes.length, expected.relationships.length]).toStrictEqual([5, 4]);
    expect(await readStoreGraph(copy)).toStrictEqual(expected);

    await copy.reset();
    const neighborhood = await exportSubgraph(store, { format: 'cypher', entity: IDS.bianchi }, CONTEXT);
    await runCypherScript(copy, text(neighborhood.body));
    expect(await readStoreGraph(copy)).toStrictEqual(await requestedGraph({ entity: IDS.bianchi }));
  });
});

describe('the neo4j-admin CSV', () => {
  it('holds nodes.csv and relationships.csv that read back to the exported graph', async () => {
    const file = await exportSubgraph(store, { format: 'csv', query: WHOLE_STORE_QUERY }, CONTEXT);
    const files = unzipSync(file.body as Uint8Array);
    expect(Object.keys(files).sort()).toStrictEqual(['nodes.csv', 'relationships.csv']);
    const csv = { nodes: strFromU8(files['nodes.csv']!), relationships: strFromU8(files['relationships.csv']!) };
    expect(csv.nodes.split('\n')[0]).toBe(
      'id:ID,:LABEL,date:string,errors:string[],language:string,source:string,text:string,title:string,url:string,' +
        'aliases:string[],articleCount:int,externalIds:string[],mentionCount:int,name:string,searchText:string,' +
        'statementsAbout:int,statementsBy:int,type:string,articleId:string,confidence:double,cue:string,end:int,' +
        'kind:string,quote:string,sentence:string,sentenceEnd:int,sentenceStart:int,speakerText:string,start:int,trace:string[]',
    );
    expect(csv.relationships.split('\n')[0]).toBe(
      ':START_ID,:END_ID,:TYPE,count:int,ends:int[],starts:int[],texts:string[],articleId:string,end:int,start:int,' +
        'date:string,evidence:string,id:string,trace:string[],role:string',
    );
    expect(csv.relationships).toContain(
      'art-1,person:mario-rossi,MENTIONS,2,60;158,49;153,Mario Rossi;Rossi,,,,,,,,\n',
    );
    expect(sortedPropertyGraph(readNeo4jCsv(csv))).toStrictEqual(withoutEmptyLists(await readStoreGraph(store)));
  });
});

describe('the statements CSV', () => {
  const quote1 = "Serve più coraggio sull'Europa";
  const quote2 = "L'Unione Europea deve cambiare";
  const row1 = [
    'Mario Rossi',
    quote1,
    'direct',
    undefined,
    'ha detto',
    'Unione Europea',
    '2024-03-05',
    'Vertice a Roma sul bilancio europeo',
    'https://example.org/vertice',
    "«Serve più coraggio sull'Europa», ha detto Rossi.",
    ARTICLE_1.id,
    String(ARTICLE_1.text.indexOf(quote1)),
    String(ARTICLE_1.text.indexOf(quote1) + quote1.length),
    'statement.quote-then-cue > speaker.subject-after-cue',
  ];
  const row2 = [
    'Anna Bianchi',
    quote2,
    'direct',
    undefined,
    'ha dichiarato',
    'Unione Europea',
    '2024-04-10',
    'Azione Civica chiede riforme',
    undefined,
    "Anna Bianchi, portavoce di Azione Civica, ha dichiarato: «L'Unione Europea deve cambiare».",
    ARTICLE_2.id,
    String(ARTICLE_2.text.indexOf(quote2)),
    String(ARTICLE_2.text.indexOf(quote2) + quote2.length),
    'statement.cue-then-colon-quote > speaker.subject-before-cue',
  ];
  const header = [
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
  ];

  it('lists every statement a query returns, with its article, even when the query did not return the article', async () => {
    const file = await exportSubgraph(
      store,
      { format: 'statements-csv', query: 'MATCH (p:Person)-[:SAID]->(s)-[:ABOUT]->(t) RETURN p, s, t' },
      CONTEXT,
    );
    expect(parseCsv(text(file.body))).toStrictEqual([header, row1, row2]);
  });

  it("lists the statements of a neighborhood, its neighbours' included", async () => {
    const file = await exportSubgraph(store, { format: 'statements-csv', entity: IDS.rossi }, CONTEXT);
    expect(parseCsv(text(file.body))).toStrictEqual([header, row1, row2]);
    const alone = await exportSubgraph(store, { format: 'statements-csv', entity: IDS.ricci }, CONTEXT);
    expect(parseCsv(text(alone.body))).toStrictEqual([header, row2]);
  });
});

describe('through the API', () => {
  async function postExport(body: Record<string, unknown>) {
    return app.inject({ method: 'POST', url: '/api/export', payload: body });
  }

  it('POST /api/export serves each new format with its type and file name', async () => {
    const zip = await postExport({ format: 'csv', entity: IDS.bianchi });
    expect([zip.statusCode, zip.headers['content-type'], zip.headers['content-disposition']]).toStrictEqual([
      200,
      'application/zip',
      'attachment; filename="newsgraph-Anna-Bianchi.neo4j.zip"',
    ]);
    const files = unzipSync(new Uint8Array(zip.rawPayload));
    expect(Object.keys(files).sort()).toStrictEqual(['nodes.csv', 'relationships.csv']);
    const csv = { nodes: strFromU8(files['nodes.csv']!), relationships: strFromU8(files['relationships.csv']!) };
    expect(sortedPropertyGraph(readNeo4jCsv(csv))).toStrictEqual(
      withoutEmptyLists(await requestedGraph({ entity: IDS.bianchi })),
    );

    const script = await postExport({ format: 'cypher', query: SPOKE_ABOUT_QUERY });
    expect([script.statusCode, script.headers['content-type'], script.headers['content-disposition']]).toStrictEqual([
      200,
      'application/x-cypher-query; charset=utf-8',
      'attachment; filename="newsgraph-query.cypher"',
    ]);
    const lines = script.body.split('\n').filter((line) => line !== '' && !line.startsWith('//'));
    expect(lines.filter((line) => line.startsWith('MERGE') || line.startsWith('MATCH'))).toHaveLength(5 + 4);
    expect(lines.every((line) => line.endsWith(';'))).toBe(true);

    const statements = await postExport({ format: 'statements-csv', entity: 'Anna Bianchi' });
    expect([
      statements.statusCode,
      statements.headers['content-type'],
      statements.headers['content-disposition'],
    ]).toStrictEqual([
      200,
      'text/csv; charset=utf-8; header=present',
      'attachment; filename="newsgraph-Anna-Bianchi.statements.csv"',
    ]);
    expect(parseCsv(statements.body).map((row) => row[0])).toStrictEqual(['speaker', 'Mario Rossi', 'Anna Bianchi']);
  });

  it('GET /api/export takes the new formats too', async () => {
    const answer = await app.inject({
      method: 'GET',
      url: `/api/export?format=cypher&entity=${encodeURIComponent(IDS.ricci)}`,
    });
    expect([answer.statusCode, answer.headers['content-disposition']]).toStrictEqual([
      200,
      'attachment; filename="newsgraph-Niccolo-Ricci.cypher"',
    ]);
    expect(answer.body).toContain(`MERGE (n:Entity {id: '${IDS.ricci}'}) SET n:Person, n += {name: 'Niccolò Ricci'`);
  });
});
