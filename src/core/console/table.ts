// A Cypher result as a table: one text per cell (nodes and relationships written the
// way Cypher prints them, with a readable name), sorting by column that compares
// numbers as numbers and puts nulls last, and copying as TSV or CSV.
import { csvField, spreadsheetField } from '../../../contract/csv.ts';
import type {
  CypherResult,
  CypherValue,
  GraphNodeValue,
  GraphPathValue,
  GraphRelationshipValue,
} from '../../../contract/cypher.ts';

export type SortDirection = 'asc' | 'desc';
export interface TableSort {
  column: number;
  direction: SortDirection;
}

function isGraphValue<T extends GraphNodeValue | GraphRelationshipValue | GraphPathValue>(
  value: CypherValue,
  type: T['$type'],
): value is T {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    (value as { $type?: unknown }).$type === type
  );
}
export const isNodeValue = (value: CypherValue): value is GraphNodeValue => isGraphValue<GraphNodeValue>(value, 'node');
export const isRelationshipValue = (value: CypherValue): value is GraphRelationshipValue =>
  isGraphValue<GraphRelationshipValue>(value, 'relationship');
export const isPathValue = (value: CypherValue): value is GraphPathValue => isGraphValue<GraphPathValue>(value, 'path');

const NAME_KEYS = ['name', 'title', 'quote', 'id'];

function nodeText(node: GraphNodeValue): string {
  const labels = node.labels.filter((l) => l !== 'Entity');
  const shown = labels.length ? labels : node.labels;
  const key = NAME_KEYS.find((k) => typeof node.properties[k] === 'string');
  const name = key ? ` {${key}: ${JSON.stringify(node.properties[key])}}` : '';
  return `(${shown.map((l) => `:${l}`).join('')}${name})`;
}

/**
 * One relationship of a path, with the direction it has in the store: `-[:T]->` when it
 * starts at the node before it in the path, `<-[:T]-` when it ends there (the path walked
 * it backwards), `-[:T]-` when neither is known.
 */
function stepText(rel: GraphRelationshipValue, previous: GraphNodeValue | undefined): string {
  if (previous?.elementId === rel.startNodeElementId) return `-[:${rel.type}]->`;
  if (previous?.elementId === rel.endNodeElementId) return `<-[:${rel.type}]-`;
  return `-[:${rel.type}]-`;
}

/** A value as one line of text, as a cell shows it. */
export function cellText(value: CypherValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value))
    return `[${value.map((v) => (typeof v === 'string' ? JSON.stringify(v) : cellText(v))).join(', ')}]`;
  if (isNodeValue(value)) return nodeText(value);
  if (isRelationshipValue(value)) return `[:${value.type}]`;
  if (isPathValue(value)) {
    const [first, ...rest] = value.nodes;
    let text = first ? nodeText(first) : '';
    value.relationships.forEach((rel, i) => {
      const previous = value.nodes[i];
      const next = rest[i];
      text += `${stepText(rel, previous)}${next ? nodeText(next) : '()'}`;
    });
    return text;
  }
  return `{${Object.entries(value)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? JSON.stringify(v) : cellText(v)}`)
    .join(', ')}}`;
}

/** Ordering of two cells: nulls last, numbers numerically, booleans false < true, else by text. */
export function compareValues(a: CypherValue, b: CypherValue): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  const x = cellText(a);
  const y = cellText(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Row indices in display order; a stable sort, nulls last in both directions. */
export function sortedRowIndices(rows: readonly CypherValue[][], sort: TableSort | null): number[] {
  const indices = rows.map((_row, i) => i);
  if (!sort) return indices;
  const sign = sort.direction === 'asc' ? 1 : -1;
  return indices.sort((i, j) => {
    const a = rows[i]?.[sort.column] ?? null;
    const b = rows[j]?.[sort.column] ?? null;
    if (a === null || b === null) return compareValues(a, b) || i - j;
    return sign * compareValues(a, b) || i - j;
  });
}

/** Next sort after a click on a column header: ascending, descending, then unsorted. */
export function nextSort(current: TableSort | null, column: number): TableSort | null {
  if (!current || current.column !== column) return { column, direction: 'asc' };
  if (current.direction === 'asc') return { column, direction: 'desc' };
  return null;
}

function tsvField(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}

/**
 * The table as TSV (tabs and newlines in cells become spaces) or CSV (RFC 4180, pasted
 * into spreadsheets: formula-like cells escaped as contract/csv.ts does), header first.
 */
export function tableText(
  result: Pick<CypherResult, 'columns' | 'rows'>,
  order: readonly number[],
  format: 'tsv' | 'csv',
): string {
  const field = format === 'csv' ? spreadsheetField : tsvField;
  // A number is no formula: a negative one stays a number in the spreadsheet.
  const cell = (value: CypherValue): string =>
    format === 'csv' && typeof value === 'number' ? csvField(String(value)) : field(cellText(value));
  const separator = format === 'csv' ? ',' : '\t';
  const lines = [result.columns.map(field).join(separator)];
  for (const index of order) {
    lines.push(result.columns.map((_c, column) => cell(result.rows[index]?.[column] ?? null)).join(separator));
  }
  return lines.join(format === 'csv' ? '\r\n' : '\n') + (format === 'csv' ? '\r\n' : '\n');
}
