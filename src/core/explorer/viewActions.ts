// The explorer's view state (what the URL holds) changes only through these actions, as a
// pure reducer; explorerReducer (explorerState.ts) applies them to the view and adds the
// session around it. Effects (fetching, merging into the graph, layout) stay with the
// store's hooks, which dispatch what they did.
import { isStatementNodeId, statementNodeId } from '../aggregation/statementNodes.ts';
import type { FilterState } from '../filters/filters.ts';
import type { SizeMode } from '../graph/explorerGraph.ts';
import { EMPTY_FINDER, type StatementFinder } from '../search/statementFinder.ts';
import { DEFAULT_TABLE, type StatementsTableView } from '../table/statementsTable.ts';
import {
  DEFAULT_ENTITY_PANEL,
  withCamera,
  type CameraView,
  type ColorMode,
  type ConsoleQuery,
  type EntityPanelView,
  type Selection,
  type ViewState,
} from '../url/urlState.ts';

export type ViewAction =
  | { type: 'select'; selection: Selection | null }
  | { type: 'openStatement'; statementId: string }
  | { type: 'openArticle'; articleId: string }
  | { type: 'closeArticle' }
  | { type: 'setFilters'; filters: FilterState }
  | { type: 'setSizeBy'; sizeBy: SizeMode }
  | { type: 'setColorBy'; colorBy: ColorMode }
  | { type: 'setCamera'; camera: CameraView | null }
  | { type: 'hideNode'; id: string }
  | { type: 'revealNode'; id: string }
  | { type: 'showHidden' }
  | { type: 'expanded'; id: string; limit: number }
  | { type: 'collapsed'; id: string }
  | { type: 'restoredExpansions'; expanded: ViewState['expanded'] }
  /** A console result replaced the graph: the query a link re-runs, or null when it cannot. */
  | { type: 'graphReplaced'; consoleQuery: ConsoleQuery | null }
  | { type: 'setEntityPanel'; panel: EntityPanelView }
  | { type: 'setStatementNodes'; on: boolean }
  | { type: 'openFinder'; text: string }
  | { type: 'setFinder'; finder: StatementFinder }
  | { type: 'closeFinder' }
  /** The statements table: opened as it was left in the URL, or with its defaults. */
  | { type: 'toggleTable' }
  | { type: 'setTable'; table: StatementsTableView }
  | { type: 'closeTable' }
  | { type: 'escape' };

export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'select': {
      // Another entity opens on its first tab, with no chip chosen.
      const same = action.selection?.kind === 'node' && state.selection?.id === action.selection.id;
      return {
        ...state,
        selection: action.selection,
        reading: null,
        entityPanel: same ? state.entityPanel : DEFAULT_ENTITY_PANEL,
      };
    }
    case 'setEntityPanel':
      return { ...state, entityPanel: action.panel };
    case 'openStatement':
      return { ...state, selection: { kind: 'node', id: statementNodeId(action.statementId) }, reading: null };
    case 'openArticle':
      return { ...state, reading: action.articleId };
    case 'closeArticle':
      return { ...state, reading: null };
    case 'setFilters':
      return { ...state, filters: action.filters };
    case 'setSizeBy':
      return { ...state, sizeBy: action.sizeBy };
    case 'setColorBy':
      return { ...state, colorBy: action.colorBy };
    case 'setCamera':
      return withCamera(state, action.camera);
    case 'hideNode':
      return {
        ...state,
        selection: null,
        hiddenNodes: state.hiddenNodes.includes(action.id) ? state.hiddenNodes : [...state.hiddenNodes, action.id],
      };
    case 'revealNode':
      return state.hiddenNodes.includes(action.id)
        ? { ...state, hiddenNodes: state.hiddenNodes.filter((id) => id !== action.id) }
        : state;
    case 'showHidden':
      return { ...state, hiddenNodes: [] };
    case 'expanded':
      // The default number of neighbours is written as 0, so links stay short.
      return {
        ...state,
        expanded: [...state.expanded.filter((e) => e.id !== action.id), { id: action.id, limit: action.limit }],
      };
    case 'collapsed':
      return { ...state, expanded: state.expanded.filter((e) => e.id !== action.id) };
    case 'restoredExpansions':
      return { ...state, expanded: action.expanded };
    case 'graphReplaced':
      return {
        ...state,
        expanded: [],
        selection: null,
        entityPanel: DEFAULT_ENTITY_PANEL,
        consoleQuery: action.consoleQuery,
      };
    case 'setStatementNodes': {
      const selectsStatement = state.selection?.kind === 'node' && isStatementNodeId(state.selection.id);
      return {
        ...state,
        statementNodes: action.on,
        selection: !action.on && selectsStatement ? null : state.selection,
      };
    }
    case 'openFinder':
      return { ...state, finder: { ...EMPTY_FINDER, text: action.text }, selection: null, reading: null };
    case 'setFinder':
      return { ...state, finder: action.finder };
    case 'closeFinder':
      return { ...state, finder: null };
    case 'toggleTable':
      return { ...state, table: state.table ? null : DEFAULT_TABLE };
    case 'setTable':
      return { ...state, table: action.table };
    case 'closeTable':
      return state.table ? { ...state, table: null } : state;
    case 'escape':
      // Closes the topmost panel: the reader, then the selection, then the finder, then the table.
      if (state.reading) return { ...state, reading: null };
      if (state.selection) return { ...state, selection: null };
      if (state.finder) return { ...state, finder: null };
      if (state.table) return { ...state, table: null };
      return state;
  }
}

/** The named actions over a dispatch, for the page and its panels. */
export function viewActions(dispatch: (action: ViewAction) => void) {
  return {
    select: (selection: Selection | null) => dispatch({ type: 'select', selection }),
    openStatement: (statementId: string) => dispatch({ type: 'openStatement', statementId }),
    openArticle: (articleId: string) => dispatch({ type: 'openArticle', articleId }),
    closeArticle: () => dispatch({ type: 'closeArticle' }),
    setFilters: (filters: FilterState) => dispatch({ type: 'setFilters', filters }),
    setSizeBy: (sizeBy: SizeMode) => dispatch({ type: 'setSizeBy', sizeBy }),
    setColorBy: (colorBy: ColorMode) => dispatch({ type: 'setColorBy', colorBy }),
    setCamera: (camera: CameraView | null) => dispatch({ type: 'setCamera', camera }),
    hideNode: (id: string) => dispatch({ type: 'hideNode', id }),
    revealNode: (id: string) => dispatch({ type: 'revealNode', id }),
    showHidden: () => dispatch({ type: 'showHidden' }),
    expanded: (id: string, limit: number) => dispatch({ type: 'expanded', id, limit }),
    collapsed: (id: string) => dispatch({ type: 'collapsed', id }),
    restoredExpansions: (expanded: ViewState['expanded']) => dispatch({ type: 'restoredExpansions', expanded }),
    graphReplaced: (consoleQuery: ConsoleQuery | null) => dispatch({ type: 'graphReplaced', consoleQuery }),
    setEntityPanel: (panel: EntityPanelView) => dispatch({ type: 'setEntityPanel', panel }),
    setStatementNodes: (on: boolean) => dispatch({ type: 'setStatementNodes', on }),
    openFinder: (text: string) => dispatch({ type: 'openFinder', text }),
    setFinder: (finder: StatementFinder) => dispatch({ type: 'setFinder', finder }),
    closeFinder: () => dispatch({ type: 'closeFinder' }),
    toggleTable: () => dispatch({ type: 'toggleTable' }),
    setTable: (table: StatementsTableView) => dispatch({ type: 'setTable', table }),
    closeTable: () => dispatch({ type: 'closeTable' }),
    escape: () => dispatch({ type: 'escape' }),
  };
}

export type ViewActions = ReturnType<typeof viewActions>;
