import { describe, expect, it } from 'vitest';
import { ConsoleApi, CypherRequestError } from './consoleApi.ts';

interface Call {
  url: string;
  init: RequestInit;
}

function fakeFetch(status: number, body: string, calls: Call[]): typeof fetch {
  return async (url, init) => {
    calls.push({ url: String(url), init: init ?? {} });
    return new Response(body, { status, headers: { 'content-type': 'application/json' } });
  };
}

describe('ConsoleApi', () => {
  it('posts the query with parameters, row cap and bearer token', async () => {
    const calls: Call[] = [];
    const answer = { columns: ['n'], rows: [[1]], truncated: false, rowCap: 100, elapsedMs: 2 };
    const api = new ConsoleApi('/api', 'secret', fakeFetch(200, JSON.stringify(answer), calls));
    expect(await api.cypher('RETURN $n AS n', { n: 1 }, 100)).toStrictEqual(answer);
    expect(calls[0]?.url).toBe('/api/cypher');
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.body).toBe('{"query":"RETURN $n AS n","params":{"n":1},"rowCap":100}');
    expect(calls[0]?.init.headers).toStrictEqual({
      accept: 'application/json',
      'content-type': 'application/json',
      authorization: 'Bearer secret',
    });
  });

  it('keeps the refusal reason and its position', async () => {
    const cypher = {
      code: 'READ_ONLY',
      clause: 'CREATE',
      message: 'CREATE is not allowed',
      position: { line: 1, column: 1, offset: 0 },
    };
    const api = new ConsoleApi(
      '/api',
      null,
      fakeFetch(400, JSON.stringify({ error: 'CREATE is not allowed', code: 'READ_ONLY', cypher }), []),
    );
    const error = await api.cypher('CREATE (n:X) RETURN n', {}, 100).catch((e: unknown) => e);
    expect(error instanceof CypherRequestError).toBe(true);
    expect((error as CypherRequestError).code).toBe('READ_ONLY');
    expect((error as CypherRequestError).status).toBe(400);
    expect((error as CypherRequestError).cypher).toStrictEqual(cypher);
  });

  it('explains a timeout or a busy server without a JSON body', async () => {
    const timeout = await new ConsoleApi('/api', null, fakeFetch(504, '', []))
      .cypher('RETURN 1', {}, 10)
      .catch((e: unknown) => e);
    expect([(timeout as CypherRequestError).code, (timeout as CypherRequestError).message]).toStrictEqual([
      'TIMEOUT',
      'The query took too long and was stopped.',
    ]);
    const busy = await new ConsoleApi('/api', null, fakeFetch(429, 'nope', []))
      .cypher('RETURN 1', {}, 10)
      .catch((e: unknown) => e);
    expect((busy as CypherRequestError).code).toBe('BUSY');
  });

  it('reads the schema with GET and no token when none is given', async () => {
    const calls: Call[] = [];
    const schema = { labels: [], relationshipTypes: [], propertyKeys: ['name'] };
    expect(await new ConsoleApi('/api', null, fakeFetch(200, JSON.stringify(schema), calls)).schema()).toStrictEqual(
      schema,
    );
    expect([calls[0]?.url, calls[0]?.init.method, calls[0]?.init.headers]).toStrictEqual([
      '/api/schema',
      'GET',
      { accept: 'application/json' },
    ]);
  });

  it('passes an abort through unchanged', async () => {
    const controller = new AbortController();
    controller.abort();
    const aborting: typeof fetch = async (_url, init) => {
      throw init?.signal?.reason ?? new Error('aborted');
    };
    const error = await new ConsoleApi('/api', null, aborting)
      .cypher('RETURN 1', {}, 10, controller.signal)
      .catch((e: unknown) => e);
    expect(error instanceof CypherRequestError).toBe(false);
    expect((error as Error).name).toBe('AbortError');
  });
});
