// What the explorer's panels share: the API client, the session's graph, the view state and
// its named actions, and the page's actions that also touch the graph (bringing an entity
// in, expanding, collapsing, focusing). Panels read it through useExplorer() instead of
// taking each piece as a prop.
import { createContext, useContext } from 'react';
import type { StatementView } from '../../../contract/api.ts';
import type { ApiClient } from '../../api/client.ts';
import type { ViewActions } from '../../core/explorer/viewActions.ts';
import type { ExplorerGraph } from '../../core/graph/explorerGraph.ts';
import type { ViewState } from '../../core/url/urlState.ts';

export interface Explorer {
  client: ApiClient;
  graph: ExplorerGraph;
  view: ViewState;
  actions: ViewActions;
  /** Selects an entity, brings it into the graph if needed, and centres it. */
  openEntity: (entityId: string) => Promise<void>;
  /** Opens the reader, at the statement when one is given. */
  openArticle: (articleId: string, statementId?: string) => void;
  openStatement: (statement: StatementView) => void;
  expand: (entityId: string, limit?: number) => Promise<boolean>;
  collapse: (entityId: string) => void;
  focusNode: (node: string) => void;
}

export const ExplorerContext = createContext<Explorer | null>(null);

export function useExplorer(): Explorer {
  const explorer = useContext(ExplorerContext);
  if (!explorer) throw new Error('useExplorer() outside the explorer page');
  return explorer;
}
