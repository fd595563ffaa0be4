// Writes the export graph in one of the three formats the API and the CLI offer:
// graphology's own JSON (re-importable with `Graph.from`), GEXF 1.3 (Gephi) and GraphML.

import gexf from 'graphology-gexf';
import type { ExportGraph } from './graph.ts';
import { writeGraphml } from './graphml.ts';

export const EXPORT_FORMATS = ['json', 'gexf', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface SerializedGraph {
  body: string;
  mime: string;
  ext: string;
}

export function serializeGraph(graph: ExportGraph, format: ExportFormat): SerializedGraph {
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
  }
}
