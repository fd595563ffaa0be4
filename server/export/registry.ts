// Every export format the API and the CLI offer, by id (contract/exportFormats.ts): how its
// file is written, what it is sent as and named, whether it is bytes, and whether its
// writer reads the statements behind the graph. A new format is its writer's file plus one
// line here (and its id in the contract, which the compiler then asks for here).
import gexf from 'graphology-gexf';
import type { ExportFormat } from '../../contract/exportFormats.ts';
import { writeCypherScript } from './cypherScript.ts';
import type { ExportEvidence, ExportGraph } from './graph.ts';
import { writeGraphml } from './graphml.ts';
import { writeNeo4jCsvZip } from './neo4jCsv.ts';
import { writeStatementsCsv } from './statementsCsv.ts';

export interface ExportWriter {
  /** Sent as Content-Type. */
  mediaType: string;
  /** File name ending, after the dot. */
  extension: string;
  /** Written as bytes (a zip); the others are UTF-8 text. */
  binary: boolean;
  /** The writer reads the statements behind the graph (ExportEvidence), not only its edges. */
  needsEvidence: boolean;
  write(graph: ExportGraph, evidence?: ExportEvidence): string | Uint8Array;
}

export const EXPORT_REGISTRY = {
  // graphology's own JSON, re-importable with `Graph.from`
  json: {
    mediaType: 'application/json; charset=utf-8',
    extension: 'json',
    binary: false,
    needsEvidence: false,
    write: (graph: ExportGraph) => `${JSON.stringify(graph.export(), null, 2)}\n`,
  },
  // GEXF 1.3, for Gephi
  gexf: {
    mediaType: 'application/gexf+xml; charset=utf-8',
    extension: 'gexf',
    binary: false,
    needsEvidence: false,
    write: (graph: ExportGraph) => gexf.write(graph, { version: '1.3', pretty: true }),
  },
  graphml: {
    mediaType: 'application/graphml+xml; charset=utf-8',
    extension: 'graphml',
    binary: false,
    needsEvidence: false,
    write: writeGraphml,
  },
  // the CSV pair `neo4j-admin database import` reads, zipped
  csv: {
    mediaType: 'application/zip',
    extension: 'neo4j.zip',
    binary: true,
    needsEvidence: false,
    write: (graph: ExportGraph) => writeNeo4jCsvZip(graph),
  },
  // a Cypher script of MERGE statements
  cypher: {
    mediaType: 'application/x-cypher-query; charset=utf-8',
    extension: 'cypher',
    binary: false,
    needsEvidence: false,
    write: writeCypherScript,
  },
  // the quotes with their provenance, for spreadsheets
  'statements-csv': {
    mediaType: 'text/csv; charset=utf-8; header=present',
    extension: 'statements.csv',
    binary: false,
    needsEvidence: true,
    write: writeStatementsCsv,
  },
} as const satisfies Record<ExportFormat, ExportWriter>;

export interface SerializedGraph {
  /** Text, or bytes for binary formats. */
  body: string | Uint8Array;
  mime: string;
  /** File name ending, after the dot. */
  ext: string;
}

export function exportWriter(format: ExportFormat): ExportWriter {
  return EXPORT_REGISTRY[format];
}

export function serializeGraph(graph: ExportGraph, format: ExportFormat, evidence?: ExportEvidence): SerializedGraph {
  const writer = exportWriter(format);
  return { body: writer.write(graph, evidence), mime: writer.mediaType, ext: writer.extension };
}
