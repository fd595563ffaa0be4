// A request tied to a component: aborted when its inputs change or the component goes away;
// and the sentence that explains a failed request.
import { useCallback, useEffect, useState } from 'react';
import { toApiError, type ApiRequestError } from './client.ts';

export type Remote<T> = { status: 'loading' } | { status: 'ok'; data: T } | { status: 'error'; error: ApiRequestError };

export function useApi<T>(
  request: ((signal: AbortSignal) => Promise<T>) | null,
  deps: readonly unknown[],
): [Remote<T> | null, () => void] {
  const [state, setState] = useState<Remote<T> | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!request) {
      setState(null);
      return undefined;
    }
    const controller = new AbortController();
    setState({ status: 'loading' });
    request(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ok', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', error: toApiError(error) });
      },
    );
    return () => controller.abort();
    // `request` is rebuilt every render; `deps` say when it really changes.
  }, [...deps, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, retry];
}

/** A sentence a journalist can act on, for each failure the API can report. */
export function explainError(error: ApiRequestError): string {
  switch (error.code) {
    case 'NETWORK':
      return 'The newsgraph server cannot be reached. Start it with `npm run demo` (or `newsgraph serve`) and try again.';
    case 'STORE_DOWN':
      return `The graph database is not available: ${error.message}`;
    case 'UNAUTHORIZED':
      return 'This server needs an access token: open the link with ?token=… as printed by the server.';
    case 'NOT_FOUND':
      return 'Not found: it may have been removed from the database.';
    default:
      return error.message;
  }
}
