// The ids of the export formats the server writes (server/export/registry.ts holds how
// each is written); the CLI and the explorer list the same ids from here.

export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'csv', 'cypher', 'statements-csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
