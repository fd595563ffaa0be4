// HTTP calls of the Cypher console: POST /api/cypher and GET /api/schema, with the same
// bearer token the explorer's client sends (api/token.ts). A refused or
// failed query keeps the server's CypherErrorInfo so the editor can mark its position.
import type { ApiError, SchemaInfo } from '../../../contract/api.ts';
import type { CypherErrorInfo, CypherResult, CypherValue } from '../../../contract/cypher.ts';
import { readJsonBody, sendApi, UNREACHABLE_MESSAGE } from '../../api/http.ts';
import { pageToken } from '../../api/token.ts';
import { API_BASE } from '../../consts.ts';

export class CypherRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
    readonly cypher: CypherErrorInfo | null,
  ) {
    super(message);
    this.name = 'CypherRequestError';
  }
}

function statusCode(status: number): string {
  if (status === 408 || status === 504) return 'TIMEOUT';
  if (status === 429) return 'BUSY';
  if (status === 401) return 'UNAUTHORIZED';
  return `HTTP_${status}`;
}

function statusMessage(status: number): string {
  if (status === 408 || status === 504) return 'The query took too long and was stopped.';
  if (status === 429) return 'The server is busy with other queries; try again in a moment.';
  if (status >= 500) return 'The server failed to answer.';
  return `Request failed (${status}).`;
}

export class ConsoleApi {
  constructor(
    private readonly base: string = API_BASE,
    private readonly token: string | null = null,
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
  ) {}

  /** The page's console client, with the token the page was opened with (see api/token.ts). */
  static fromPage(): ConsoleApi {
    return new ConsoleApi(API_BASE, pageToken());
  }

  private async request<T>(
    path: string,
    init: { method: 'GET' | 'POST'; body?: unknown; signal?: AbortSignal },
  ): Promise<T> {
    const response = await sendApi(this.fetchImpl, `${this.base}${path}`, { ...init, token: this.token, json: true });
    if (!response) throw new CypherRequestError(UNREACHABLE_MESSAGE, 'NETWORK', 0, null);
    const body = await readJsonBody(response);
    if (!response.ok) {
      const err = body as Partial<ApiError> | null;
      const cypher = err?.cypher ?? null;
      throw new CypherRequestError(
        err?.error ?? cypher?.message ?? statusMessage(response.status),
        err?.code ?? cypher?.code ?? statusCode(response.status),
        response.status,
        cypher,
      );
    }
    if (body === null)
      throw new CypherRequestError(
        'The server sent an answer that is not JSON.',
        'BAD_RESPONSE',
        response.status,
        null,
      );
    return body as T;
  }

  cypher(
    query: string,
    params: Record<string, CypherValue>,
    rowCap: number,
    signal?: AbortSignal,
  ): Promise<CypherResult> {
    return this.request('/cypher', { method: 'POST', body: { query, params, rowCap }, signal });
  }

  schema(signal?: AbortSignal): Promise<SchemaInfo> {
    return this.request('/schema', { method: 'GET', signal });
  }
}
