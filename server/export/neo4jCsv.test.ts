import { strFromU8, unzipSync } from 'fflate';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildExportGraph, type ExportGraph } from './graph.ts';
import { writeNeo4jCsv, writeNeo4jCsvZip } from './neo4jCsv.ts';
import { toPropertyGraph } from './propertyGraph.ts';
import { cypherResult, evidence, payload, readNeo4jCsv, withoutEmptyLists } from './testing.ts';

const neighborhood = buildExportGraph({ payload, evidence });
const query = buildExportGraph({ cypher: cypherResult });

function headers(graph: ExportGraph): [string, string] {
  const csv = writeNeo4jCsv(graph);
  return [csv.nodes.split('\n')[0] as string, csv.relationships.split('\n')[0] as string];
}

describe('CSV for neo4j-admin database import', () => {
  it('writes the importer headers: id:ID, :LABEL, :START_ID, :END_ID, :TYPE and typed properties', () => {
    expect(headers(neighborhood)).toStrictEqual([
      'id:ID,:LABEL,name:string,type:string,aliases:string[],mentions:int,articles:int,statementsBy:int,statementsAbout:int',
      ':START_ID,:END_ID,:TYPE,id:string,kind:string,weight:int,statementId:string,statementKind:string,act:string,quote:string,' +
        'cue:string,speakerText:string,sentence:string,articleId:string,articleTitle:string,articleUrl:string,start:int,' +
        'end:int,sentenceStart:int,sentenceEnd:int,date:string,confidence:double,rules:string,relationId:string,evidence:string,' +
        'firstDate:string,lastDate:string',
    ]);
    expect(headers(query)).toStrictEqual([
      'id:ID,:LABEL,name:string,aliases:string[],x:int,quote:string,articleId:string,start:int,end:int,confidence:double',
      ':START_ID,:END_ID,:TYPE,articleId:string,start:int,end:int,weight:int',
    ]);
  });

  it('writes one row per node and relationship, labels and lists joined by ;, text quoted', () => {
    const csv = writeNeo4jCsv(neighborhood);
    expect(csv.nodes.split('\n').slice(1)).toStrictEqual([
      'p:mario,Entity;Person,Mario Rossi,Person,Rossi;M. Rossi,4,1,2,0',
      'o:ue,Entity;Organization,Unione Europea,Organization,,2,1,0,2',
      'l:roma,Entity;Place,Roma,Place,,1,1,0,0',
      '',
    ]);
    expect(csv.relationships).toContain(
      'p:mario,o:ue,CRITICIZED,relation:r1:p:mario->o:ue,relation,1,,,,,,,,a1,Vertice a Roma,https://example.org/x,120,178,,,' +
        '2024-03-05,,relation.subject-verb-object,r1,"Rossi ha criticato l\'Unione Europea & ""Bruxelles"" <oggi>.\nSeconda riga\tcon tab.",,\n',
    );
  });

  it('parses back to the same nodes and relationships', () => {
    for (const graph of [neighborhood, query]) {
      expect(readNeo4jCsv(writeNeo4jCsv(graph))).toStrictEqual(withoutEmptyLists(toPropertyGraph(graph)));
    }
  });

  it('keeps a list whose items hold the delimiter as JSON text, and types mixed numbers as double', () => {
    const graph: ExportGraph = new MultiDirectedGraph();
    graph.addNode('a', {
      label: 'A',
      labels: 'Entity;Person',
      elementId: 'n:1',
      id: 'a',
      aliases: '["x;y","z"]',
      score: 1,
    });
    graph.addNode('b', {
      label: 'B',
      labels: 'Entity;Person',
      elementId: 'n:2',
      id: 'b',
      aliases: '["w"]',
      score: 2.5,
    });
    const csv = writeNeo4jCsv(graph);
    expect(csv.nodes).toBe(
      'id:ID,:LABEL,aliases:string,score:double\na,Entity;Person,"[""x;y"",""z""]",1\nb,Entity;Person,"[""w""]",2.5\n',
    );
  });

  it('keeps formula-like text raw: the importer, not a spreadsheet, reads these files', () => {
    const formula = '=HYPERLINK("https://evil.example","x")';
    const graph = buildExportGraph({
      payload: {
        ...payload,
        nodes: payload.nodes.map((node, index) => (index === 0 ? { ...node, name: formula } : node)),
      },
      evidence: {
        statements: new Map([...evidence.statements].map(([id, view]) => [id, { ...view, quote: `@${view.quote}` }])),
        relations: evidence.relations,
      },
    });
    const files = unzipSync(writeNeo4jCsvZip(graph, { mtime: new Date('2024-03-05T12:00:00Z') }));
    const nodes = strFromU8(files['nodes.csv'] as Uint8Array);
    const relationships = strFromU8(files['relationships.csv'] as Uint8Array);
    expect(nodes.split('\n')[1]).toBe(
      'p:mario,Entity;Person,"=HYPERLINK(""https://evil.example"",""x"")",Person,Rossi;M. Rossi,4,1,2,0',
    );
    expect(relationships).toContain(',@Serve più coraggio,');
    expect(relationships).not.toContain("'@");
  });

  it('zips exactly nodes.csv and relationships.csv', () => {
    const zip = writeNeo4jCsvZip(neighborhood, { mtime: new Date('2024-03-05T12:00:00Z') });
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toStrictEqual(['nodes.csv', 'relationships.csv']);
    const csv = writeNeo4jCsv(neighborhood);
    expect(strFromU8(files['nodes.csv'] as Uint8Array)).toBe(csv.nodes);
    expect(strFromU8(files['relationships.csv'] as Uint8Array)).toBe(csv.relationships);
  });
});
