// Graphviz DOT: a directed multigraph that `dot`, `sfdp` and Gephi read, every node and edge
// attribute kept as a quoted DOT attribute (the provenance of each statement edge included),
// the entity's name as its label and the edge's type as its label.

import type { ExportAttributes, ExportGraph } from './graph.ts';
import type { ExportWriter } from './writer.ts';

/** A DOT double-quoted string: backslashes and quotes escaped, line breaks as \n. */
export function dotString(value: string | number | boolean): string {
  const text = String(value)
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r\n|\r|\n/g, '\\n');
  return `"${text}"`;
}

function attributeList(attributes: ExportAttributes, label: string | undefined): string {
  const entries: string[] = [];
  if (label !== undefined) entries.push(`label=${dotString(label)}`);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === 'label') continue;
    // Attribute names are identifiers in DOT; the export graph's are camelCase words already.
    entries.push(`${/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : dotString(key)}=${dotString(value)}`);
  }
  return entries.length > 0 ? ` [${entries.join(', ')}]` : '';
}

function writeDot(graph: ExportGraph): string {
  const lines = ['digraph newsgraph {'];
  const meta = graph.getAttributes();
  for (const [key, value] of Object.entries(meta)) lines.push(`  graph [${key}=${dotString(value)}];`);
  graph.forEachNode((node, attributes) => {
    const label = attributes.label === undefined ? undefined : String(attributes.label);
    lines.push(`  ${dotString(node)}${attributeList(attributes, label)};`);
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    const label = attributes.type === undefined ? undefined : String(attributes.type);
    lines.push(`  ${dotString(source)} -> ${dotString(target)}${attributeList(attributes, label)};`);
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

export const DOT = {
  mediaType: 'text/vnd.graphviz; charset=utf-8',
  extension: 'dot',
  binary: false,
  needsEvidence: false,
  write: writeDot,
} satisfies ExportWriter;
