import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import type { ArticleSummary, CypherResult, GraphPayload, RelationView, StatementView } from '../../cypher/model.ts';
import { buildExportGraph, toScalar, type ExportEvidence, type ExportGraph } from './graph.ts';
import { writeGraphml } from './graphml.ts';
import { serializeGraph } from './serialize.ts';

const article: ArticleSummary = {
  id: 'a1',
  title: 'Vertice a Roma',
  date: '2024-03-05',
  url: 'https://example.org/x',
  source: 'x.txt',
};
const mario = { id: 'p:mario', name: 'Mario Rossi', type: 'Person' as const };
const ue = { id: 'o:ue', name: 'Unione Europea', type: 'Organization' as const };

const payload: GraphPayload = {
  nodes: [
    { ...mario, aliases: ['Rossi', 'M. Rossi'], mentions: 4, articles: 1, statementsBy: 2, statementsAbout: 0 },
    { ...ue, aliases: [], mentions: 2, articles: 1, statementsBy: 0, statementsAbout: 2 },
    {
      id: 'l:roma',
      name: 'Roma',
      type: 'Place',
      aliases: [],
      mentions: 1,
      articles: 1,
      statementsBy: 0,
      statementsAbout: 0,
    },
  ],
  edges: [
    {
      id: 'spoke_about:SPOKE_ABOUT:p:mario->o:ue',
      source: 'p:mario',
      target: 'o:ue',
      kind: 'spoke_about',
      type: 'SPOKE_ABOUT',
      weight: 2,
      evidenceIds: ['s1', 's2'],
      firstDate: '2024-03-05',
      lastDate: '2024-03-05',
    },
    {
      id: 'relation:CRITICIZED:p:mario->o:ue',
      source: 'p:mario',
      target: 'o:ue',
      kind: 'relation',
      type: 'CRITICIZED',
      weight: 1,
      evidenceIds: ['r1'],
      firstDate: null,
      lastDate: null,
    },
    {
      id: 'comention:CO_MENTION:o:ue->l:roma',
      source: 'o:ue',
      target: 'l:roma',
      kind: 'comention',
      type: 'CO_MENTION',
      weight: 3,
      evidenceIds: [],
      firstDate: '2024-03-05',
      lastDate: '2024-03-06',
    },
  ],
  cap: 300,
  truncated: false,
  totalNodes: 3,
};

function statement(id: string, start: number, quote: string): StatementView {
  return {
    id,
    articleId: 'a1',
    article,
    speaker: mario,
    speakerText: 'Rossi',
    quote,
    kind: 'direct',
    cue: 'ha detto',
    about: [ue],
    sentence: `«${quote}», ha detto Rossi.`,
    start,
    end: start + quote.length,
    sentenceStart: start - 1,
    sentenceEnd: start + quote.length + 17,
    date: '2024-03-05',
    confidence: 0.9,
  };
}

const relation: RelationView = {
  id: 'r1',
  type: 'CRITICIZED',
  source: mario,
  target: ue,
  role: null,
  articleId: 'a1',
  article,
  evidence: 'Rossi ha criticato l\'Unione Europea & "Bruxelles" <oggi>.\nSeconda riga\tcon tab.',
  start: 120,
  end: 178,
  date: '2024-03-05',
};

const evidence: ExportEvidence = {
  statements: new Map([
    ['s1', statement('s1', 10, 'Serve più coraggio')],
    ['s2', statement('s2', 60, 'Non è abbastanza')],
  ]),
  relations: new Map([['r1', relation]]),
};

function snapshot(graph: ExportGraph | MultiDirectedGraph) {
  const nodes: Record<string, unknown> = {};
  graph.forEachNode((key, attributes) => {
    nodes[key] = attributes;
  });
  const edges: Record<string, unknown> = {};
  graph.forEachEdge((key, attributes, source, target) => {
    edges[key] = { source, target, attributes };
  });
  return { attributes: graph.getAttributes(), nodes, edges };
}

function roundTrips(graph: ExportGraph): void {
  const expected = snapshot(graph);
  const json = MultiDirectedGraph.from(JSON.parse(serializeGraph(graph, 'json').body));
  expect(snapshot(json)).toStrictEqual(expected);
  const fromGexf = gexf.parse(MultiDirectedGraph, serializeGraph(graph, 'gexf').body);
  const gexfSnapshot = snapshot(fromGexf);
  // GEXF keeps its own metadata (lastmodifieddate) beside ours.
  expect({
    ...gexfSnapshot,
    attributes: { creator: gexfSnapshot.attributes.creator, description: gexfSnapshot.attributes.description },
  }).toStrictEqual(expected);
  const fromGraphml = parseGraphml(MultiDirectedGraph, serializeGraph(graph, 'graphml').body);
  expect(snapshot(fromGraphml)).toStrictEqual(expected);
}

describe('buildExportGraph from a payload', () => {
  it('splits edges into one edge per statement and relation, with provenance', () => {
    const graph = buildExportGraph({ payload, evidence }, { creator: 'newsgraph test', description: 'd' });
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(4);
    expect(graph.getNodeAttributes('p:mario')).toStrictEqual({
      label: 'Mario Rossi',
      entityType: 'Person',
      aliases: 'Rossi; M. Rossi',
      mentions: 4,
      articles: 1,
      statementsBy: 2,
      statementsAbout: 0,
    });
    expect(graph.getEdgeAttributes('spoke_about:s2:p:mario->o:ue')).toStrictEqual({
      kind: 'spoke_about',
      type: 'SPOKE_ABOUT',
      weight: 1,
      statementId: 's2',
      statementKind: 'direct',
      quote: 'Non è abbastanza',
      cue: 'ha detto',
      speakerText: 'Rossi',
      sentence: '«Non è abbastanza», ha detto Rossi.',
      articleId: 'a1',
      articleTitle: 'Vertice a Roma',
      articleUrl: 'https://example.org/x',
      start: 60,
      end: 76,
      sentenceStart: 59,
      sentenceEnd: 93,
      date: '2024-03-05',
      confidence: 0.9,
    });
    expect(graph.getEdgeAttributes('relation:r1:p:mario->o:ue')).toStrictEqual({
      kind: 'relation',
      type: 'CRITICIZED',
      weight: 1,
      relationId: 'r1',
      evidence: relation.evidence,
      articleId: 'a1',
      articleTitle: 'Vertice a Roma',
      articleUrl: 'https://example.org/x',
      start: 120,
      end: 178,
      date: '2024-03-05',
    });
    expect(graph.getEdgeAttributes('comention:CO_MENTION:o:ue->l:roma')).toStrictEqual({
      kind: 'comention',
      type: 'CO_MENTION',
      weight: 3,
      firstDate: '2024-03-05',
      lastDate: '2024-03-06',
    });
  });

  it('keeps unresolved evidence as one aggregate edge listing the ids', () => {
    const graph = buildExportGraph({ payload });
    expect(graph.size).toBe(3);
    expect(graph.getEdgeAttributes('spoke_about:SPOKE_ABOUT:p:mario->o:ue')).toStrictEqual({
      kind: 'spoke_about',
      type: 'SPOKE_ABOUT',
      weight: 2,
      evidenceIds: 's1; s2',
      firstDate: '2024-03-05',
      lastDate: '2024-03-05',
    });
  });

  it('round-trips through JSON, GEXF and GraphML with the same nodes, edges and attributes', () => {
    roundTrips(
      buildExportGraph(
        { payload, evidence },
        { creator: 'newsgraph test', description: 'Neighborhood of Mario Rossi' },
      ),
    );
  });
});

describe('buildExportGraph from a Cypher result', () => {
  const person = {
    $type: 'node' as const,
    elementId: '4:x:1',
    labels: ['Person'],
    properties: { id: 'p:mario', name: 'Mario Rossi', aliases: ['Rossi'], x: 3 },
  };
  const st = {
    $type: 'node' as const,
    elementId: '4:x:2',
    labels: ['Statement'],
    properties: { id: 's1', quote: 'Serve più coraggio', articleId: 'a1', start: 10, end: 28, confidence: 0.5 },
  };
  const said = {
    $type: 'relationship' as const,
    elementId: '5:x:9',
    type: 'SAID',
    startNodeElementId: '4:x:1',
    endNodeElementId: '4:x:2',
    properties: { articleId: 'a1', start: 10, end: 28, weight: 2 },
  };
  const dangling = {
    $type: 'relationship' as const,
    elementId: '5:x:10',
    type: 'ABOUT',
    startNodeElementId: '4:x:2',
    endNodeElementId: '4:x:77',
    properties: { articleId: 'a1' },
  };
  const result: CypherResult = {
    columns: ['p', 'row'],
    rows: [
      [
        { $type: 'path', nodes: [person, st], relationships: [said] },
        { other: [dangling], n: 1 },
      ],
      [person, null],
    ],
    truncated: false,
    rowCap: 1000,
    elapsedMs: 1,
  };

  it('collects nodes, relationships and paths from every cell, keyed by model id', () => {
    const graph = buildExportGraph({ cypher: result });
    expect(graph.nodes()).toStrictEqual(['p:mario', 's1', '4:x:77']);
    expect(graph.getNodeAttributes('p:mario')).toStrictEqual({
      label: 'Mario Rossi',
      labels: 'Person',
      elementId: '4:x:1',
      id: 'p:mario',
      name: 'Mario Rossi',
      aliases: '["Rossi"]',
      prop_x: 3,
    });
    expect(graph.getNodeAttributes('4:x:77')).toStrictEqual({ label: '4:x:77', elementId: '4:x:77', stub: true });
    expect(graph.extremities('5:x:9')).toStrictEqual(['p:mario', 's1']);
    expect(graph.getEdgeAttributes('5:x:9')).toStrictEqual({
      type: 'SAID',
      elementId: '5:x:9',
      articleId: 'a1',
      start: 10,
      end: 28,
      prop_weight: 2,
    });
    expect(graph.extremities('5:x:10')).toStrictEqual(['s1', '4:x:77']);
  });

  it('round-trips through every format', () => {
    roundTrips(buildExportGraph({ cypher: result }, { creator: 'newsgraph test', description: 'MATCH p=() RETURN p' }));
  });
});

describe('scalars and XML safety', () => {
  it('turns values into scalars XML can carry', () => {
    expect(toScalar(null)).toBe(undefined);
    expect(toScalar([1, 'a'])).toBe('[1,"a"]');
    expect(toScalar({ a: 1 })).toBe('{"a":1}');
    expect(toScalar(Number.NaN)).toBe('NaN');
    expect(toScalar('a\u0001b\uD800c')).toBe('a\uFFFDb\uFFFDc');
    expect(toScalar('😀')).toBe('😀');
  });

  it('writes GraphML keys typed from their values', () => {
    const graph = buildExportGraph({ payload: { ...payload, edges: [] } });
    const xml = writeGraphml(graph);
    expect(xml).toContain('<key id="n0" for="node" attr.name="label" attr.type="string"/>');
    expect(xml).toContain('<key id="n3" for="node" attr.name="mentions" attr.type="long"/>');
    expect(xml).toContain('<node id="l:roma">');
  });
});
