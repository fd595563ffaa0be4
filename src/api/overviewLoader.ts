// Fetches a big overview in a module worker (overview.worker.ts): the worker sends the request
// with the page's token, parses the JSON and posts the graph back as chunks of typed arrays
// (overviewChunks.ts), so the seconds JSON.parse takes on 140 MB never run on the page's
// thread. The worker's failures come back as the ApiRequestError the page's client would have
// thrown for the same answer (store down, an error answer, a body that is not JSON).
// Cancelled through `signal`: the worker is stopped and the promise rejects with CANCELLED.
import type { ApiErrorCode } from '../../contract/api.ts';
import type { CypherErrorInfo } from '../../contract/cypher.ts';
import { ApiClient, ApiRequestError, toApiError, type ClientConnection, type ClientErrorCode } from './client.ts';
import { chunkTransfer, encodePayload, type OverviewChunk, type OverviewHeader } from './overviewChunks.ts';

/** What the page asks the worker for. */
export interface OverviewRequest extends ClientConnection {
  limit: number;
}

/** What the worker answers: chunks, then the header once every chunk is sent; or a failure. */
export type OverviewReply =
  | { type: 'chunk'; chunk: OverviewChunk }
  | { type: 'done'; header: OverviewHeader }
  | {
      type: 'failed';
      message: string;
      code: ApiErrorCode | ClientErrorCode;
      status: number;
      cypher: CypherErrorInfo | null;
    };

/** The part of a Worker the loader uses (a test gives a fake one, to order the messages itself). */
export interface OverviewWorker {
  onmessage: ((event: { data: OverviewReply }) => void) | null;
  /** The worker could not run (its script failed to load, or threw outside a request). */
  onerror: ((message: string) => void) | null;
  postMessage(request: OverviewRequest): void;
  terminate(): void;
}

export interface OverviewChunks {
  header: OverviewHeader;
  chunks: OverviewChunk[];
}

function moduleWorker(): OverviewWorker {
  const worker = new Worker(new URL('./overview.worker.ts', import.meta.url), { type: 'module' });
  const overview: OverviewWorker = {
    onmessage: null,
    onerror: null,
    postMessage: (request) => worker.postMessage(request),
    terminate: () => worker.terminate(),
  };
  worker.onmessage = (event: MessageEvent<OverviewReply>) => overview.onmessage?.(event);
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    overview.onerror?.(event.message || 'the worker failed to start');
  };
  worker.onmessageerror = () => overview.onerror?.('a message from the worker could not be read');
  return overview;
}

/** The overview of at most `limit` nodes, fetched and parsed in a worker, as chunks. */
export function fetchOverviewChunks(
  connection: ClientConnection,
  limit: number,
  signal?: AbortSignal,
  createWorker: () => OverviewWorker = moduleWorker,
): Promise<OverviewChunks> {
  return new Promise<OverviewChunks>((resolve, reject) => {
    const cancelled = () => new ApiRequestError('The request was cancelled.', 'CANCELLED', 0);
    if (signal?.aborted) {
      reject(cancelled());
      return;
    }
    const worker = createWorker();
    const chunks: OverviewChunk[] = [];
    const finish = () => {
      worker.onmessage = null;
      worker.onerror = null;
      signal?.removeEventListener('abort', abort);
      worker.terminate();
    };
    const abort = () => {
      finish();
      reject(cancelled());
    };
    signal?.addEventListener('abort', abort);
    worker.onmessage = ({ data: reply }) => {
      if (reply.type === 'chunk') {
        chunks.push(reply.chunk);
        return;
      }
      finish();
      if (reply.type === 'done') resolve({ header: reply.header, chunks });
      else reject(new ApiRequestError(reply.message, reply.code, reply.status, reply.cypher));
    };
    worker.onerror = (message) => {
      finish();
      reject(new ApiRequestError(`The graph could not be read: ${message}.`, 'CLIENT', 0));
    };
    worker.postMessage({ ...connection, limit });
  });
}

/**
 * The worker's side: sends the request as the page's client would (same base, same token),
 * and posts the graph as chunks then its header, or the failure the client met.
 */
export async function answerOverviewRequest(
  request: OverviewRequest,
  post: (reply: OverviewReply, transfer: Transferable[]) => void,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): Promise<void> {
  try {
    const payload = await new ApiClient(request.base, request.token, fetchImpl).overview({ limit: request.limit });
    if (typeof payload !== 'object' || !Array.isArray(payload.nodes) || !Array.isArray(payload.edges))
      throw new ApiRequestError('The server sent an overview that is not a graph.', 'BAD_RESPONSE', 200);
    try {
      for (const chunk of encodePayload(payload)) post({ type: 'chunk', chunk }, chunkTransfer(chunk));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ApiRequestError(`The server sent an overview the page cannot read (${reason}).`, 'BAD_RESPONSE', 200);
    }
    const { cap, truncated, totalNodes } = payload;
    post({ type: 'done', header: { cap, truncated, totalNodes } }, []);
  } catch (error) {
    const failure = toApiError(error);
    post(
      { type: 'failed', message: failure.message, code: failure.code, status: failure.status, cypher: failure.cypher },
      [],
    );
  }
}
