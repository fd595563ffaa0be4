import { describe, expect, it } from 'vitest';
import { ApiClient, ApiRequestError } from './client.ts';

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

  it('asks for outlets, a scope and statements by id', async () => {
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
    expect(calls).toStrictEqual([
      { url: '/api/scope/outlets', method: undefined, body: undefined },
      { url: '/api/scope?outlet=-&from=2021-12', method: undefined, body: undefined },
      { url: '/api/scope?outlet=it.sputniknews.com', method: undefined, body: undefined },
      { url: '/api/statements/by-id', method: 'POST', body: { ids: ['s1', 's2'] } },
    ]);
  });

  it('turns API errors into coded errors', async () => {
    const { fetchImpl } = recorder(503, '{"error":"store is down","code":"STORE_DOWN"}');
    const error = await new ApiClient('/api', null, fetchImpl).health().catch((e: unknown) => e);
    expect(error instanceof ApiRequestError && [error.code, error.status, error.message]).toStrictEqual([
      'STORE_DOWN',
      503,
      'store is down',
    ]);
  });

  it('reports an unreachable server as NETWORK', async () => {
    const fetchImpl = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const error = await new ApiClient('/api', null, fetchImpl).entity('x').catch((e: unknown) => e);
    expect(error instanceof ApiRequestError && error.code).toBe('NETWORK');
  });

  it('reports a non-JSON answer', async () => {
    const { fetchImpl } = recorder(200, '<html>');
    const error = await new ApiClient('/api', null, fetchImpl).health().catch((e: unknown) => e);
    expect(error instanceof ApiRequestError && error.code).toBe('BAD_RESPONSE');
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

  it('turns a refused export into a coded error', async () => {
    const { fetchImpl } = recorder(400, '{"error":"body/ids must NOT have fewer than 1 items","code":"BAD_REQUEST"}');
    const error = await new ApiClient('/api', null, fetchImpl)
      .exportFile({ format: 'json', ids: [] })
      .catch((e: unknown) => e);
    expect(error instanceof ApiRequestError && [error.code, error.status]).toStrictEqual(['BAD_REQUEST', 400]);
  });
});
