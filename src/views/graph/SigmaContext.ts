import { createContext, useContext } from 'react';
import type { ExplorerRenderer } from './render/explorerRenderer.ts';

/** The explorer's renderer: sigma with the additions of explorerRenderer.ts. */
export type ExplorerSigma = ExplorerRenderer;

export const SigmaContext = createContext<ExplorerSigma | null>(null);

/** The sigma instance of the enclosing GraphCanvas, or null before it is mounted. */
export function useSigma(): ExplorerSigma | null {
  return useContext(SigmaContext);
}
