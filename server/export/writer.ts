// What the export registry holds for each format: how its file is written, what it is sent
// as and named, whether it is bytes, and whether it reads the statements behind the graph.
// Each format's file exports one.

import type { ExportEvidence, ExportGraph } from './graph.ts';

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
