// GEXF 1.3, for Gephi and Gephi Lite, written by graphology-gexf.

import gexf from 'graphology-gexf';
import type { ExportGraph } from './graph.ts';
import type { ExportWriter } from './writer.ts';

export const GEXF = {
  mediaType: 'application/gexf+xml; charset=utf-8',
  extension: 'gexf',
  binary: false,
  needsEvidence: false,
  write: (graph: ExportGraph) => gexf.write(graph, { version: '1.3', pretty: true }),
} satisfies ExportWriter;
