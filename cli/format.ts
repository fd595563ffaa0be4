// Text renderings of query results for the terminal: an aligned table, CSV and JSON.
// Nodes, relationships and paths print in Cypher-like notation so a table stays readable.

import { csvField, spreadsheetField } from '../contract/csv.ts';
import type { CypherResult, CypherValue } from '../contract/cypher.ts';

export type ResultFormat = 'table' | 'json' | 'csv';

function isTagged(value: CypherValue, tag: string): boolean {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && (value as { $type?: unknown }).$type === tag
  );
}

function propsText(properties: Record<string, CypherValue>, maxKeys = 3): string {
  const preferred = ['name', 'title', 'quote', 'id'];
  const keys = Object.keys(properties).sort((a, b) => {
    const ia = preferred.indexOf(a);
    const ib = preferred.indexOf(b);
    return (ia === -1 ? 99 : ia) - (ib === -1 ? 99 : ib) || a.localeCompare(b);
  });
  const shown = keys.slice(0, maxKeys).map((key) => `${key}: ${valueText(properties[key] ?? null, 40)}`);
  if (keys.length > maxKeys) shown.push('…');
  return shown.length ? ` {${shown.join(', ')}}` : '';
}

/** One value as a single line of text, strings cut at `maxString` characters. */
export function valueText(value: CypherValue, maxString = 80): string {
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const flat = value.replace(/\s+/g, ' ');
    return JSON.stringify(flat.length > maxString ? `${flat.slice(0, maxString - 1)}…` : flat);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((item) => valueText(item, maxString)).join(', ')}]`;
  if (isTagged(value, 'node')) {
    const node = value as Extract<CypherValue, { $type: 'node' }>;
    return `(${node.labels.map((label) => `:${label}`).join('')}${propsText(node.properties)})`;
  }
  if (isTagged(value, 'relationship')) {
    const rel = value as Extract<CypherValue, { $type: 'relationship' }>;
    return `[:${rel.type}${propsText(rel.properties, 2)}]`;
  }
  if (isTagged(value, 'path')) {
    const path = value as Extract<CypherValue, { $type: 'path' }>;
    const names = path.nodes.map((node) => valueText(node, 30));
    return names.join('-…-') + ` (${path.relationships.length} hops)`;
  }
  const map = value as Record<string, CypherValue>;
  return `{${Object.entries(map)
    .map(([key, item]) => `${key}: ${valueText(item, maxString)}`)
    .join(', ')}}`;
}

/**
 * A CSV cell: null empty, numbers and booleans as written (a negative number is no
 * formula), strings and JSON of everything else escaped for spreadsheets (contract/csv.ts).
 */
function csvCell(value: CypherValue): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return csvField(String(value));
  return spreadsheetField(typeof value === 'string' ? value : JSON.stringify(value));
}

export function formatResult(result: CypherResult, format: ResultFormat): string {
  if (format === 'json') return JSON.stringify(result, null, 2);
  if (format === 'csv') {
    const lines = [result.columns.map(spreadsheetField).join(',')];
    for (const row of result.rows) lines.push(row.map(csvCell).join(','));
    return lines.join('\n');
  }
  const cells = [result.columns, ...result.rows.map((row) => row.map((value) => valueText(value)))];
  // A loop, not Math.max(...): a result of 125,000 rows would overflow the stack.
  const widths = result.columns.map((_, col) => {
    let width = 0;
    for (const row of cells) width = Math.max(width, [...(row[col] ?? '')].length);
    return width;
  });
  const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - [...text].length));
  const rule = `+${widths.map((width) => '-'.repeat(width + 2)).join('+')}+`;
  const line = (row: string[]) => `| ${row.map((text, col) => pad(text, widths[col] ?? 0)).join(' | ')} |`;
  const out = [rule, line(result.columns), rule, ...cells.slice(1).map(line), rule];
  const count = result.rows.length;
  out.push(
    `${count} row${count === 1 ? '' : 's'}${result.truncated ? ` (cut at the row cap of ${result.rowCap})` : ''}, ${result.elapsedMs} ms`,
  );
  return out.join('\n');
}

/** `k=v` → a parameter: JSON when it parses (numbers, booleans, lists, maps, quoted strings), else the raw string. */
export function parseParam(text: string): [string, unknown] {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new Error(`a parameter is name=value, got "${text}"`);
  const name = text.slice(0, eq).trim();
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`not a parameter name: "${name}"`);
  const raw = text.slice(eq + 1);
  try {
    return [name, JSON.parse(raw)];
  } catch {
    return [name, raw];
  }
}
