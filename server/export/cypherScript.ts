// A Cypher script that recreates the export graph in another database: one statement per
// line, each ending in `;`, values written as literals (no parameters), so it runs as is
// in cypher-shell (`cypher-shell -f graph.cypher`), in Neo4j Browser and on Grafeo.
// Nodes are MERGEd on their model key label and `id`, relationships on their endpoints,
// type and `id` (or on their endpoints and type when they have none, as the model writes
// SAID, ABOUT, IN_ARTICLE and MENTIONS), so running the script twice creates nothing new.
// Strings are escaped for both engines: Grafeo reads `\uXXXX` but not `\b` or `\f`, and
// takes a keyword as a map key only between backticks.
import type { ExportGraph } from './graph.ts';
import {
  keyLabel,
  propertyKinds,
  toPropertyGraph,
  type PropertyKind,
  type PropertyMap,
  type PropertyNode,
  type PropertyRelationship,
  type PropertyScalar,
  type PropertyValue,
} from './propertyGraph.ts';
import type { ExportWriter } from './writer.ts';

// Cypher's reserved words and those Grafeo will not take as a bare name.
const KEYWORDS = new Set(
  (
    'all and as asc ascending by call case constraint contains create delete desc descending detach distinct do drop ' +
    'else end ends exists false for foreach from in index is join key limit load mandatory match merge node not null ' +
    'of on optional or order remove require return scalar set skip starts then true union unique unwind use using ' +
    'when where with xor yield'
  ).split(' '),
);

const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A label, type or property key, between backticks when it is not a plain name. */
export function cypherName(name: string): string {
  return PLAIN_NAME.test(name) && !KEYWORDS.has(name.toLowerCase()) ? name : `\`${name.replace(/`/g, '``')}\``;
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };

// Backslash, quote, control characters and the characters some tools take for a line end.
// eslint-disable-next-line no-control-regex
const TO_ESCAPE = /[\\'\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;

export function cypherString(text: string): string {
  const escaped = text.replace(
    TO_ESCAPE,
    (char) => ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
  return `'${escaped}'`;
}

function cypherNumber(value: number, float: boolean): string {
  if (!Number.isFinite(value)) return cypherString(String(value));
  const text = String(value).replace('e+', 'e');
  return float && Number.isInteger(value) && !text.includes('e') ? `${text}.0` : text;
}

function cypherScalar(value: PropertyScalar, kind: PropertyKind | undefined): string {
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return String(value);
  return cypherNumber(value, kind?.scalar === 'double');
}

export function cypherValue(value: PropertyValue, kind?: PropertyKind): string {
  if (!Array.isArray(value)) return cypherScalar(value, kind);
  return `[${value.map((item) => cypherScalar(item, kind)).join(', ')}]`;
}

function cypherMap(properties: PropertyMap, kinds: Map<string, PropertyKind>): string {
  const entries = Object.entries(properties).map(
    ([key, value]) => `${cypherName(key)}: ${cypherValue(value, kinds.get(key))}`,
  );
  return `{${entries.join(', ')}}`;
}

function nodePattern(variable: string, node: PropertyNode): string {
  const label = keyLabel(node.labels);
  return `(${variable}${label === undefined ? '' : `:${cypherName(label)}`} {id: ${cypherString(node.id)}})`;
}

function mergeNode(node: PropertyNode, kinds: Map<string, PropertyKind>): string {
  const label = keyLabel(node.labels);
  const sets: string[] = [];
  const others = node.labels.filter((other) => other !== label);
  if (others.length > 0) sets.push(`n${others.map((other) => `:${cypherName(other)}`).join('')}`);
  const { id: _id, ...rest } = node.properties;
  if (Object.keys(rest).length > 0) sets.push(`n += ${cypherMap(rest, kinds)}`);
  return `MERGE ${nodePattern('n', node)}${sets.length > 0 ? ` SET ${sets.join(', ')}` : ''};`;
}

function mergeRelationship(
  relationship: PropertyRelationship,
  nodes: Map<string, PropertyNode>,
  kinds: Map<string, PropertyKind>,
  byWholeMap: boolean,
): string {
  const start = nodes.get(relationship.start) as PropertyNode;
  const end = nodes.get(relationship.end) as PropertyNode;
  const { properties } = relationship;
  const keyed = properties.id !== undefined ? { id: properties.id } : byWholeMap ? properties : {};
  const rest = Object.fromEntries(Object.entries(properties).filter(([key]) => !(key in keyed)));
  const keyMap = Object.keys(keyed).length > 0 ? ` ${cypherMap(keyed, kinds)}` : '';
  const set = Object.keys(rest).length > 0 ? ` SET r += ${cypherMap(rest, kinds)}` : '';
  return (
    `MATCH ${nodePattern('a', start)} MATCH ${nodePattern('b', end)} ` +
    `MERGE (a)-[r:${cypherName(relationship.type)}${keyMap}]->(b)${set};`
  );
}

function comment(text: string): string {
  return `// ${text.replace(/[\r\n\u2028\u2029]+/g, ' ')}`;
}

/** The script, header comments first, then uniqueness constraints, nodes, relationships. */
export function writeCypherScript(graph: ExportGraph): string {
  const { nodes, relationships } = toPropertyGraph(graph);
  const nodeKinds = propertyKinds(nodes);
  const relationshipKinds = propertyKinds(relationships);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const lines: string[] = [];
  const { creator, description } = graph.getAttributes();
  lines.push(comment(`${description ?? 'newsgraph export'}${creator ? ` (${creator})` : ''}`));
  lines.push(
    comment(
      `${nodes.length} nodes, ${relationships.length} relationships; one statement per line, MERGE on id: ` +
        'running it again creates nothing new. Run with: cypher-shell -f <this file>',
    ),
  );
  const keyLabels = [...new Set(nodes.map((node) => keyLabel(node.labels)))].filter(
    (label): label is string => label !== undefined,
  );
  for (const label of keyLabels.sort()) {
    const name = cypherName(`${label.toLowerCase().replace(/[^a-z0-9]+/g, '_')}_id`);
    lines.push(`CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:${cypherName(label)}) REQUIRE n.id IS UNIQUE;`);
  }
  for (const node of nodes) lines.push(mergeNode(node, nodeKinds));
  // Relationships without an id MERGE on their endpoints and type; when several of one type
  // join the same two nodes, on all their properties, so each is kept.
  const unkeyed = new Map<string, number>();
  const slot = (relationship: PropertyRelationship) =>
    JSON.stringify([relationship.start, relationship.type, relationship.end]);
  for (const relationship of relationships) {
    if (relationship.properties.id === undefined)
      unkeyed.set(slot(relationship), (unkeyed.get(slot(relationship)) ?? 0) + 1);
  }
  for (const relationship of relationships) {
    const shared = (unkeyed.get(slot(relationship)) ?? 0) > 1;
    lines.push(mergeRelationship(relationship, byId, relationshipKinds, shared));
  }
  return `${lines.join('\n')}\n`;
}

/** A Cypher script of MERGE statements. */
export const CYPHER_SCRIPT = {
  mediaType: 'application/x-cypher-query; charset=utf-8',
  extension: 'cypher',
  binary: false,
  needsEvidence: false,
  write: writeCypherScript,
} satisfies ExportWriter;
