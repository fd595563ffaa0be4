// The explorer's state in one place: the view (what the URL holds, changed by viewReducer)
// and the session around it (the load, what the server said, expansions, the console, the
// notice, the layout's status, what sigma is asked to focus). It changes only through the
// actions below, as a pure reducer; the effects (HTTP, the graph, the layout worker) stay
// with the hooks in src/views/explorer/, which dispatch what they did.
import type { HealthInfo } from '../../../contract/api.ts';
import type { ApiRequestError } from '../../api/client.ts';
import type { StatementPlan } from '../aggregation/statementNodes.ts';
import type { LayoutStatus } from '../layout/layoutRunner.ts';
import type { GraphCounts } from './derived.ts';
import type { ConsoleQuery, ViewState } from '../url/urlState.ts';
import { viewReducer, type ViewAction } from './viewActions.ts';

export type LoadState =
  | { phase: 'loading'; message: string }
  | { phase: 'error'; error: ApiRequestError }
  | { phase: 'empty' }
  | { phase: 'ready'; truncated: { shown: number; total: number } | null };

/** How many neighbours of an expanded entity are drawn, of how many it has. */
export interface ExpansionInfo {
  shown: number;
  total: number;
  truncated: boolean;
}

/** What the filters leave visible; `round` grows each time the `hidden` flags are written. */
export interface VisibleCounts {
  nodes: number;
  edges: number;
  statements: number;
  /** Entities not drawn because no visible link joins them (FilterState.unlinked). */
  unlinked: number;
  round: number;
}

export interface FocusRequest {
  node: string;
  /** Nodes the camera shows with it (the neighbours an expansion brought); none: it centres on the node. */
  framing: string[];
  /** Changes on every request, so focusing the same node twice moves the camera again. */
  nonce: number;
}

export interface ExplorerState {
  view: ViewState;
  load: LoadState;
  health: HealthInfo | null;
  /** Loads of the graph asked for: each retry starts a new one (and fresh panels). */
  attempt: number;
  /** Grows with each change of the graph's structure. */
  version: number;
  /** Entities by type and links by kind, counted at the last change of the graph's structure. */
  counts: GraphCounts;
  visible: VisibleCounts;
  expansions: Record<string, ExpansionInfo>;
  /** The entity whose neighbours are being fetched. */
  expanding: string | null;
  notice: string | null;
  /** Nodes the last expansion added, marked on the graph while its notice is shown. */
  fresh: string[];
  /** The statement the reader opens at. */
  readingFocus: string | null;
  consoleOpen: boolean;
  /** Once opened, the console stays mounted (hidden) so its query and results survive. */
  consoleMounted: boolean;
  /** Entity ids of the console's last result drawn on the graph (an export scope). */
  consoleIds: string[] | null;
  /** Statements drawn as nodes: what the plan covers; null when they are off. */
  statementPlan: StatementPlan | null;
  layout: LayoutStatus;
  hovered: string | null;
  focus: FocusRequest | null;
}

export const CONNECTING = 'Connecting to the server…';

export function initialExplorerState(view: ViewState): ExplorerState {
  return {
    view,
    load: { phase: 'loading', message: CONNECTING },
    health: null,
    attempt: 0,
    version: 0,
    counts: { typeCounts: {}, kindCounts: {}, totalNodes: 0, totalEdges: 0 },
    visible: { nodes: 0, edges: 0, statements: 0, unlinked: 0, round: 0 },
    expansions: {},
    expanding: null,
    notice: null,
    fresh: [],
    readingFocus: null,
    consoleOpen: false,
    consoleMounted: false,
    consoleIds: null,
    statementPlan: null,
    layout: 'idle',
    hovered: null,
    focus: null,
  };
}

export type SessionAction =
  /** A click on the canvas: a selection closes the console. */
  | { type: 'selectOnCanvas'; selection: ViewState['selection'] }
  /** Opens the reader, at the statement when one is given. */
  | { type: 'openArticleAt'; articleId: string; statementId: string | null }
  /** The topbar's Statements button: closes the finder shown, or opens an empty one. */
  | { type: 'toggleFinder' }
  | { type: 'toggleConsole' }
  | { type: 'closeConsole' }
  | { type: 'hover'; node: string | null }
  | { type: 'focus'; node: string; framing?: string[] }
  | { type: 'notify'; notice: string }
  /** An expansion was drawn: what it added, told and marked until the notice goes. */
  | { type: 'expansionShown'; notice: string; added: string[] }
  | { type: 'dismissNotice' }
  | { type: 'retry' }
  | { type: 'loading'; message: string }
  | { type: 'healthKnown'; health: HealthInfo }
  | { type: 'loadEmpty' }
  | { type: 'loadReady'; truncated: { shown: number; total: number } | null }
  | { type: 'loadFailed'; error: ApiRequestError }
  /** The graph was emptied for a new load: no expansion is drawn. */
  | { type: 'graphCleared' }
  | { type: 'expanding'; id: string | null }
  | { type: 'neighboursFetched'; id: string; info: ExpansionInfo }
  /** A console result was drawn: its entities, added to the graph or instead of it. */
  | {
      type: 'consoleGraphShown';
      mode: 'add' | 'replace';
      ids: string[];
      graphEmpty: boolean;
      /** The query whose result replaced the graph, for the link. */
      query: ConsoleQuery | null;
    }
  /** A link's console query was re-run and drawn instead of the overview. */
  | { type: 'consoleViewLoaded'; ids: string[] }
  /** Back from a console view to the overview: a new load, without the query. */
  | { type: 'leaveConsoleView' }
  | { type: 'structureChanged'; counts: GraphCounts }
  | { type: 'visibilityWritten'; counts: Omit<VisibleCounts, 'round'> }
  | { type: 'statementPlanned'; plan: StatementPlan | null }
  | { type: 'layoutStatus'; status: LayoutStatus };

export type ExplorerAction = ViewAction | SessionAction;

function withView(state: ExplorerState, action: ViewAction): ExplorerState {
  const view = viewReducer(state.view, action);
  return view === state.view ? state : { ...state, view };
}

export function explorerReducer(state: ExplorerState, action: ExplorerAction): ExplorerState {
  switch (action.type) {
    case 'selectOnCanvas':
      return {
        ...withView(state, { type: 'select', selection: action.selection }),
        consoleOpen: action.selection ? false : state.consoleOpen,
      };
    case 'openStatement':
    case 'openFinder':
      return { ...withView(state, action), consoleOpen: false };
    case 'openArticleAt':
      return {
        ...withView(state, { type: 'openArticle', articleId: action.articleId }),
        readingFocus: action.statementId,
      };
    case 'collapsed': {
      const expansions = { ...state.expansions };
      delete expansions[action.id];
      return { ...withView(state, action), expansions };
    }
    case 'graphReplaced':
      return { ...withView(state, action), expansions: {} };
    case 'toggleFinder':
      return state.view.finder && !state.consoleOpen
        ? withView(state, { type: 'closeFinder' })
        : { ...withView(state, { type: 'openFinder', text: '' }), consoleOpen: false };
    case 'toggleConsole':
      return { ...state, consoleOpen: !state.consoleOpen, consoleMounted: true };
    case 'closeConsole':
      return state.consoleOpen ? { ...state, consoleOpen: false } : state;
    case 'hover':
      return state.hovered === action.node ? state : { ...state, hovered: action.node };
    case 'focus':
      return {
        ...state,
        focus: { node: action.node, framing: action.framing ?? [], nonce: (state.focus?.nonce ?? 0) + 1 },
      };
    case 'notify':
      return { ...state, notice: action.notice, fresh: [] };
    case 'expansionShown':
      return { ...state, notice: action.notice, fresh: action.added };
    case 'dismissNotice':
      return { ...state, notice: null, fresh: [] };
    case 'retry':
      return { ...state, attempt: state.attempt + 1 };
    case 'loading':
      return { ...state, load: { phase: 'loading', message: action.message } };
    case 'healthKnown':
      return { ...state, health: action.health };
    case 'loadEmpty':
      return { ...state, load: { phase: 'empty' } };
    case 'loadReady':
      return { ...state, load: { phase: 'ready', truncated: action.truncated } };
    case 'loadFailed':
      return { ...state, load: { phase: 'error', error: action.error } };
    case 'graphCleared':
      return { ...state, expansions: {}, fresh: [] };
    case 'expanding':
      return { ...state, expanding: action.id };
    case 'neighboursFetched':
      return { ...state, expansions: { ...state.expansions, [action.id]: action.info } };
    case 'consoleGraphShown': {
      const replaced =
        action.mode === 'replace'
          ? { ...withView(state, { type: 'graphReplaced', consoleQuery: action.query }), expansions: {} }
          : state;
      const fills = state.load.phase === 'empty' && !action.graphEmpty;
      return {
        ...replaced,
        consoleIds: action.ids,
        load: fills ? { phase: 'ready', truncated: null } : state.load,
      };
    }
    case 'consoleViewLoaded':
      return { ...state, consoleIds: action.ids };
    case 'leaveConsoleView': {
      const left = withView(state, { type: 'graphReplaced', consoleQuery: null });
      return {
        ...left,
        view: { ...left.view, camera: null },
        expansions: {},
        consoleIds: null,
        attempt: state.attempt + 1,
      };
    }
    case 'structureChanged':
      return { ...state, version: state.version + 1, counts: action.counts };
    case 'visibilityWritten':
      return { ...state, visible: { ...action.counts, round: state.visible.round + 1 } };
    case 'statementPlanned':
      return state.statementPlan === action.plan ? state : { ...state, statementPlan: action.plan };
    case 'layoutStatus':
      return state.layout === action.status ? state : { ...state, layout: action.status };
    default:
      return withView(state, action);
  }
}
