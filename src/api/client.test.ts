import { describe, expect, it } from 'vitest';
import { ApiClient, ApiRequestError, toApiError, UNREACHABLE_MESSAGE } from './client.ts';

function recorder(status: number, body: string) {
  const calls: { url: string; headers: Record<string, string> }[] = [];
  const fetchImpl = (async (url: string, init?: RequestInit) => {
    calls.push({ url, headers: init?.headers as Record<string, string> });
    return new Response(body, { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { calls, fetchImpl };
}

describe('ApiClient', () => {
  it('builds query strings and sends the bearer token', async () => {
    const { calls, fetchImpl } = recorder(200, '{"results":[]}');
    const client = new ApiClient('/api', 'tok', fetchImpl);
    await client.search('Peskóv & co', 10);
    await client.overview({ limit: 50, types: ['Person', 'Place'] });
    await client.statements({ speaker: 'p:1', about: undefined, limit: 5 });
    await client.searchStatements({ text: 'non è vero', kinds: ['direct', 'partial'], cue: 'ha detto', limit: 8 });
    await client.searchStatements({ text: '', kinds: [], cue: '', limit: 20 });
    expect(calls.map((c) => c.url)).toStrictEqual([
      '/api/search?q=Pesk%C3%B3v+%26+co&limit=10',
      '/api/graph/overview?limit=50&types=Person%2CPlace',
      '/api/statements?speaker=p%3A1&limit=5',
      '/api/statements/search?q=non+%C3%A8+vero&kinds=direct%2Cpartial&cue=ha+detto&limit=8',
      '/api/statements/search?limit=20',
    ]);
    expect(calls[0]?.headers.authorization).toBe('Bearer tok');
  });

  it('asks for outlets, a scope, statements by id and the timeline of a scope', async () => {
    const calls: { url: string; method: string | undefined; body: unknown }[] = [];
    const fetchImpl = (async (url: string, init?: RequestInit) => {
      calls.push({
        url,
        method: init?.method,
        body: init?.body === undefined ? undefined : JSON.parse(String(init.body)),
      });
      return new Response('{}', { status: 200 });
    }) as typeof fetch;
    const client = new ApiClient('/api', null, fetchImpl);
    await client.outlets();
    await client.scope({ outlet: '-', from: '2021-12', to: null });
    await client.scope({ outlet: 'it.sputniknews.com' });
    await client.statementsByIds(['s1', 's2']);
    await client.statementTimeline();
    await client.statementTimeline({
      outlet: 'Gazzetta di Prova',
      publishedFrom: '2021',
      publishedTo: null,
      article: 'a 1',
    });
    expect(calls).toStrictEqual([
      { url: '/api/scope/outlets', method: undefined, body: undefined },
      { url: '/api/scope?outlet=-&from=2021-12', method: undefined, body: undefined },
      { url: '/api/scope?outlet=it.sputniknews.com', method: undefined, body: undefined },
      { url: '/api/statements/by-id', method: 'POST', body: { ids: ['s1', 's2'] } },
      { url: '/api/statements/timeline', method: undefined, body: undefined },
      {
        url: '/api/statements/timeline?outlet=Gazzetta+di+Prova&pubFrom=2021&article=a+1',
        method: undefined,
        body: undefined,
      },
    ]);
  });

  it('posts an export by ids with the token and names the file from the answer', async () => {
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    const fetchImpl = (async (url: string, init?: RequestInit) => {
      calls.push({ url, init });
      return new Response('<gexf/>', {
        status: 200,
        headers: { 'content-disposition': 'attachment; filename="newsgraph-selection.gexf"' },
      });
    }) as typeof fetch;
    const file = await new ApiClient('/api', 'tok', fetchImpl).exportFile({ format: 'gexf', ids: ['a', 'b'] });
    expect([file.filename, await file.blob.text()]).toStrictEqual(['newsgraph-selection.gexf', '<gexf/>']);
    expect([calls[0]?.url, calls[0]?.init?.method, calls[0]?.init?.body]).toStrictEqual([
      '/api/export',
      'POST',
      '{"format":"gexf","ids":["a","b"]}',
    ]);
    expect((calls[0]?.init?.headers as Record<string, string>).authorization).toBe('Bearer tok');
  });

  it('asks for a page of the statements table and downloads its CSV with the same filters', async () => {
    const calls: { url: string; headers: Record<string, string> }[] = [];
    const fetchImpl = (async (url: string, init?: RequestInit) => {
      calls.push({ url, headers: init?.headers as Record<string, string> });
      return url.includes('.csv')
        ? new Response('\uFEFFspeaker\r\n', {
            status: 200,
            headers: { 'content-disposition': 'attachment; filename="statements-2026-12-06.csv"' },
          })
        : new Response('{"statements":[],"total":0,"offset":0,"truncated":false}', { status: 200 });
    }) as typeof fetch;
    const client = new ApiClient('/api', 'tok', fetchImpl);
    const filter = {
      text: 'non è vero',
      within: 'sentence' as const,
      kinds: [],
      acts: ['denial' as const],
      sort: 'speaker' as const,
      dir: 'asc' as const,
    };
    expect(await client.searchStatements({ ...filter, offset: 50, limit: 50 })).toStrictEqual({
      statements: [],
      total: 0,
      offset: 0,
      truncated: false,
    });
    const file = await client.statementsCsv(filter);
    // The byte-order mark stays in the file's bytes (text() would drop it).
    expect([file.filename, file.blob.size, await file.blob.text()]).toStrictEqual([
      'statements-2026-12-06.csv',
      12,
      'speaker\r\n',
    ]);
    expect(calls.map((call) => [call.url, call.headers.authorization, call.headers.accept])).toStrictEqual([
      [
        '/api/statements/search?q=non+%C3%A8+vero&in=sentence&acts=denial&sort=speaker&dir=asc&offset=50&limit=50',
        'Bearer tok',
        'application/json',
      ],
      [
        '/api/statements/search.csv?q=non+%C3%A8+vero&in=sentence&acts=denial&sort=speaker&dir=asc',
        'Bearer tok',
        'text/csv',
      ],
    ]);
  });

  it('turns a refused export into a coded error', async () => {
    const { fetchImpl } = recorder(400, '{"error":"body/ids must NOT have fewer than 1 items","code":"BAD_REQUEST"}');
    const error = await new ApiClient('/api', null, fetchImpl)
      .exportFile({ format: 'json', ids: [] })
      .catch((e: unknown) => e);
    expect(error instanceof ApiRequestError && [error.code, error.status]).toStrictEqual(['BAD_REQUEST', 400]);
  });

  it('posts a console query with parameters, row cap and bearer token, and reads the schema with GET', async () => {
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    const answer = { columns: ['n'], rows: [[1]], truncated: false, rowCap: 100, elapsedMs: 2 };
    const fetchImpl = (async (url: string, init?: RequestInit) => {
      calls.push({ url, init });
      return new Response(JSON.stringify(answer), { status: 200 });
    }) as typeof fetch;
    const client = new ApiClient('/api', 'secret', fetchImpl);
    expect(await client.cypher('RETURN $n AS n', { n: 1 }, 100)).toStrictEqual(answer);
    await client.schema();
    expect(calls.map((c) => [c.url, c.init?.method, c.init?.body, c.init?.headers])).toStrictEqual([
      [
        '/api/cypher',
        'POST',
        '{"query":"RETURN $n AS n","params":{"n":1},"rowCap":100}',
        { accept: 'application/json', 'content-type': 'application/json', authorization: 'Bearer secret' },
      ],
      ['/api/schema', undefined, undefined, { accept: 'application/json', authorization: 'Bearer secret' }],
    ]);
  });
});

/** What a call rejected with, as the fields a caller reads. */
async function failure(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiRequestError)) throw new Error(`expected an ApiRequestError, got ${String(error)}`);
  return { code: error.code, status: error.status, message: error.message, cypher: error.cypher };
}

function answering(status: number, body: string): typeof fetch {
  return async () => new Response(body, { status });
}

describe('ApiRequestError mapping', () => {
  it('keeps the server error code, message and status', async () => {
    const client = new ApiClient('/api', null, answering(503, '{"error":"store is down","code":"STORE_DOWN"}'));
    expect(await failure(client.health())).toStrictEqual({
      code: 'STORE_DOWN',
      status: 503,
      message: 'store is down',
      cypher: null,
    });
  });

  it('keeps a refused query with its reason and position', async () => {
    const cypher = {
      code: 'READ_ONLY',
      clause: 'CREATE',
      message: 'CREATE is not allowed',
      position: { line: 1, column: 1, offset: 0 },
    } as const;
    const body = JSON.stringify({ error: 'CREATE is not allowed', code: 'READ_ONLY', cypher });
    const client = new ApiClient('/api', null, answering(400, body));
    expect(await failure(client.cypher('CREATE (n:X) RETURN n', {}, 100))).toStrictEqual({
      code: 'READ_ONLY',
      status: 400,
      message: 'CREATE is not allowed',
      cypher,
    });
  });

  it('keeps the code of a refused export', async () => {
    const body = '{"error":"body/ids must NOT have fewer than 1 items","code":"BAD_REQUEST"}';
    const client = new ApiClient('/api', null, answering(400, body));
    expect(await failure(client.exportFile({ format: 'json', ids: [] }))).toStrictEqual({
      code: 'BAD_REQUEST',
      status: 400,
      message: 'body/ids must NOT have fewer than 1 items',
      cypher: null,
    });
  });

  it('names an error answer without a coded body by its status', async () => {
    const cases: [number, string][] = [
      [504, ''],
      [408, '<html>'],
      [429, 'nope'],
      [401, ''],
      [404, '{"message":"gone"}'],
      [500, ''],
      [418, ''],
    ];
    const found = [];
    for (const [status, body] of cases) {
      const { code, message } = await failure(new ApiClient('/api', null, answering(status, body)).health());
      found.push([status, code, message]);
    }
    expect(found).toStrictEqual([
      [504, 'TIMEOUT', 'The query took too long and was stopped.'],
      [408, 'TIMEOUT', 'The query took too long and was stopped.'],
      [429, 'BUSY', 'The server is busy with other queries; try again in a moment.'],
      [401, 'UNAUTHORIZED', 'Request failed (401).'],
      [404, 'NOT_FOUND', 'Request failed (404).'],
      [500, 'HTTP_ERROR', 'The server failed to answer.'],
      [418, 'HTTP_ERROR', 'Request failed (418).'],
    ]);
  });

  it('reports an unreachable server as NETWORK', async () => {
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const client = new ApiClient('/api', null, down);
    const expected = { code: 'NETWORK', status: 0, message: UNREACHABLE_MESSAGE, cypher: null };
    expect(await failure(client.entity('x'))).toStrictEqual(expected);
    expect(await failure(client.cypher('RETURN 1', {}, 10))).toStrictEqual(expected);
    expect(await failure(client.exportFile({ format: 'gexf', ids: ['a'] }))).toStrictEqual(expected);
  });

  it('reports a successful answer that is not JSON as BAD_RESPONSE', async () => {
    for (const body of ['<html>', '']) {
      expect(await failure(new ApiClient('/api', null, answering(200, body)).health())).toStrictEqual({
        code: 'BAD_RESPONSE',
        status: 200,
        message: 'The server sent an answer that is not JSON.',
        cypher: null,
      });
    }
  });

  it('reports a cancelled call as CANCELLED, before the answer and while reading it', async () => {
    const cancelledError = { code: 'CANCELLED', status: 0, message: 'The request was cancelled.', cypher: null };
    // fetch rejects with the signal's reason once the caller aborts.
    const waitsForAbort: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    const before = new AbortController();
    const pending = failure(new ApiClient('/api', null, waitsForAbort).cypher('RETURN 1', {}, 10, before.signal));
    before.abort();
    expect(await pending).toStrictEqual(cancelledError);

    // The headers came; the body is cut by the abort.
    const reading = new AbortController();
    const body = new ReadableStream<Uint8Array>({
      start(stream) {
        stream.enqueue(new TextEncoder().encode('{"results":'));
        reading.signal.addEventListener('abort', () => stream.error(reading.signal.reason));
      },
    });
    const headersOnly: typeof fetch = async () => new Response(body, { status: 200 });
    const half = failure(new ApiClient('/api', null, headersOnly).search('x', 5, reading.signal));
    reading.abort();
    expect(await half).toStrictEqual(cancelledError);
  });

  it('turns any other failure into a CLIENT error and keeps an ApiRequestError as it is', () => {
    const own = new ApiRequestError('no statement', 'NOT_FOUND', 404);
    expect(toApiError(own)).toBe(own);
    const other = toApiError(new RangeError('bad index'));
    expect([other.code, other.status, other.message]).toStrictEqual(['CLIENT', 0, 'bad index']);
    expect(toApiError('plain').message).toBe('plain');
  });
});
