// What the explorer can export, and how each file is named. Graph formats are written by
// the server (POST /api/export with the entity ids in scope); PNG and SVG are drawn here
// from what the renderer shows.

/** Formats the server writes (its EXPORT_FORMATS). */
export type ServerExportFormat = 'gexf' | 'graphml' | 'json' | 'csv' | 'cypher' | 'statements-csv';
export type ImageExportFormat = 'png' | 'svg';
export type ExplorerExportFormat = ServerExportFormat | ImageExportFormat;

export interface ExportFormatInfo {
  format: ExplorerExportFormat;
  label: string;
  hint: string;
}

export const EXPORT_FORMAT_INFO: readonly ExportFormatInfo[] = [
  { format: 'gexf', label: 'GEXF', hint: 'Gephi and Gephi Lite, with types, colors, sizes and positions' },
  { format: 'graphml', label: 'GraphML', hint: 'yEd, Cytoscape, NetworkX' },
  { format: 'json', label: 'Graphology JSON', hint: 'graphology and sigma.js' },
  { format: 'csv', label: 'Neo4j CSV (zip)', hint: 'nodes.csv and relationships.csv for neo4j-admin import' },
  { format: 'cypher', label: 'Cypher script', hint: 'MERGE statements that recreate the graph in Neo4j' },
  { format: 'statements-csv', label: 'Statements CSV', hint: 'who said what about whom, with sources' },
  { format: 'png', label: 'PNG image', hint: 'the current view as a picture' },
  { format: 'svg', label: 'SVG image', hint: 'the current view as a vector drawing' },
];

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
