// Every export format the API and the CLI offer, by id (contract/exportFormats.ts), with
// its writer (server/export/writer.ts). A new format is its writer's file, one line here,
// and its line in the contract, which the compiler then asks for here.

import type { ExportFormat } from '../../contract/exportFormats.ts';
import { CYPHER_SCRIPT } from './cypherScript.ts';
import { DOT } from './dot.ts';
import { GEXF } from './gexf.ts';
import type { ExportEvidence, ExportGraph } from './graph.ts';
import { GRAPHOLOGY_JSON } from './graphologyJson.ts';
import { GRAPHML } from './graphml.ts';
import { NEO4J_CSV } from './neo4jCsv.ts';
import { STATEMENTS_CSV } from './statementsCsv.ts';
import type { ExportWriter } from './writer.ts';

export const EXPORT_REGISTRY = {
  gexf: GEXF,
  graphml: GRAPHML,
  json: GRAPHOLOGY_JSON,
  csv: NEO4J_CSV,
  cypher: CYPHER_SCRIPT,
  'statements-csv': STATEMENTS_CSV,
  dot: DOT,
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
