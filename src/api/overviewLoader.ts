// Fetches a big overview in a module worker (overview.worker.ts): the worker sends the request
// with the page's token, parses the JSON and posts the graph back as chunks of typed arrays
// (overviewChunks.ts), so the seconds JSON.parse takes on 140 MB never run on the page's
// thread. The page reads the chunks as they arrive (streamOverview), so it can build its graph
// while the worker is still cutting and posting the rest. The worker's failures come back as
// the ApiRequestError the page's client would have thrown for the same answer (store down, an
// error answer, a body that is not JSON).
// Cancelled through `signal`: the worker is stopped and the stream throws CANCELLED.
import type { ApiErrorCode } from '../../contract/api.ts';
import type { CypherErrorInfo } from '../../contract/cypher.ts';
import { ApiClient, ApiRequestError, toApiError, type ClientConnection, type ClientErrorCode } from './client.ts';
import { chunkTransfer, encodePayload, type OverviewChunk, type OverviewHeader } from './overviewChunks.ts';

/** What the page asks the worker for. */
export interface OverviewRequest extends ClientConnection {
  limit: number;
}

/**
 * The overview's header and size, which the worker knows once it has parsed the JSON: sent
 * before any chunk, so that the page can plan the graph (where new nodes go) before building it.
 */
export interface OverviewStart {
  type: 'start';
  header: OverviewHeader;
  nodes: number;
  edges: number;
}

/** What the worker answers: the start, its chunks, then done; or a failure, at any point. */
export type OverviewReply =
  | OverviewStart
  | { type: 'chunk'; chunk: OverviewChunk }
  | { type: 'done' }
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

/** What streamOverview yields: the start first, then each chunk in the order the worker sent it. */
export type OverviewMessage = OverviewStart | { type: 'chunk'; chunk: OverviewChunk };

/**
 * The overview of at most `limit` nodes, fetched and parsed in a worker: its start, then its
 * chunks as they arrive. Throws the worker's failure, or CANCELLED once `signal` aborts (even
 * with messages still unread). The worker is started at the first `next()` and stopped when
 * the stream ends, throws, or is left (`return()`, a `for await` broken out of).
 */
export async function* streamOverview(
  connection: ClientConnection,
  limit: number,
  signal?: AbortSignal,
  createWorker: () => OverviewWorker = moduleWorker,
): AsyncGenerator<OverviewMessage, void, void> {
  const cancelled = () => new ApiRequestError('The request was cancelled.', 'CANCELLED', 0);
  if (signal?.aborted) throw cancelled();
  const worker = createWorker();
  const arrived: OverviewReply[] = [];
  let failure: ApiRequestError | null = null;
  let wake: (() => void) | null = null;
  const wakeUp = () => {
    wake?.();
    wake = null;
  };
  const abort = () => {
    failure = cancelled();
    wakeUp();
  };
  signal?.addEventListener('abort', abort);
  worker.onmessage = ({ data: reply }) => {
    arrived.push(reply);
    wakeUp();
  };
  worker.onerror = (message) => {
    failure ??= new ApiRequestError(`The graph could not be read: ${message}.`, 'CLIENT', 0);
    wakeUp();
  };
  try {
    worker.postMessage({ ...connection, limit });
    for (;;) {
      if (failure) throw failure;
      const reply = arrived.shift();
      if (!reply) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      if (reply.type === 'done') return;
      if (reply.type === 'failed') throw new ApiRequestError(reply.message, reply.code, reply.status, reply.cypher);
      yield reply;
    }
  } finally {
    worker.onmessage = null;
    worker.onerror = null;
    signal?.removeEventListener('abort', abort);
    worker.terminate();
  }
}

/** The chunks of an overview being streamed, as they arrive. */
export interface ChunkStream extends AsyncIterableIterator<OverviewChunk, undefined> {
  /** Leaves the stream, read or not: stops the worker. */
  return(): Promise<IteratorReturnResult<undefined>>;
}

/** An overview being streamed: its start, then its chunks. */
export interface OpenedOverview {
  start: OverviewStart;
  /** Throws as streamOverview does. */
  chunks: ChunkStream;
}

/** streamOverview, once its start is in: the header and size, and the chunks still to come. */
export async function openOverview(
  connection: ClientConnection,
  limit: number,
  signal?: AbortSignal,
  createWorker: () => OverviewWorker = moduleWorker,
): Promise<OpenedOverview> {
  const stream = streamOverview(connection, limit, signal, createWorker);
  const first = await stream.next();
  if (first.done || first.value.type !== 'start') {
    await stream.return();
    throw new ApiRequestError('The worker sent the overview without its start.', 'CLIENT', 0);
  }
  // Not an async generator: one left before its first next() would never run its `finally`,
  // and the worker would live on.
  const chunks: ChunkStream = {
    async next() {
      const read = await stream.next();
      if (read.done) return { done: true, value: undefined };
      if (read.value.type === 'chunk') return { done: false, value: read.value.chunk };
      await stream.return();
      throw new ApiRequestError('The worker sent the overview twice.', 'CLIENT', 0);
    },
    async return() {
      await stream.return();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return { start: first.value, chunks };
}

/**
 * The worker's side: sends the request as the page's client would (same base, same token),
 * and posts the graph's start (header and size), its chunks, then done; or the failure it met.
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
    const { cap, truncated, totalNodes } = payload;
    const start: OverviewStart = {
      type: 'start',
      header: { cap, truncated, totalNodes },
      nodes: payload.nodes.length,
      edges: payload.edges.length,
    };
    post(start, []);
    try {
      for (const chunk of encodePayload(payload)) post({ type: 'chunk', chunk }, chunkTransfer(chunk));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ApiRequestError(`The server sent an overview the page cannot read (${reason}).`, 'BAD_RESPONSE', 200);
    }
    post({ type: 'done' }, []);
  } catch (error) {
    const failure = toApiError(error);
    post(
      { type: 'failed', message: failure.message, code: failure.code, status: failure.status, cypher: failure.cypher },
      [],
    );
  }
}
