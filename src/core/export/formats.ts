// What the explorer can export, and how each file is named. Graph formats are written by
// the server (POST /api/export with the entity ids in scope); PNG and SVG are drawn here
// from what the renderer shows.

import type { ExportFormat } from '../../../contract/exportFormats.ts';

/** Formats the server writes (contract/exportFormats.ts). */
export type ServerExportFormat = ExportFormat;
export type ImageExportFormat = 'png' | 'svg';
export type ExplorerExportFormat = ServerExportFormat | ImageExportFormat;

export interface ExportFormatInfo {
  format: ExplorerExportFormat;
  label: string;
  hint: string;
}

/** Every format, in menu order; a format the server adds to the contract must be named here. */
const FORMAT_TEXT: Record<ExplorerExportFormat, Omit<ExportFormatInfo, 'format'>> = {
  gexf: { label: 'GEXF', hint: 'Gephi and Gephi Lite, with types, colors, sizes and positions' },
  graphml: { label: 'GraphML', hint: 'yEd, Cytoscape, NetworkX' },
  json: { label: 'Graphology JSON', hint: 'graphology and sigma.js' },
  csv: { label: 'Neo4j CSV (zip)', hint: 'nodes.csv and relationships.csv for neo4j-admin import' },
  cypher: { label: 'Cypher script', hint: 'MERGE statements that recreate the graph in Neo4j' },
  'statements-csv': { label: 'Statements CSV', hint: 'who said what about whom, with sources' },
  png: { label: 'PNG image', hint: 'the current view as a picture' },
  svg: { label: 'SVG image', hint: 'the current view as a vector drawing' },
};

export const EXPORT_FORMAT_INFO: readonly ExportFormatInfo[] = (Object.keys(FORMAT_TEXT) as ExplorerExportFormat[]).map(
  (format) => ({ format, ...FORMAT_TEXT[format] }),
);

export function isImageFormat(format: ExplorerExportFormat): format is ImageExportFormat {
  return format === 'png' || format === 'svg';
}

/**
 * The file name in a Content-Disposition header (`attachment; filename="x.gexf"`), or
 * `fallback` when there is none.
 */
export function filenameFromDisposition(header: string | null, fallback: string): string {
  const match = header ? (/filename="([^"]+)"/.exec(header) ?? /filename=([^;\s]+)/.exec(header)) : null;
  const name = match?.[1]?.replace(/[/\\]/g, '_').trim();
  return name ? name : fallback;
}
