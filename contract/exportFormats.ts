// The export formats the server writes, in the order they are offered (the explorer's
// menu, the CLI's help), each with the label and hint the explorer shows. How each is
// written is the server's export registry (server/export/registry.ts), which the compiler
// holds to exactly these ids. A new format is its writer's file in server/export/, its
// line in the registry, and its line here.

export const EXPORT_FORMAT_LIST = [
  { id: 'gexf', label: 'GEXF', hint: 'Gephi and Gephi Lite, with types, colors, sizes and positions' },
  { id: 'graphml', label: 'GraphML', hint: 'yEd, Cytoscape, NetworkX' },
  { id: 'json', label: 'Graphology JSON', hint: 'graphology and sigma.js' },
  { id: 'csv', label: 'Neo4j CSV (zip)', hint: 'nodes.csv and relationships.csv for neo4j-admin import' },
  { id: 'cypher', label: 'Cypher script', hint: 'MERGE statements that recreate the graph in Neo4j' },
  { id: 'statements-csv', label: 'Statements CSV', hint: 'who said what about whom, with sources' },
  { id: 'dot', label: 'Graphviz DOT', hint: 'Graphviz (dot, sfdp) and the tools that read it' },
] as const satisfies readonly { id: string; label: string; hint: string }[];

export type ExportFormat = (typeof EXPORT_FORMAT_LIST)[number]['id'];

/** The format ids, in offer order. */
export const EXPORT_FORMATS: readonly ExportFormat[] = EXPORT_FORMAT_LIST.map((format) => format.id);
