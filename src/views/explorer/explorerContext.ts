// What the explorer's panels and controllers share: the API client, the session's graph and
// renderer, the state (view and session, see core/explorer/explorerState.ts) and the named
// actions. They read it through useExplorer() instead of taking each piece as a prop; the
// keyboard, the toolbar and the panels call the same actions.
import { createContext, useContext, type MutableRefObject } from 'react';
import type { StatementView } from '../../../contract/api.ts';
import type { ApiClient } from '../../api/client.ts';
import type { ExpansionInfo, ExplorerAction, ExplorerState } from '../../core/explorer/explorerState.ts';
import type { Visibility } from '../../core/filters/filters.ts';
import type { ExplorerGraph, MergeResult } from '../../core/graph/explorerGraph.ts';
import type { Slicing } from '../../core/graph/slices.ts';
import type { LayoutRunner } from '../../core/layout/layoutRunner.ts';
import type { ViewState } from '../../core/url/urlState.ts';
import type { ExplorerSigma } from '../graph/SigmaContext.ts';
import type { ExplorerActions } from './useExplorerActions.ts';

export interface Explorer {
  client: ApiClient;
  graph: ExplorerGraph;
  /** The renderer, once the canvas is mounted. */
  sigma: ExplorerSigma | null;
  state: ExplorerState;
  view: ViewState;
  /** The view of the URL the page was opened with. */
  initialView: ViewState;
  actions: ExplorerActions;
  /** Statements the page already holds, by id. */
  knownStatements: ReadonlyMap<string, StatementView>;
}

/** What the store's effects and actions share: the objects of the session, not its state. */
export interface GraphSession {
  client: ApiClient;
  graph: ExplorerGraph;
  layout: LayoutRunner;
  dispatch: (action: ExplorerAction) => void;
  sigmaRef: MutableRefObject<ExplorerSigma | null>;
  /** The current view, for callbacks that must not change with it. */
  viewRef: MutableRefObject<ViewState>;
  initialView: ViewState;
  statementCache: Map<string, StatementView>;
  /** The plan of the statements last drawn as nodes; null when none are. */
  statementLayerKey: MutableRefObject<string | null>;
  visibilityRef: MutableRefObject<Visibility | null>;
  /** Rewrites flags, sizes and visibility after a change of structure, and refreshes once. */
  structureChanged: () => void;
  /** The same for a big graph just loaded, in slices between which the page paints and takes input. */
  structureChangedInSlices: (slicing: Slicing) => Promise<void>;
  /** Moves the camera to a node, framing `framing` with it when given (again once the layout stops). */
  focusNode: (node: string, framing?: string[]) => void;
  /** Fetches an entity's neighbours into the graph and records how many were drawn. */
  fetchNeighbours: (
    entityId: string,
    limit: number,
    signal?: AbortSignal,
  ) => Promise<MergeResult & { info: ExpansionInfo }>;
  attachSigma: (sigma: ExplorerSigma | null) => void;
}

export const ExplorerContext = createContext<Explorer | null>(null);

export function useExplorer(): Explorer {
  const explorer = useContext(ExplorerContext);
  if (!explorer) throw new Error('useExplorer() outside the explorer page');
  return explorer;
}
