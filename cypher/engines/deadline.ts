// How long an engine may take over a user query, and what its caller is told when the
// query is stopped: TIMEOUT at the deadline, CANCELLED when the caller's signal aborts
// (the API's client went away). Both engines run their queries through this or, for the
// embedded engine's query process, through the same infos.

import type { CypherErrorInfo } from '../../contract/cypher.ts';
import { CypherQueryError } from '../queryError.ts';

/** How long a user query may run when its caller names no timeout. */
export const DEFAULT_TIMEOUT_MS = 10_000;

export function timeoutInfo(timeoutMs: number): CypherErrorInfo {
  return { code: 'TIMEOUT', message: `The query ran longer than ${timeoutMs} ms and was stopped.` };
}

export function cancelledInfo(): CypherErrorInfo {
  return { code: 'CANCELLED', message: 'The query was cancelled.' };
}

/**
 * Waits for `work` at most `timeoutMs` (and until `signal` aborts), then throws a
 * CypherQueryError (TIMEOUT, or CANCELLED when the signal aborts). The work itself keeps
 * running: the caller decides what to do with it once it settles (`onAbandon`).
 */
export async function withDeadline<T>(
  work: Promise<T>,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  onAbandon: (work: Promise<T>) => void,
): Promise<T> {
  if (signal?.aborted) {
    onAbandon(work);
    throw new CypherQueryError(cancelledInfo());
  }
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  let abandoned = false;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abandoned = true;
      reject(new CypherQueryError(timeoutInfo(timeoutMs)));
    }, timeoutMs);
    onAbort = () => {
      abandoned = true;
      reject(new CypherQueryError(cancelledInfo()));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work, deadline]);
  } catch (error) {
    if (abandoned) onAbandon(work);
    throw error;
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }
}
