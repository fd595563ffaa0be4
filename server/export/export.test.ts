import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { buildExportGraph, toScalar, type ExportGraph } from './graph.ts';
import { writeGraphml } from './graphml.ts';
import { EXPORT_REGISTRY } from './registry.ts';
import { applyLooks } from './subgraph.ts';
import { cypherResult as result, evidence, payload, relation } from './testing.ts';

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
  const json = MultiDirectedGraph.from(JSON.parse(EXPORT_REGISTRY.json.write(graph)));
  expect(snapshot(json)).toStrictEqual(expected);
  const fromGexf = gexf.parse(MultiDirectedGraph, EXPORT_REGISTRY.gexf.write(graph));
  const gexfSnapshot = snapshot(fromGexf);
  // GEXF keeps its own metadata (lastmodifieddate) beside ours.
  expect({
    ...gexfSnapshot,
    attributes: { creator: gexfSnapshot.attributes.creator, description: gexfSnapshot.attributes.description },
  }).toStrictEqual(expected);
  const fromGraphml = parseGraphml(MultiDirectedGraph, EXPORT_REGISTRY.graphml.write(graph));
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
      act: 'claim',
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
      rules: 'statement.quote-then-cue > speaker.subject-after-cue',
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
      rules: 'relation.subject-verb-object',
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

describe('the looks of a view coloured by community', () => {
  it('are written as viz colour, size and position with a community attribute, in GEXF, GraphML and JSON', () => {
    const graph = buildExportGraph({ payload, evidence });
    applyLooks(graph, [
      { id: 'p:mario', x: 1.5, y: -2, size: 12, color: '#4E79A7', community: 0 },
      { id: 'o:ue', x: 3, y: 4, size: 6, color: '#F28E2B', community: 1 },
    ]);
    const gexfText = EXPORT_REGISTRY.gexf.write(graph);
    expect(gexfText).toContain('<viz:color hex="#4E79A7"/>');
    expect(gexfText).toContain('<attribute id="community" title="community" type="integer"/>');
    const fromGexf = gexf.parse(MultiDirectedGraph, gexfText);
    const look = (parsed: MultiDirectedGraph, id: string) => {
      const { x, y, size, color, community } = parsed.getNodeAttributes(id);
      return { x, y, size, color: String(color).toUpperCase(), community };
    };
    expect(look(fromGexf, 'p:mario')).toStrictEqual({ x: 1.5, y: -2, size: 12, color: '#4E79A7', community: 0 });
    expect(look(fromGexf, 'o:ue')).toStrictEqual({ x: 3, y: 4, size: 6, color: '#F28E2B', community: 1 });
    const fromGraphml = parseGraphml(MultiDirectedGraph, EXPORT_REGISTRY.graphml.write(graph));
    expect(look(fromGraphml, 'o:ue')).toStrictEqual({ x: 3, y: 4, size: 6, color: '#F28E2B', community: 1 });
    const fromJson = MultiDirectedGraph.from(JSON.parse(EXPORT_REGISTRY.json.write(graph)));
    expect(look(fromJson, 'p:mario')).toStrictEqual({ x: 1.5, y: -2, size: 12, color: '#4E79A7', community: 0 });
  });

  it('carry no community attribute for a view coloured by type', () => {
    const graph = buildExportGraph({ payload, evidence });
    applyLooks(graph, [{ id: 'p:mario', x: 0, y: 0, size: 1, color: '#0072B2' }]);
    expect(graph.getNodeAttribute('p:mario', 'community')).toBeUndefined();
    expect(EXPORT_REGISTRY.gexf.write(graph)).not.toContain('community');
  });
});

describe('buildExportGraph from a Cypher result', () => {
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
