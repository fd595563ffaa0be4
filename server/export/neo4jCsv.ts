// nodes.csv and relationships.csv for `neo4j-admin database import`, zipped:
//   neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv \
//     --multiline-fields=true <database>
// Headers follow the importer's conventions: `id:ID` (the node key, also stored as the
// `id` property), `:LABEL` (labels joined by `;`), `:START_ID`, `:END_ID`, `:TYPE`, and
// one typed column per property (`mentions:int`, `confidence:double`, `aliases:string[]`),
// list items joined by the importer's default array delimiter `;`. An empty field is no
// property (so an empty list is left out); a string list with an item holding `;` is
// written as JSON text in a `string` column instead, so nothing is split wrongly.
// `--multiline-fields=true` is needed because sentences and evidence may span lines.
// Written with fflate, which runs in the browser as well.
import { strToU8, zipSync } from 'fflate';
import { csvRecord } from '../../contract/csv.ts';
import type { ExportGraph } from './graph.ts';
import {
  propertyKinds,
  toPropertyGraph,
  type PropertyKind,
  type PropertyMap,
  type PropertyScalar,
  type PropertyValue,
} from './propertyGraph.ts';
import type { ExportWriter } from './writer.ts';

export const ARRAY_DELIMITER = ';';
export const NEO4J_CSV_FILES = ['nodes.csv', 'relationships.csv'] as const;

export interface Neo4jCsv {
  nodes: string;
  relationships: string;
}

interface Column {
  key: string;
  kind: PropertyKind;
}

/** A string list whose items hold the delimiter cannot be split back: it becomes a JSON string column. */
function columns(kinds: Map<string, PropertyKind>, elements: { properties: PropertyMap }[], skip: string[]): Column[] {
  const found: Column[] = [];
  for (const [key, kind] of kinds) {
    if (skip.includes(key)) continue;
    const splittable =
      !kind.list ||
      kind.scalar !== 'string' ||
      elements.every((element) => {
        const value = element.properties[key];
        return !Array.isArray(value) || value.every((item) => !String(item).includes(ARRAY_DELIMITER));
      });
    found.push({ key, kind: splittable ? kind : { scalar: 'string', list: false } });
  }
  return found;
}

function header(column: Column): string {
  return `${column.key}:${column.kind.scalar}${column.kind.list ? '[]' : ''}`;
}

function scalarText(value: PropertyScalar): string {
  return typeof value === 'number' ? String(value).replace('e+', 'e') : String(value);
}

function field(value: PropertyValue | undefined, kind: PropertyKind): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) {
    if (!kind.list) return JSON.stringify(value);
    return value.length === 0 ? undefined : value.map(scalarText).join(ARRAY_DELIMITER);
  }
  return scalarText(value);
}

function table(head: string[], rows: (string | undefined)[][]): string {
  return [head, ...rows].map((row) => `${csvRecord(row)}\n`).join('');
}

export function writeNeo4jCsv(graph: ExportGraph): Neo4jCsv {
  const { nodes, relationships } = toPropertyGraph(graph);
  const nodeColumns = columns(propertyKinds(nodes), nodes, ['id']);
  const relationshipColumns = columns(propertyKinds(relationships), relationships, []);
  const nodeRows = nodes.map((node) => [
    node.id,
    node.labels.length > 0 ? node.labels.join(ARRAY_DELIMITER) : undefined,
    ...nodeColumns.map((column) => field(node.properties[column.key], column.kind)),
  ]);
  const relationshipRows = relationships.map((relationship) => [
    relationship.start,
    relationship.end,
    relationship.type,
    ...relationshipColumns.map((column) => field(relationship.properties[column.key], column.kind)),
  ]);
  return {
    nodes: table(['id:ID', ':LABEL', ...nodeColumns.map(header)], nodeRows),
    relationships: table([':START_ID', ':END_ID', ':TYPE', ...relationshipColumns.map(header)], relationshipRows),
  };
}

/** The two files in one zip; `mtime` dates its entries (now when not given). */
export function writeNeo4jCsvZip(graph: ExportGraph, options: { mtime?: Date } = {}): Uint8Array {
  const csv = writeNeo4jCsv(graph);
  const mtime = options.mtime ?? new Date();
  return zipSync(
    {
      'nodes.csv': [strToU8(csv.nodes), { mtime }],
      'relationships.csv': [strToU8(csv.relationships), { mtime }],
    },
    { level: 6 },
  );
}

/** The CSV pair `neo4j-admin database import` reads, zipped. */
export const NEO4J_CSV = {
  mediaType: 'application/zip',
  extension: 'neo4j.zip',
  binary: true,
  needsEvidence: false,
  write: (graph: ExportGraph) => writeNeo4jCsvZip(graph),
} satisfies ExportWriter;
