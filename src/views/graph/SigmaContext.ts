import { createContext, useContext } from 'react';
import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from '../../core/graph/explorerGraph.ts';

export type ExplorerSigma = Sigma<NodeAttributes, EdgeAttributes>;

export const SigmaContext = createContext<ExplorerSigma | null>(null);

/** The sigma instance of the enclosing GraphCanvas, or null before it is mounted. */
export function useSigma(): ExplorerSigma | null {
  return useContext(SigmaContext);
}
