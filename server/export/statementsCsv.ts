// The statements CSV: the evidence pack a journalist attaches to a story, one row per
// statement in the export graph (who said it, the quote, what about, where it was
// published and the exact character offsets into the article). Statements are found as
// "spoke about" edges (a neighborhood export) and as Statement nodes (a query export);
// each row is filled from the store's statement when the evidence holds it, else from
// what the graph itself carries. Written for spreadsheets: a byte-order mark so Excel
// reads UTF-8, CRLF line ends, quotes and line breaks kept verbatim inside quoted fields,
// and text a spreadsheet would run as a formula (=, +, -, @, tab, CR first) escaped with
// a leading single quote.
import { csvRecord } from '../../contract/csv.ts';
import { RULE_SEPARATOR, type ExportAttributes, type ExportEvidence, type ExportGraph } from './graph.ts';
import type { ExportWriter } from './writer.ts';

export const STATEMENT_COLUMNS = [
  'speaker',
  'quote',
  'kind',
  'act',
  'cue',
  'about',
  'date',
  'articleTitle',
  'url',
  'sentence',
  'articleId',
  'start',
  'end',
  'rules',
] as const;

export interface StatementRow {
  id: string;
  /** The speaker's name, or the words naming an unresolved source. */
  speaker: string | null;
  quote: string;
  kind: string | null;
  /** The speech act (denial, accusation …); null for a statement stored before acts were read. */
  act: string | null;
  cue: string | null;
  /** Names of the entities the statement is about. */
  about: string[];
  date: string | null;
  articleTitle: string | null;
  url: string | null;
  sentence: string | null;
  articleId: string | null;
  start: number | null;
  end: number | null;
  /** The extractor's rule ids that found the statement and its speaker, in order. */
  rules: string[];
}

const ABOUT_SEPARATOR = '; ';

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
}

function integer(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

function isStatementNode(attributes: ExportAttributes): boolean {
  return (
    attributes.elementId !== undefined &&
    typeof attributes.labels === 'string' &&
    attributes.labels.split(';').includes('Statement') &&
    typeof attributes.id === 'string'
  );
}

function entityName(graph: ExportGraph, node: string): string {
  const { name, label } = graph.getNodeAttributes(node);
  return text(name) ?? text(label) ?? node;
}

/** Rows from "spoke about" edges: one per statement, its targets gathered from its edges. */
function rowsFromEdges(graph: ExportGraph, rows: Map<string, StatementRow>): void {
  graph.forEachEdge((_edge, attributes, source, target) => {
    const id = text(attributes.statementId);
    if (id === null) return;
    const known = rows.get(id);
    if (known) {
      known.about.push(entityName(graph, target));
      return;
    }
    rows.set(id, {
      id,
      speaker: entityName(graph, source),
      quote: text(attributes.quote) ?? '',
      kind: text(attributes.statementKind),
      act: text(attributes.act),
      cue: text(attributes.cue),
      about: [entityName(graph, target)],
      date: text(attributes.date),
      articleTitle: text(attributes.articleTitle),
      url: text(attributes.articleUrl),
      sentence: text(attributes.sentence),
      articleId: text(attributes.articleId),
      start: integer(attributes.start),
      end: integer(attributes.end),
      rules: text(attributes.rules)?.split(RULE_SEPARATOR) ?? [],
    });
  });
}

/** A Statement node's `trace` property as the export graph carries it (a JSON list). */
function traceOf(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** Rows from Statement nodes, their speaker, targets and article read off SAID, ABOUT and IN_ARTICLE. */
function rowsFromNodes(graph: ExportGraph, rows: Map<string, StatementRow>): void {
  graph.forEachNode((node, attributes) => {
    if (!isStatementNode(attributes)) return;
    const id = attributes.id as string;
    if (rows.has(id)) return;
    let speaker = text(attributes.speakerText);
    const about: string[] = [];
    let articleTitle: string | null = null;
    let url: string | null = null;
    graph.forEachInEdge(node, (_edge, edge, source) => {
      if (edge.type === 'SAID') speaker = entityName(graph, source);
    });
    graph.forEachOutEdge(node, (_edge, edge, _source, target) => {
      if (edge.type === 'ABOUT') about.push(entityName(graph, target));
      if (edge.type === 'IN_ARTICLE') {
        const article = graph.getNodeAttributes(target);
        articleTitle = text(article.title);
        url = text(article.url);
      }
    });
    rows.set(id, {
      id,
      speaker,
      quote: text(attributes.quote) ?? '',
      kind: text(attributes.kind),
      act: text(attributes.act),
      cue: text(attributes.cue),
      about: about.sort(),
      date: text(attributes.date),
      articleTitle,
      url,
      sentence: text(attributes.sentence),
      articleId: text(attributes.articleId),
      start: integer(attributes.start),
      end: integer(attributes.end),
      rules: traceOf(attributes.trace),
    });
  });
}

const emptyRow: StatementRow = {
  id: '',
  speaker: null,
  quote: '',
  kind: null,
  act: null,
  cue: null,
  about: [],
  date: null,
  articleTitle: null,
  url: null,
  sentence: null,
  articleId: null,
  start: null,
  end: null,
  rules: [],
};

/**
 * One row per statement in the graph, and per statement with no target the evidence
 * carries, ordered by date, article and position in it.
 */
export function statementRows(graph: ExportGraph, evidence?: ExportEvidence): StatementRow[] {
  const rows = new Map<string, StatementRow>();
  rowsFromEdges(graph, rows);
  rowsFromNodes(graph, rows);
  for (const statement of evidence?.withoutTarget ?? []) {
    if (!rows.has(statement.id)) rows.set(statement.id, { ...emptyRow, id: statement.id });
  }
  const untargeted = new Map((evidence?.withoutTarget ?? []).map((statement) => [statement.id, statement]));
  const complete = [...rows.values()].map((row): StatementRow => {
    const statement = evidence?.statements.get(row.id) ?? untargeted.get(row.id);
    if (!statement) return row;
    return {
      id: statement.id,
      speaker: statement.speaker?.name ?? statement.speakerText,
      quote: statement.quote,
      kind: statement.kind,
      act: statement.act,
      cue: statement.cue,
      about: statement.about.map((entity) => entity.name),
      date: statement.date,
      articleTitle: statement.article.title,
      url: statement.article.url,
      sentence: statement.sentence,
      articleId: statement.articleId,
      start: statement.start,
      end: statement.end,
      rules: statement.trace,
    };
  });
  const order = (row: StatementRow) => [row.date ?? '\uFFFF', row.articleId ?? '', row.start ?? 0, row.id] as const;
  return complete.sort((a, b) => {
    const [left, right] = [order(a), order(b)];
    for (let index = 0; index < left.length; index++) {
      if (left[index] !== right[index])
        return (left[index] as string | number) < (right[index] as string | number) ? -1 : 1;
    }
    return 0;
  });
}

export function writeStatementsCsv(graph: ExportGraph, evidence?: ExportEvidence): string {
  const lines = [csvRecord([...STATEMENT_COLUMNS])];
  for (const row of statementRows(graph, evidence)) {
    lines.push(
      csvRecord(
        [
          row.speaker,
          row.quote,
          row.kind,
          row.act,
          row.cue,
          row.about.join(ABOUT_SEPARATOR),
          row.date,
          row.articleTitle,
          row.url,
          row.sentence,
          row.articleId,
          row.start === null ? null : String(row.start),
          row.end === null ? null : String(row.end),
          row.rules.join(RULE_SEPARATOR),
        ].map((value) => (value === null || value === '' ? undefined : value)),
        { spreadsheet: true },
      ),
    );
  }
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`;
}

/** The quotes with their provenance, for spreadsheets. */
export const STATEMENTS_CSV = {
  mediaType: 'text/csv; charset=utf-8; header=present',
  extension: 'statements.csv',
  binary: false,
  needsEvidence: true,
  write: writeStatementsCsv,
} satisfies ExportWriter;
