// graphology's own JSON, re-importable with `Graph.from`.

import type { ExportGraph } from './graph.ts';
import type { ExportWriter } from './writer.ts';

export const GRAPHOLOGY_JSON = {
  mediaType: 'application/json; charset=utf-8',
  extension: 'json',
  binary: false,
  needsEvidence: false,
  write: (graph: ExportGraph) => `${JSON.stringify(graph.export(), null, 2)}\n`,
} satisfies ExportWriter;
