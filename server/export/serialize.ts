// Writes the export graph in one of the formats the API and the CLI offer: graphology's
// own JSON (re-importable with `Graph.from`), GEXF 1.3 (Gephi), GraphML, the CSV pair
// `neo4j-admin database import` reads (zipped), a Cypher script of MERGE statements, and
// the statements CSV (the quotes with their provenance, for spreadsheets).
import gexf from 'graphology-gexf';
import type { ExportFormat } from '../../contract/exportFormats.ts';
import { writeCypherScript } from './cypherScript.ts';
import type { ExportEvidence, ExportGraph } from './graph.ts';
import { writeGraphml } from './graphml.ts';
import { writeNeo4jCsvZip } from './neo4jCsv.ts';
import { writeStatementsCsv } from './statementsCsv.ts';

export interface SerializedGraph {
  /** Text, or bytes for the zipped CSV. */
  body: string | Uint8Array;
  mime: string;
  /** File name ending, after the dot. */
  ext: string;
}

/** Formats whose writer reads the statements behind the graph (ExportEvidence). */
export const EVIDENCE_FORMATS: readonly ExportFormat[] = ['statements-csv'];

/** Formats written as bytes (a zip); the others are UTF-8 text. */
export const BINARY_FORMATS = ['csv'] as const;
export type TextFormat = Exclude<ExportFormat, (typeof BINARY_FORMATS)[number]>;

export function serializeGraph(
  graph: ExportGraph,
  format: TextFormat,
  evidence?: ExportEvidence,
): SerializedGraph & { body: string };
export function serializeGraph(graph: ExportGraph, format: ExportFormat, evidence?: ExportEvidence): SerializedGraph;
export function serializeGraph(graph: ExportGraph, format: ExportFormat, evidence?: ExportEvidence): SerializedGraph {
  switch (format) {
    case 'json':
      return {
        body: `${JSON.stringify(graph.export(), null, 2)}\n`,
        mime: 'application/json; charset=utf-8',
        ext: 'json',
      };
    case 'gexf':
      return {
        body: gexf.write(graph, { version: '1.3', pretty: true }),
        mime: 'application/gexf+xml; charset=utf-8',
        ext: 'gexf',
      };
    case 'graphml':
      return { body: writeGraphml(graph), mime: 'application/graphml+xml; charset=utf-8', ext: 'graphml' };
    case 'csv':
      return { body: writeNeo4jCsvZip(graph), mime: 'application/zip', ext: 'neo4j.zip' };
    case 'cypher':
      return { body: writeCypherScript(graph), mime: 'application/x-cypher-query; charset=utf-8', ext: 'cypher' };
    case 'statements-csv':
      return {
        body: writeStatementsCsv(graph, evidence),
        mime: 'text/csv; charset=utf-8; header=present',
        ext: 'statements.csv',
      };
  }
}
