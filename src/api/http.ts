// The one way the page talks to the API: the page's bearer token (token.ts) on every
// call, JSON bodies, and a network failure told apart from an abort. Callers turn the
// answers into their own error types.

export const UNREACHABLE_MESSAGE = 'The newsgraph server cannot be reached. Is it running?';

export interface ApiCall {
  method?: 'GET' | 'POST';
  token: string | null;
  /** Sent as JSON. */
  body?: unknown;
  /** Ask for JSON (`accept: application/json`). */
  json?: boolean;
  signal?: AbortSignal;
}

/**
 * Sends one request. Resolves with the response, or with `null` when the server could not
 * be reached; an aborted request rejects with the abort as fetch gives it.
 */
export async function sendApi(fetchImpl: typeof fetch, url: string, call: ApiCall): Promise<Response | null> {
  const headers: Record<string, string> = {};
  if (call.json) headers.accept = 'application/json';
  if (call.body !== undefined) headers['content-type'] = 'application/json';
  if (call.token) headers.authorization = `Bearer ${call.token}`;
  const init: RequestInit = { headers, signal: call.signal };
  if (call.method) init.method = call.method;
  if (call.body !== undefined) init.body = JSON.stringify(call.body);
  try {
    return await fetchImpl(url, init);
  } catch (error) {
    if (call.signal?.aborted) throw error;
    return null;
  }
}

/** The response's JSON body, or null when it is empty or not JSON. */
export async function readJsonBody(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}
