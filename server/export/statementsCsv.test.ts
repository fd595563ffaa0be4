import { describe, expect, it } from 'vitest';
import type { GraphPayload, StatementView } from '../../contract/api.ts';
import type { CypherResult, GraphNodeValue, GraphRelationshipValue } from '../../contract/cypher.ts';
import { parseCsv } from '../../contract/csv.ts';
import { buildExportGraph, type ExportEvidence } from './graph.ts';
import { writeStatementsCsv } from './statementsCsv.ts';
import { article, evidence, mario, payload, statement, ue } from './testing.ts';

const HEADER = 'speaker,quote,kind,act,cue,about,date,articleTitle,url,sentence,articleId,start,end,rules';
const RULES = 'statement.quote-then-cue > speaker.subject-after-cue';

function lines(csv: string): string[] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv.slice(1, -2).split('\r\n');
}

describe('writeStatementsCsv', () => {
  it('lists the statements with no target the evidence carries, in date and position order', () => {
    const graph = buildExportGraph({ payload, evidence });
    const untargeted: StatementView = { ...statement('s9', 40, 'Vedremo'), about: [] };
    const csv = writeStatementsCsv(graph, { ...evidence, withoutTarget: [untargeted] });
    expect(lines(csv)).toStrictEqual([
      HEADER,
      `Mario Rossi,Serve più coraggio,direct,claim,ha detto,Unione Europea,2024-03-05,Vertice a Roma,https://example.org/x,"«Serve più coraggio», ha detto Rossi.",a1,10,28,${RULES}`,
      `Mario Rossi,Vedremo,direct,claim,ha detto,,2024-03-05,Vertice a Roma,https://example.org/x,"«Vedremo», ha detto Rossi.",a1,40,47,${RULES}`,
      `Mario Rossi,Non è abbastanza,direct,claim,ha detto,Unione Europea,2024-03-05,Vertice a Roma,https://example.org/x,"«Non è abbastanza», ha detto Rossi.",a1,60,76,${RULES}`,
    ]);
  });

  it('writes one row per statement of a neighborhood, from the evidence', () => {
    const graph = buildExportGraph({ payload, evidence });
    expect(lines(writeStatementsCsv(graph, evidence))).toStrictEqual([
      HEADER,
      `Mario Rossi,Serve più coraggio,direct,claim,ha detto,Unione Europea,2024-03-05,Vertice a Roma,https://example.org/x,"«Serve più coraggio», ha detto Rossi.",a1,10,28,${RULES}`,
      `Mario Rossi,Non è abbastanza,direct,claim,ha detto,Unione Europea,2024-03-05,Vertice a Roma,https://example.org/x,"«Non è abbastanza», ha detto Rossi.",a1,60,76,${RULES}`,
    ]);
  });

  it('escapes a cell a spreadsheet would run as a formula: a leading single quote, inside the quoting', () => {
    const quotes = ['=HYPERLINK("https://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tTab', '\rReturn', 'a = b'];
    const statements = new Map(
      quotes.map((quote, index) => [`f${index}`, statement(`f${index}`, 10 + index * 100, quote)]),
    );
    const edge = { ...(payload.edges[0] as GraphPayload['edges'][number]), evidenceIds: [...statements.keys()] };
    const formulas: ExportEvidence = { statements, relations: new Map() };
    const graph = buildExportGraph({ payload: { ...payload, edges: [edge] }, evidence: formulas });
    const csv = writeStatementsCsv(graph, formulas);
    expect(
      parseCsv(csv)
        .slice(1)
        .map((row) => row[1]),
    ).toStrictEqual([
      `'=HYPERLINK("https://evil.example","x")`,
      "'+1+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tTab",
      "'\rReturn",
      'a = b',
    ]);
    expect(lines(csv)[1]).toBe(
      `Mario Rossi,"'=HYPERLINK(""https://evil.example"",""x"")",direct,claim,ha detto,Unione Europea,2024-03-05,Vertice a Roma,https://example.org/x,"«=HYPERLINK(""https://evil.example"",""x"")», ha detto Rossi.",a1,10,48,${RULES}`,
    );
  });

  it('gathers a statement about several entities into one row, and names an unresolved speaker by its words', () => {
    const roma = { id: 'l:roma', name: 'Roma', type: 'Place' as const };
    const both: StatementView = { ...statement('s3', 200, 'Roma, e non Bruxelles, decide'), about: [ue, roma] };
    const unnamed: StatementView = {
      ...statement('s4', 5, 'Nessun accordo'),
      speaker: null,
      speakerText: 'fonti di governo',
      date: '2024-03-04',
      act: 'denial',
      cue: null,
    };
    const edge = (id: string, target: string) => ({
      id: `spoke_about:SPOKE_ABOUT:p:mario->${target}:${id}`,
      source: 'p:mario',
      target,
      kind: 'spoke_about' as const,
      type: 'SPOKE_ABOUT',
      weight: 1,
      evidenceIds: [id],
      firstDate: null,
      lastDate: null,
    });
    const withEvidence: ExportEvidence = {
      statements: new Map([
        ['s3', both],
        ['s4', unnamed],
      ]),
      relations: new Map(),
    };
    const graph = buildExportGraph({
      payload: { ...payload, edges: [edge('s3', 'o:ue'), edge('s3', 'l:roma'), edge('s4', 'o:ue')] },
      evidence: withEvidence,
    });
    expect(parseCsv(writeStatementsCsv(graph, withEvidence))).toStrictEqual([
      HEADER.split(','),
      [
        'fonti di governo',
        'Nessun accordo',
        'direct',
        'denial',
        undefined,
        'Unione Europea',
        '2024-03-04',
        'Vertice a Roma',
        'https://example.org/x',
        '«Nessun accordo», ha detto Rossi.',
        'a1',
        '5',
        '19',
        RULES,
      ],
      [
        'Mario Rossi',
        'Roma, e non Bruxelles, decide',
        'direct',
        'claim',
        'ha detto',
        'Unione Europea; Roma',
        '2024-03-05',
        'Vertice a Roma',
        'https://example.org/x',
        '«Roma, e non Bruxelles, decide», ha detto Rossi.',
        'a1',
        '200',
        '229',
        RULES,
      ],
    ]);
    // Without the evidence the graph's own edges still tell who spoke about what.
    expect(parseCsv(writeStatementsCsv(graph))[2]?.slice(0, 6)).toStrictEqual([
      'Mario Rossi',
      'Roma, e non Bruxelles, decide',
      'direct',
      'claim',
      'ha detto',
      'Unione Europea; Roma',
    ]);
  });

  it('reads statements of a query result off Statement nodes, SAID, ABOUT and IN_ARTICLE', () => {
    const node = (elementId: string, labels: string[], properties: GraphNodeValue['properties']): GraphNodeValue => ({
      $type: 'node',
      elementId,
      labels,
      properties,
    });
    const link = (elementId: string, type: string, from: string, to: string): GraphRelationshipValue => ({
      $type: 'relationship',
      elementId,
      type,
      startNodeElementId: from,
      endNodeElementId: to,
      properties: {},
    });
    const result: CypherResult = {
      columns: ['p', 's', 't', 'a'],
      rows: [
        [
          node('n:1', ['Entity', 'Person'], { id: mario.id, name: mario.name }),
          node('n:2', ['Statement'], {
            id: 's1',
            quote: 'Serve più coraggio',
            kind: 'direct',
            act: 'warning',
            cue: 'ha detto',
            sentence: '«Serve più coraggio», ha detto Rossi.',
            articleId: 'a1',
            start: 10,
            end: 28,
            date: '2024-03-05',
            trace: ['statement.cue-that-clause', 'speaker.subject-before-cue'],
          }),
          node('n:3', ['Entity', 'Organization'], { id: ue.id, name: ue.name }),
          node('n:4', ['Article'], { id: 'a1', title: article.title, url: article.url }),
        ],
        [
          link('e:1', 'SAID', 'n:1', 'n:2'),
          link('e:2', 'ABOUT', 'n:2', 'n:3'),
          link('e:3', 'IN_ARTICLE', 'n:2', 'n:4'),
          null,
        ],
      ],
      truncated: false,
      rowCap: 1000,
      elapsedMs: 1,
    };
    expect(lines(writeStatementsCsv(buildExportGraph({ cypher: result })))).toStrictEqual([
      HEADER,
      'Mario Rossi,Serve più coraggio,direct,warning,ha detto,Unione Europea,2024-03-05,Vertice a Roma,https://example.org/x,"«Serve più coraggio», ha detto Rossi.",a1,10,28,statement.cue-that-clause > speaker.subject-before-cue',
    ]);
  });

  it('writes the header alone for a graph without statements', () => {
    const graph = buildExportGraph({ payload: { ...payload, edges: [] } });
    expect(writeStatementsCsv(graph)).toBe(`\uFEFF${HEADER}\r\n`);
  });
});
