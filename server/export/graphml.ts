// GraphML writer for the export graph (graphology-graphml only parses). One <key> per
// attribute name and domain, typed from the values it holds (boolean, long, double,
// string; a name holding several kinds is written as string), so graphology-graphml
// and yEd/Gephi read the values back with their types.

import type { ExportAttributes, ExportGraph, ExportScalar } from './graph.ts';
import type { ExportWriter } from './writer.ts';

type GraphmlType = 'boolean' | 'long' | 'double' | 'string';
type Domain = 'graph' | 'node' | 'edge';

function typeOf(value: ExportScalar): GraphmlType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  return 'string';
}

function merge(previous: GraphmlType | undefined, next: GraphmlType): GraphmlType {
  if (previous === undefined || previous === next) return next;
  if ((previous === 'long' && next === 'double') || (previous === 'double' && next === 'long')) return 'double';
  return 'string';
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#xD;')
    .replace(/\t/g, '&#x9;')
    .replace(/\n/g, '&#xA;');
}

function escapeText(text: string): string {
  // Carriage returns would be normalized away by any XML reader.
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;');
}

export function writeGraphml(graph: ExportGraph): string {
  const keys: Record<Domain, Map<string, GraphmlType>> = { graph: new Map(), node: new Map(), edge: new Map() };
  const note = (domain: Domain, attributes: ExportAttributes): void => {
    for (const [name, value] of Object.entries(attributes)) {
      keys[domain].set(name, merge(keys[domain].get(name), typeOf(value)));
    }
  };
  note('graph', graph.getAttributes());
  graph.forEachNode((_node, attributes) => note('node', attributes));
  graph.forEachEdge((_edge, attributes) => note('edge', attributes));

  const ids: Record<Domain, Map<string, string>> = { graph: new Map(), node: new Map(), edge: new Map() };
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const domain of ['graph', 'node', 'edge'] as const) {
    let index = 0;
    for (const [name, type] of keys[domain]) {
      const id = `${domain[0]}${index++}`;
      ids[domain].set(name, id);
      lines.push(`  <key id="${id}" for="${domain}" attr.name="${escapeXml(name)}" attr.type="${type}"/>`);
    }
  }
  const data = (domain: Domain, attributes: ExportAttributes, indent: string): string[] =>
    Object.entries(attributes).map(
      ([name, value]) => `${indent}<data key="${ids[domain].get(name)}">${escapeText(String(value))}</data>`,
    );

  lines.push('  <graph edgedefault="directed">');
  lines.push(...data('graph', graph.getAttributes(), '    '));
  graph.forEachNode((node, attributes) => {
    const body = data('node', attributes, '      ');
    if (body.length === 0) lines.push(`    <node id="${escapeXml(node)}"/>`);
    else lines.push(`    <node id="${escapeXml(node)}">`, ...body, '    </node>');
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    const open = `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}"`;
    const body = data('edge', attributes, '      ');
    if (body.length === 0) lines.push(`${open}/>`);
    else lines.push(`${open}>`, ...body, '    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

export const GRAPHML = {
  mediaType: 'application/graphml+xml; charset=utf-8',
  extension: 'graphml',
  binary: false,
  needsEvidence: false,
  write: writeGraphml,
} satisfies ExportWriter;
