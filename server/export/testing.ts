// Tiny hand-written export inputs for the writers' tests: a neighborhood payload of three
// entities with the statements and relation behind its edges, and a Cypher result holding
// a path, a relationship to a node no cell returned, and a repeated node. Then readers
// that bring a written export back as a property graph, for the round trips.
import type { ArticleSummary, GraphPayload, RelationView, StatementView } from '../../contract/api.ts';
import type { CypherResult } from '../../contract/cypher.ts';
import type { GraphStore } from '../../cypher/store.ts';
import { parseCsv } from '../../contract/csv.ts';
import { buildExportGraph, type ExportEvidence } from './graph.ts';
import { ARRAY_DELIMITER, type Neo4jCsv } from './neo4jCsv.ts';
import {
  toPropertyGraph,
  type PropertyGraph,
  type PropertyMap,
  type PropertyNode,
  type PropertyRelationship,
  type PropertyScalar,
  type PropertyValue,
} from './propertyGraph.ts';

export const article: ArticleSummary = {
  id: 'a1',
  title: 'Vertice a Roma',
  date: '2024-03-05',
  url: 'https://example.org/x',
  source: 'x.txt',
  sourceName: null,
};
export const mario = { id: 'p:mario', name: 'Mario Rossi', type: 'Person' as const };
export const ue = { id: 'o:ue', name: 'Unione Europea', type: 'Organization' as const };

export const payload: GraphPayload = {
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

export function statement(id: string, start: number, quote: string): StatementView {
  return {
    id,
    articleId: 'a1',
    article,
    speaker: mario,
    speakerText: 'Rossi',
    quote,
    kind: 'direct',
    act: 'claim',
    cue: 'ha detto',
    about: [ue],
    sentence: `«${quote}», ha detto Rossi.`,
    start,
    end: start + quote.length,
    sentenceStart: start - 1,
    sentenceEnd: start + quote.length + 17,
    date: '2024-03-05',
    confidence: 0.9,
    trace: ['statement.quote-then-cue', 'speaker.subject-after-cue'],
  };
}

export const relation: RelationView = {
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
  trace: ['relation.subject-verb-object'],
};

export const evidence: ExportEvidence = {
  statements: new Map([
    ['s1', statement('s1', 10, 'Serve più coraggio')],
    ['s2', statement('s2', 60, 'Non è abbastanza')],
  ]),
  relations: new Map([['r1', relation]]),
};

export const person = {
  $type: 'node' as const,
  elementId: '4:x:1',
  labels: ['Person'],
  properties: { id: 'p:mario', name: 'Mario Rossi', aliases: ['Rossi'], x: 3 },
};
export const st = {
  $type: 'node' as const,
  elementId: '4:x:2',
  labels: ['Statement'],
  properties: { id: 's1', quote: 'Serve più coraggio', articleId: 'a1', start: 10, end: 28, confidence: 0.5 },
};
export const said = {
  $type: 'relationship' as const,
  elementId: '5:x:9',
  type: 'SAID',
  startNodeElementId: '4:x:1',
  endNodeElementId: '4:x:2',
  properties: { articleId: 'a1', start: 10, end: 28, weight: 2 },
};
export const dangling = {
  $type: 'relationship' as const,
  elementId: '5:x:10',
  type: 'ABOUT',
  startNodeElementId: '4:x:2',
  endNodeElementId: '4:x:77',
  properties: { articleId: 'a1' },
};
export const cypherResult: CypherResult = {
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

// ---------------------------------------------------------------------------
// Reading exports back, for the round-trip tests.

/** Runs a Cypher script line by line (comments and blank lines skipped), as cypher-shell would. */
export async function runCypherScript(
  store: { executeText(text: string): Promise<unknown> },
  script: string,
): Promise<number> {
  let statements = 0;
  for (const line of script.split('\n')) {
    if (line.trim() === '' || line.startsWith('//')) continue;
    await store.executeText(line);
    statements++;
  }
  return statements;
}

/** Nodes in id order, relationships in (start, type, end, id) order: two graphs compare with toStrictEqual. */
export function sortedPropertyGraph(graph: PropertyGraph): PropertyGraph {
  const relationshipKey = (relationship: PropertyRelationship) =>
    JSON.stringify([relationship.start, relationship.type, relationship.end, relationship.properties.id ?? null]);
  return {
    nodes: [...graph.nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    relationships: [...graph.relationships].sort((a, b) => {
      const [left, right] = [relationshipKey(a), relationshipKey(b)];
      return left < right ? -1 : left > right ? 1 : 0;
    }),
  };
}

/** Everything in a store, as the export would see it: every node and relationship. */
export async function readStoreGraph(store: GraphStore): Promise<PropertyGraph> {
  const nodes = await store.readOnly('MATCH (n) RETURN n', {}, { rowCap: 100_000 });
  const relationships = await store.readOnly('MATCH ()-[r]->() RETURN r', {}, { rowCap: 100_000 });
  const graph = buildExportGraph({ cypher: { ...nodes, rows: [...nodes.rows, ...relationships.rows] } });
  return sortedPropertyGraph(toPropertyGraph(graph));
}

function typedValue(text: string, type: string): PropertyValue {
  const list = type.endsWith('[]');
  const scalar = list ? type.slice(0, -2) : type;
  const read = (item: string): PropertyScalar =>
    scalar === 'int' || scalar === 'long' || scalar === 'double'
      ? Number(item)
      : scalar === 'boolean'
        ? item === 'true'
        : item;
  return list ? text.split(ARRAY_DELIMITER).map(read) : read(text);
}

/** Reads nodes.csv and relationships.csv back as neo4j-admin would (an empty field is no property). */
export function readNeo4jCsv(files: Neo4jCsv): PropertyGraph {
  const [nodeHeader = [], ...nodeRows] = parseCsv(files.nodes);
  const [relationshipHeader = [], ...relationshipRows] = parseCsv(files.relationships);
  const columns = (header: (string | undefined)[]) =>
    header.map((field) => {
      const text = field ?? '';
      const colon = text.lastIndexOf(':');
      return { name: text.slice(0, colon), type: text.slice(colon + 1) };
    });
  const nodeColumns = columns(nodeHeader);
  const relationshipColumns = columns(relationshipHeader);
  const nodes = nodeRows.map((row): PropertyNode => {
    const node: PropertyNode = { id: '', labels: [], properties: {} };
    row.forEach((field, index) => {
      const { name, type } = nodeColumns[index] as { name: string; type: string };
      if (field === undefined) return;
      if (type === 'ID') {
        node.id = field;
        node.properties[name] = field;
      } else if (type === 'LABEL') node.labels = field.split(ARRAY_DELIMITER).sort();
      else node.properties[name] = typedValue(field, type);
    });
    return node;
  });
  const relationships = relationshipRows.map((row): PropertyRelationship => {
    const relationship: PropertyRelationship = { start: '', end: '', type: '', properties: {} };
    row.forEach((field, index) => {
      const { name, type } = relationshipColumns[index] as { name: string; type: string };
      if (field === undefined) return;
      if (type === 'START_ID') relationship.start = field;
      else if (type === 'END_ID') relationship.end = field;
      else if (type === 'TYPE') relationship.type = field;
      else relationship.properties[name] = typedValue(field, type);
    });
    return relationship;
  });
  return { nodes, relationships };
}

/** The same graph without empty lists (neo4j-admin reads an empty field as no property). */
export function withoutEmptyLists(graph: PropertyGraph): PropertyGraph {
  const clean = (properties: PropertyMap): PropertyMap =>
    Object.fromEntries(Object.entries(properties).filter(([, value]) => !Array.isArray(value) || value.length > 0));
  return {
    nodes: graph.nodes.map((node) => ({ ...node, properties: clean(node.properties) })),
    relationships: graph.relationships.map((relationship) => ({
      ...relationship,
      properties: clean(relationship.properties),
    })),
  };
}
