import { describe, expect, it } from 'vitest';
import type { GraphPayload } from '../../contract/api.ts';
import { ApiRequestError } from './client.ts';
import { decodeEdges, decodeNodes, encodeNodes } from './overviewChunks.ts';
import {
  answerOverviewRequest,
  openOverview,
  streamOverview,
  type OverviewReply,
  type OverviewRequest,
  type OverviewWorker,
} from './overviewLoader.ts';

const PAYLOAD: GraphPayload = {
  nodes: [
    {
      id: 'p:1',
      name: 'Giorgia Meloni',
      type: 'Person',
      aliases: ['Meloni'],
      mentions: 4,
      articles: 3,
      statementsBy: 2,
      statementsAbout: 1,
    },
    {
      id: 'o:2',
      name: 'Camera dei deputati',
      type: 'Organization',
      aliases: [],
      mentions: 2,
      articles: 2,
      statementsBy: 0,
      statementsAbout: 0,
    },
  ],
  edges: [
    {
      id: 'spoke_about:SPOKE_ABOUT:p:1->o:2',
      source: 'p:1',
      target: 'o:2',
      kind: 'spoke_about',
      type: 'SPOKE_ABOUT',
      weight: 1,
      evidenceIds: ['s:1'],
      firstDate: '2024-01-02',
      lastDate: '2024-01-02',
    },
  ],
  cap: 2,
  truncated: true,
  totalNodes: 7,
};

const REQUEST: OverviewRequest = { base: '/api', token: 'tok', limit: 5000 };

/** Runs the worker's side against an answer of `status` with `body`; returns what it posted and what it asked. */
async function answer(status: number, body: string) {
  const calls: { url: string; headers: Record<string, string> }[] = [];
  const replies: { reply: OverviewReply; transfer: Transferable[] }[] = [];
  const fetchImpl = (async (url: string, init?: RequestInit) => {
    calls.push({ url, headers: init?.headers as Record<string, string> });
    return new Response(body, { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  await answerOverviewRequest(REQUEST, (reply, transfer) => replies.push({ reply, transfer }), fetchImpl);
  return { calls, replies };
}

describe('answerOverviewRequest (the worker)', () => {
  it('sends the page client’s request with its token and posts the start, the graph as chunks, then done', async () => {
    const { calls, replies } = await answer(200, JSON.stringify(PAYLOAD));
    expect(calls).toStrictEqual([
      { url: '/api/graph/overview?limit=5000', headers: { accept: 'application/json', authorization: 'Bearer tok' } },
    ]);
    expect(replies.map(({ reply }) => reply.type)).toStrictEqual(['start', 'chunk', 'chunk', 'done']);
    expect(replies[0]).toStrictEqual({
      reply: { type: 'start', header: { cap: 2, truncated: true, totalNodes: 7 }, nodes: 2, edges: 1 },
      transfer: [],
    });
    expect(replies[3]).toStrictEqual({ reply: { type: 'done' }, transfer: [] });
    expect(replies[1]!.transfer).toHaveLength(4);
    expect(replies[2]!.transfer).toHaveLength(10);
    const [nodes, edges] = [replies[1]!.reply, replies[2]!.reply];
    expect([
      nodes.type === 'chunk' && nodes.chunk.kind === 'nodes' ? decodeNodes(nodes.chunk) : null,
      edges.type === 'chunk' && edges.chunk.kind === 'edges'
        ? decodeEdges(
            edges.chunk,
            PAYLOAD.nodes.map((node) => node.id),
          )
        : null,
    ]).toStrictEqual([PAYLOAD.nodes, PAYLOAD.edges]);
  });

  it('posts the server’s error answer as the client reads it', async () => {
    const { replies } = await answer(503, '{"error":"The graph database is not available.","code":"STORE_DOWN"}');
    expect(replies.map(({ reply }) => reply)).toStrictEqual([
      {
        type: 'failed',
        message: 'The graph database is not available.',
        code: 'STORE_DOWN',
        status: 503,
        cypher: null,
      },
    ]);
  });

  it('says when the answer is not JSON', async () => {
    const { replies } = await answer(200, '{"nodes":[');
    expect(replies.map(({ reply }) => reply)).toStrictEqual([
      {
        type: 'failed',
        message: 'The server sent an answer that is not JSON.',
        code: 'BAD_RESPONSE',
        status: 200,
        cypher: null,
      },
    ]);
  });

  it('says when the JSON is not a graph, or has nodes it cannot read', async () => {
    const notGraph = await answer(200, '{"nodes":{},"edges":[]}');
    expect(notGraph.replies.map(({ reply }) => reply)).toStrictEqual([
      {
        type: 'failed',
        message: 'The server sent an overview that is not a graph.',
        code: 'BAD_RESPONSE',
        status: 200,
        cypher: null,
      },
    ]);
    const badNode = await answer(200, '{"nodes":[{"id":"p:1","name":"X","type":"Person"}],"edges":[]}');
    expect(badNode.replies.map(({ reply }) => reply.type)).toStrictEqual(['start', 'failed']);
    const failed = badNode.replies[1]!.reply;
    expect(failed.type === 'failed' && failed.code).toBe('BAD_RESPONSE');
    expect(
      failed.type === 'failed' && failed.message.startsWith('The server sent an overview the page cannot read ('),
    ).toBe(true);
  });
});

/** A worker whose replies the test sends itself. */
function fakeWorker() {
  const worker: OverviewWorker & { requests: OverviewRequest[]; terminated: number } = {
    onmessage: null,
    onerror: null,
    requests: [],
    terminated: 0,
    postMessage(request) {
      this.requests.push(request);
    },
    terminate() {
      this.terminated++;
    },
  };
  return worker;
}

const START: OverviewReply = {
  type: 'start',
  header: { cap: 300, truncated: false, totalNodes: 2 },
  nodes: 2,
  edges: 0,
};

describe('streamOverview (the page)', () => {
  it('asks the worker with the client’s connection and yields its start and chunks as they arrive', async () => {
    const worker = fakeWorker();
    const stream = streamOverview({ base: '/api', token: 't' }, 300, undefined, () => worker);
    const first = stream.next();
    expect(worker.requests).toStrictEqual([{ base: '/api', token: 't', limit: 300 }]);
    worker.onmessage?.({ data: START });
    expect(await first).toStrictEqual({ done: false, value: START });
    const chunk = encodeNodes(PAYLOAD.nodes.slice(0, 1));
    const second = stream.next();
    worker.onmessage?.({ data: { type: 'chunk', chunk } });
    expect(await second).toStrictEqual({ done: false, value: { type: 'chunk', chunk } });
    const later = encodeNodes(PAYLOAD.nodes.slice(1));
    worker.onmessage?.({ data: { type: 'chunk', chunk: later } });
    worker.onmessage?.({ data: { type: 'done' } });
    expect(await stream.next()).toStrictEqual({ done: false, value: { type: 'chunk', chunk: later } });
    expect(worker.terminated).toBe(0);
    expect(await stream.next()).toStrictEqual({ done: true, value: undefined });
    expect(worker.terminated).toBe(1);
  });

  it('throws the error the worker met, after the chunks before it', async () => {
    const worker = fakeWorker();
    const stream = streamOverview({ base: '/api', token: null }, 300, undefined, () => worker);
    const first = stream.next();
    worker.onmessage?.({ data: START });
    worker.onmessage?.({
      data: { type: 'failed', message: 'Invalid token.', code: 'UNAUTHORIZED', status: 401, cypher: null },
    });
    expect(await first).toStrictEqual({ done: false, value: START });
    const error = await stream.next().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect([
      (error as ApiRequestError).message,
      (error as ApiRequestError).code,
      (error as ApiRequestError).status,
    ]).toStrictEqual(['Invalid token.', 'UNAUTHORIZED', 401]);
    expect(worker.terminated).toBe(1);
  });

  it('throws when the worker itself fails', async () => {
    const worker = fakeWorker();
    const stream = streamOverview({ base: '/api', token: null }, 300, undefined, () => worker);
    const first = stream.next();
    worker.onerror?.('script not found');
    const error = (await first.catch((e: unknown) => e)) as ApiRequestError;
    expect([error.message, error.code]).toStrictEqual(['The graph could not be read: script not found.', 'CLIENT']);
    expect(worker.terminated).toBe(1);
  });

  it('stops the worker when cancelled, even with chunks unread, and ignores what it sends afterwards', async () => {
    const worker = fakeWorker();
    const controller = new AbortController();
    const stream = streamOverview({ base: '/api', token: null }, 300, controller.signal, () => worker);
    const first = stream.next();
    worker.onmessage?.({ data: START });
    await first;
    worker.onmessage?.({ data: { type: 'chunk', chunk: encodeNodes(PAYLOAD.nodes) } });
    const listening = worker.onmessage;
    controller.abort();
    const error = (await stream.next().catch((e: unknown) => e)) as ApiRequestError;
    expect(error.code).toBe('CANCELLED');
    expect(worker.terminated).toBe(1);
    expect(worker.onmessage).toBe(null);
    expect(listening).not.toBe(null);
  });

  it('stops the worker when the page leaves the stream', async () => {
    const worker = fakeWorker();
    const stream = streamOverview({ base: '/api', token: null }, 300, undefined, () => worker);
    const first = stream.next();
    worker.onmessage?.({ data: START });
    await first;
    expect(await stream.return()).toStrictEqual({ done: true, value: undefined });
    expect(worker.terminated).toBe(1);
  });

  it('starts no worker for a request already cancelled', async () => {
    let started = 0;
    const controller = new AbortController();
    controller.abort();
    const stream = streamOverview({ base: '/api', token: null }, 300, controller.signal, () => {
      started++;
      return fakeWorker();
    });
    expect(((await stream.next().catch((e: unknown) => e)) as ApiRequestError).code).toBe('CANCELLED');
    expect(started).toBe(0);
  });
});

describe('openOverview (the page)', () => {
  it('gives the start, then the chunks alone', async () => {
    const worker = fakeWorker();
    const opening = openOverview({ base: '/api', token: null }, 300, undefined, () => worker);
    const chunk = encodeNodes(PAYLOAD.nodes);
    worker.onmessage?.({ data: START });
    worker.onmessage?.({ data: { type: 'chunk', chunk } });
    worker.onmessage?.({ data: { type: 'done' } });
    const { start, chunks } = await opening;
    expect(start).toStrictEqual(START);
    const read = [];
    for await (const each of chunks) read.push(each);
    expect(read).toStrictEqual([chunk]);
    expect(worker.terminated).toBe(1);
  });

  it('stops the worker when the page leaves the chunks before reading any', async () => {
    const worker = fakeWorker();
    const opening = openOverview({ base: '/api', token: null }, 300, undefined, () => worker);
    worker.onmessage?.({ data: START });
    const { chunks } = await opening;
    expect(worker.terminated).toBe(0);
    expect(await chunks.return()).toStrictEqual({ done: true, value: undefined });
    expect(worker.terminated).toBe(1);
  });

  it('fails when the worker sends a chunk before the start', async () => {
    const worker = fakeWorker();
    const opening = openOverview({ base: '/api', token: null }, 300, undefined, () => worker);
    worker.onmessage?.({ data: { type: 'chunk', chunk: encodeNodes(PAYLOAD.nodes) } });
    const error = (await opening.catch((e: unknown) => e)) as ApiRequestError;
    expect([error.message, error.code]).toStrictEqual(['The worker sent the overview without its start.', 'CLIENT']);
    expect(worker.terminated).toBe(1);
  });
});
