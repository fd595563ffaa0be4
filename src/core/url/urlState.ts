// What the user sees, as a URL query: selection, open article, filters, expansions,
// hidden nodes, node sizing and colouring, statements drawn as nodes, the statements finder (words, kinds,
// speech acts, cue), the entity panel's tab and chip filter, the statements table (filters,
// sort, page), the console query the graph was replaced by (re-run read-only when the link
// is opened), and camera. parse(serialize(s)) === s for every valid state;
// defaults are left out so links stay short. Unknown or malformed values fall back
// to defaults instead of failing the page.
import type { EdgeKind } from '../../../contract/api.ts';
import type { CypherValue } from '../../../contract/cypher.ts';
import { SPEECH_ACTS, type EntityType } from '../../../contract/graph.ts';
import { MAX_QUERY_CHARS } from '../../../contract/limits.ts';
import { isStatementSortKey } from '../../../contract/statementTable.ts';
import { EDGE_KIND_LIST, ENTITY_TYPE_LIST } from '../../consts.ts';
import { DEFAULT_CONSOLE_ROW_CAP, ROW_CAPS } from '../console/consts.ts';
import { DEFAULT_FILTERS, sameKinds, type FilterState } from '../filters/filters.ts';
import type { SizeMode } from '../graph/explorerGraph.ts';
import { DEFAULT_TABLE, type StatementsTableView } from '../table/statementsTable.ts';
import {
  isSpeechAct,
  isStatementKind,
  STATEMENT_KINDS_SHOWN,
  type StatementFinder,
} from '../search/statementFinder.ts';

export type ColorMode = 'type' | 'community';

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string };

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

/** A read-only console query whose result replaced the graph: the link re-runs it. */
export interface ConsoleQuery {
  query: string;
  params: Record<string, CypherValue>;
  rowCap: number;
}

export const ENTITY_TABS = ['by', 'about', 'relations', 'articles'] as const;
export type EntityTab = (typeof ENTITY_TABS)[number];

/** The entity panel's tab, and the chip that narrows its statements (a counterpart, or those with no target). */
export interface EntityPanelView {
  tab: EntityTab;
  /** The entity the statements shown are about ("Said") or by ("Said about"). */
  counterpart: string | null;
  /** Only the statements with no detected target ("Said"). */
  untargeted: boolean;
}

export const DEFAULT_ENTITY_PANEL: EntityPanelView = { tab: 'by', counterpart: null, untargeted: false };

export interface ViewState {
  selection: Selection | null;
  /** Article open in the reader. */
  reading: string | null;
  filters: FilterState;
  sizeBy: SizeMode;
  /** What node colours say: the entity's type, or its community (communities.ts). */
  colorBy: ColorMode;
  /** Entities whose neighbours were expanded, in order, with how many neighbours were asked for. */
  expanded: { id: string; limit: number }[];
  /** Nodes the user hid by hand. */
  hiddenNodes: string[];
  camera: CameraView | null;
  /** How many entities the first view loads (most mentioned first); null for the default. */
  cap: number | null;
  /** The statements behind the visible "spoke about" links drawn as nodes. */
  statementNodes: boolean;
  /** The statements finder, when open. */
  finder: StatementFinder | null;
  /** The selected entity's panel: tab and chip filter. */
  entityPanel: EntityPanelView;
  /** The console query the graph shows instead of the overview; null for the overview. */
  consoleQuery: ConsoleQuery | null;
  /** The statements table, when open: its filters, sort and page. */
  table: StatementsTableView | null;
}

export const DEFAULT_VIEW: ViewState = {
  selection: null,
  reading: null,
  filters: DEFAULT_FILTERS,
  sizeBy: 'mentions',
  colorBy: 'type',
  expanded: [],
  hiddenNodes: [],
  camera: null,
  cap: null,
  statementNodes: false,
  finder: null,
  entityPanel: DEFAULT_ENTITY_PANEL,
  consoleQuery: null,
  table: null,
};

/** Parameters that belong to the page, not to the view, and survive every rewrite. */
export const PASSTHROUGH_PARAMS = ['drawing'] as const;

const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** An outlet as the server lists them: a host name, or '-' for none (no spaces, no commas). */
/** An outlet: a domain, or the name an article without URL declares (spaces allowed, no line breaks). */
const OUTLET_RE = /^[^\n\r]{1,255}$/;

function date(params: URLSearchParams, key: string): string | null {
  const value = params.get(key);
  return value && DATE_RE.test(value) ? value : null;
}

function list(params: URLSearchParams, key: string): string[] {
  return params
    .getAll(key)
    .flatMap((v) => v.split(','))
    .filter((v) => v.length > 0);
}

function nonNegativeNumber(value: string | null): number {
  if (value === null) return 0;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : 0;
}

function roundCamera(n: number): number {
  return Math.round(n * 10000) / 10000;
}

function parseEntityPanel(params: URLSearchParams): EntityPanelView {
  const tabText = params.get('tab');
  const tab = (ENTITY_TABS as readonly string[]).includes(tabText ?? '') ? (tabText as EntityTab) : 'by';
  // A chip narrows the statements tabs only; "no target" is a chip of "Said".
  const untargeted = tab === 'by' && params.get('untargeted') === '1';
  const counterpart = (tab === 'by' || tab === 'about') && !untargeted ? params.get('with') || null : null;
  return { tab, counterpart, untargeted };
}

function parseConsoleQuery(params: URLSearchParams): ConsoleQuery | null {
  const query = params.get('cq');
  if (!query || !/\S/.test(query) || query.length > MAX_QUERY_CHARS) return null;
  let parsed: unknown = {};
  const paramsText = params.get('cqParams');
  if (paramsText) {
    try {
      parsed = JSON.parse(paramsText);
    } catch {
      parsed = null;
    }
  }
  // Parameters that are not a JSON object make the link unusable: better none than a guess.
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const capValue = Number(params.get('cqCap'));
  const rowCap = (ROW_CAPS as readonly number[]).includes(capValue) ? capValue : DEFAULT_CONSOLE_ROW_CAP;
  return { query, params: parsed as Record<string, CypherValue>, rowCap };
}

function parseTable(params: URLSearchParams): StatementsTableView | null {
  if (!params.has('table')) return null;
  const sort = params.get('tSort') ?? '';
  const page = Number(params.get('tPage'));
  return {
    text: params.get('tText') ?? '',
    acts: SPEECH_ACTS.filter((act) => list(params, 'tActs').filter(isSpeechAct).includes(act)),
    kinds: STATEMENT_KINDS_SHOWN.filter((kind) => list(params, 'tKinds').filter(isStatementKind).includes(kind)),
    from: params.get('tFrom') ?? '',
    to: params.get('tTo') ?? '',
    sort: isStatementSortKey(sort) ? sort : DEFAULT_TABLE.sort,
    descending: params.get('tDir') === 'asc' ? false : params.get('tDir') === 'desc' ? true : DEFAULT_TABLE.descending,
    // Written 1-based, as people count pages.
    page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
  };
}

function writeTable(params: URLSearchParams, table: StatementsTableView): void {
  params.set('table', '1');
  if (table.text) params.set('tText', table.text);
  if (table.acts.length) params.set('tActs', table.acts.join(','));
  if (table.kinds.length) params.set('tKinds', table.kinds.join(','));
  if (table.from) params.set('tFrom', table.from);
  if (table.to) params.set('tTo', table.to);
  if (table.sort !== DEFAULT_TABLE.sort) params.set('tSort', table.sort);
  if (table.descending !== DEFAULT_TABLE.descending) params.set('tDir', table.descending ? 'desc' : 'asc');
  if (table.page > 0) params.set('tPage', String(table.page + 1));
}

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const node = params.get('node');
  const edge = params.get('edge');
  const selection: Selection | null = node ? { kind: 'node', id: node } : edge ? { kind: 'edge', id: edge } : null;

  const outlet = params.get('outlet');
  const filters: FilterState = {
    hiddenTypes: list(params, 'hideTypes').filter((t): t is EntityType =>
      (ENTITY_TYPE_LIST as readonly string[]).includes(t),
    ),
    // Absent means the default; present and empty means every kind is shown.
    hiddenKinds: params.has('hideEdges')
      ? list(params, 'hideEdges').filter((k): k is EdgeKind => (EDGE_KIND_LIST as readonly string[]).includes(k))
      : DEFAULT_FILTERS.hiddenKinds,
    from: date(params, 'from'),
    to: date(params, 'to'),
    publishedFrom: date(params, 'pubFrom'),
    publishedTo: date(params, 'pubTo'),
    minMentions: nonNegativeNumber(params.get('minMentions')),
    minWeight: nonNegativeNumber(params.get('minWeight')),
    article: params.get('inArticle') || null,
    outlet: outlet && OUTLET_RE.test(outlet) ? outlet : null,
    unlinked: params.get('unlinked') === '1',
  };

  const expanded = params.getAll('expand').flatMap((value) => {
    const at = value.lastIndexOf('~');
    if (at < 0) return value ? [{ id: value, limit: 0 }] : [];
    const limit = Number(value.slice(at + 1));
    const id = value.slice(0, at);
    return id ? [{ id, limit: Number.isInteger(limit) && limit > 0 ? limit : 0 }] : [];
  });

  let camera: CameraView | null = null;
  const view = params.get('view');
  if (view) {
    const [x, y, ratio] = view.split(',').map(Number);
    if (x !== undefined && y !== undefined && ratio !== undefined && [x, y, ratio].every(Number.isFinite) && ratio > 0)
      camera = { x, y, ratio };
  }

  const capText = params.get('cap');
  const capValue = capText === null ? NaN : Number(capText);
  const cap = Number.isInteger(capValue) && capValue > 0 ? capValue : null;

  return {
    selection,
    reading: params.get('read') || null,
    filters,
    sizeBy: params.get('size') === 'degree' ? 'degree' : 'mentions',
    colorBy: params.get('color') === 'community' ? 'community' : 'type',
    expanded,
    hiddenNodes: params.getAll('hide').filter((v) => v.length > 0),
    camera,
    cap,
    statementNodes: params.get('statements') === '1',
    finder: params.has('find')
      ? {
          text: params.get('find') ?? '',
          kinds: STATEMENT_KINDS_SHOWN.filter((kind) =>
            list(params, 'findKinds').filter(isStatementKind).includes(kind),
          ),
          acts: SPEECH_ACTS.filter((act) => list(params, 'findActs').filter(isSpeechAct).includes(act)),
          cue: params.get('findCue') ?? '',
        }
      : null,
    entityPanel: selection?.kind === 'node' ? parseEntityPanel(params) : DEFAULT_ENTITY_PANEL,
    consoleQuery: parseConsoleQuery(params),
    table: parseTable(params),
  };
}

/** The query string (with its leading '?', or '' when everything is default). */
export function serializeViewState(state: ViewState, passthrough: URLSearchParams = new URLSearchParams()): string {
  const params = new URLSearchParams();
  for (const key of PASSTHROUGH_PARAMS) {
    const value = passthrough.get(key);
    if (value) params.set(key, value);
  }
  if (state.selection) params.set(state.selection.kind, state.selection.id);
  if (state.reading) params.set('read', state.reading);
  const f = state.filters;
  if (f.hiddenTypes.length) params.set('hideTypes', f.hiddenTypes.join(','));
  if (!sameKinds(f.hiddenKinds, DEFAULT_FILTERS.hiddenKinds)) params.set('hideEdges', f.hiddenKinds.join(','));
  if (f.from) params.set('from', f.from);
  if (f.to) params.set('to', f.to);
  if (f.publishedFrom) params.set('pubFrom', f.publishedFrom);
  if (f.publishedTo) params.set('pubTo', f.publishedTo);
  if (f.minMentions) params.set('minMentions', String(f.minMentions));
  if (f.minWeight) params.set('minWeight', String(f.minWeight));
  if (f.article) params.set('inArticle', f.article);
  if (f.outlet) params.set('outlet', f.outlet);
  if (f.unlinked) params.set('unlinked', '1');
  if (state.sizeBy !== 'mentions') params.set('size', state.sizeBy);
  if (state.colorBy !== 'type') params.set('color', state.colorBy);
  if (state.statementNodes) params.set('statements', '1');
  if (state.finder) {
    params.set('find', state.finder.text);
    if (state.finder.kinds.length) params.set('findKinds', state.finder.kinds.join(','));
    if (state.finder.acts.length) params.set('findActs', state.finder.acts.join(','));
    if (state.finder.cue) params.set('findCue', state.finder.cue);
  }
  const panel = state.entityPanel;
  if (state.selection?.kind === 'node') {
    if (panel.tab !== DEFAULT_ENTITY_PANEL.tab) params.set('tab', panel.tab);
    if (panel.counterpart) params.set('with', panel.counterpart);
    if (panel.untargeted) params.set('untargeted', '1');
  }
  if (state.consoleQuery) {
    params.set('cq', state.consoleQuery.query);
    if (Object.keys(state.consoleQuery.params).length > 0)
      params.set('cqParams', JSON.stringify(state.consoleQuery.params));
    if (state.consoleQuery.rowCap !== DEFAULT_CONSOLE_ROW_CAP) params.set('cqCap', String(state.consoleQuery.rowCap));
  }
  if (state.table) writeTable(params, state.table);
  for (const e of state.expanded) params.append('expand', e.limit ? `${e.id}~${e.limit}` : e.id);
  for (const id of state.hiddenNodes) params.append('hide', id);
  if (state.cap !== null) params.set('cap', String(state.cap));
  if (state.camera) params.set('view', [state.camera.x, state.camera.y, state.camera.ratio].map(roundCamera).join(','));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function withCamera(state: ViewState, camera: CameraView | null): ViewState {
  return {
    ...state,
    camera: camera ? { x: roundCamera(camera.x), y: roundCamera(camera.y), ratio: roundCamera(camera.ratio) } : null,
  };
}
