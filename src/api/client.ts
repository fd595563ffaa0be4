// The page's one HTTP client of the newsgraph API: the explorer, the Cypher console and
// the exports all call through it. Every failure becomes an ApiRequestError carrying the
// server's ApiErrorCode (or a code of the page's own: NETWORK, BAD_RESPONSE, CANCELLED …),
// the HTTP status, and a refused query's position. The access token the page was opened
// with (?token=…, kept in session storage by token.ts) is sent as a bearer token on every call.
import type {
  ApiError,
  ApiErrorCode,
  ArticleSummary,
  ArticleView,
  ContentScope,
  EntityDetails,
  ExportNodeLook,
  GraphPayload,
  HealthInfo,
  OutletCount,
  SchemaInfo,
  SearchHit,
  StatementTimeline,
  StatementView,
} from '../../contract/api.ts';
import type { CypherErrorInfo, CypherResult, CypherValue } from '../../contract/cypher.ts';
import {
  statementSearchQueryString,
  type StatementSearchFilter,
  type StatementSearchPage,
  type StatementSearchQuery,
} from '../../contract/statementTable.ts';
import { API_BASE } from '../consts.ts';
import { filenameFromDisposition, type ServerExportFormat } from '../core/export/formats.ts';
import { pageToken } from './token.ts';

export type { ContentScope, OutletCount };

/**
 * What went wrong on the page's side: the server could not be reached, answered something
 * that is not JSON, answered an error without a code, the caller cancelled, or the page failed.
 */
export type ClientErrorCode = 'NETWORK' | 'BAD_RESPONSE' | 'HTTP_ERROR' | 'CANCELLED' | 'CLIENT';
export type RequestErrorCode = ApiErrorCode | ClientErrorCode;

export const UNREACHABLE_MESSAGE = 'The newsgraph server cannot be reached. Is it running?';

export class ApiRequestError extends Error {
  constructor(
    message: string,
    readonly code: RequestErrorCode,
    /** The HTTP status; 0 when no answer came (network, cancellation, the page itself). */
    readonly status: number,
    /** A refused or failed Cypher query: its reason and position. */
    readonly cypher: CypherErrorInfo | null = null,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

/** Any failure as an ApiRequestError: itself, or a failure of the page (`CLIENT`). */
export function toApiError(error: unknown): ApiRequestError {
  if (error instanceof ApiRequestError) return error;
  return new ApiRequestError(error instanceof Error ? error.message : String(error), 'CLIENT', 0);
}

/** The code of an error answer without a body that says it. */
function statusCode(status: number): RequestErrorCode {
  if (status === 401) return 'UNAUTHORIZED';
  if (status === 404) return 'NOT_FOUND';
  if (status === 408 || status === 504) return 'TIMEOUT';
  if (status === 429) return 'BUSY';
  return 'HTTP_ERROR';
}

function statusMessage(status: number): string {
  if (status === 408 || status === 504) return 'The query took too long and was stopped.';
  if (status === 429) return 'The server is busy with other queries; try again in a moment.';
  if (status >= 500) return 'The server failed to answer.';
  return `Request failed (${status}).`;
}

/** The error an answer with status `status` and body `body` (parsed JSON, or null) tells. */
export function errorFromAnswer(status: number, body: unknown): ApiRequestError {
  const told = typeof body === 'object' && body !== null ? (body as Partial<ApiError>) : null;
  const cypher = told?.cypher ?? null;
  const code = typeof told?.code === 'string' ? told.code : (cypher?.code ?? statusCode(status));
  const message = typeof told?.error === 'string' ? told.error : (cypher?.message ?? statusMessage(status));
  return new ApiRequestError(message, code, status, cypher);
}

function cancelled(): ApiRequestError {
  return new ApiRequestError('The request was cancelled.', 'CANCELLED', 0);
}

/** The response's JSON body, or null when it is empty or not JSON. */
async function readJsonBody(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

interface Call {
  method?: 'GET' | 'POST';
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal | undefined;
}

export interface StatementQuery {
  speaker?: string;
  about?: string;
  article?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export interface ScopeQuery {
  outlet?: string | null;
  from?: string | null;
  to?: string | null;
}

/** What the statements timeline counts: the statements of the articles these filters keep (none: all). */
export interface TimelineScope {
  outlet?: string | null;
  publishedFrom?: string | null;
  publishedTo?: string | null;
  article?: string | null;
}

type QueryValue = string | number | undefined | null | string[];

function queryString(query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Where a client sends its calls and the token it sends: what a worker needs to send the same calls. */
export interface ClientConnection {
  base: string;
  token: string | null;
}

export class ApiClient {
  constructor(
    private readonly base: string = API_BASE,
    private readonly token: string | null = null,
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
  ) {}

  /** The page's client, with the token the page was opened with (see token.ts). */
  static fromPage(): ApiClient {
    return new ApiClient(API_BASE, pageToken());
  }

  get connection(): ClientConnection {
    return { base: this.base, token: this.token };
  }

  /**
   * Sends one call and hands its answer to `read`. A network failure, an error answer and a
   * cancellation (before the answer or while reading it) all reject with an ApiRequestError.
   */
  private async send<T>(
    path: string,
    call: Call,
    accept: string | null,
    read: (response: Response) => Promise<T>,
  ): Promise<T> {
    const headers: Record<string, string> = {};
    if (accept) headers.accept = accept;
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const init: RequestInit = { headers, signal: call.signal };
    if (call.method) init.method = call.method;
    if (call.body !== undefined) init.body = JSON.stringify(call.body);
    const { signal } = call;
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.base}${path}`, init);
    } catch {
      throw signal?.aborted ? cancelled() : new ApiRequestError(UNREACHABLE_MESSAGE, 'NETWORK', 0);
    }
    try {
      if (!response.ok) throw errorFromAnswer(response.status, await readJsonBody(response));
      return await read(response);
    } catch (error) {
      if (signal?.aborted) throw cancelled();
      if (error instanceof ApiRequestError) throw error;
      throw new ApiRequestError(UNREACHABLE_MESSAGE, 'NETWORK', response.status);
    }
  }

  /** GETs `path`, or POSTs `payload` to it when one is given (a read too long for a URL). */
  private get<T>(path: string, signal?: AbortSignal, payload?: unknown): Promise<T> {
    const call: Call = payload === undefined ? { signal } : { method: 'POST', body: payload, signal };
    return this.send(path, call, 'application/json', async (response) => {
      const body = await readJsonBody(response);
      if (body === null)
        throw new ApiRequestError('The server sent an answer that is not JSON.', 'BAD_RESPONSE', response.status);
      return body as T;
    });
  }

  /**
   * Downloads an export of exactly the entities `ids` (POST /api/export) as a file body
   * and the name the server gives it.
   */
  exportFile(
    request: {
      format: ServerExportFormat;
      ids: string[];
      /** The links among the ids to keep; all when absent. */
      edges?: string[];
      looks?: ExportNodeLook[];
      /** The file's base name; the server adds the format's extension. */
      name?: string;
    },
    signal?: AbortSignal,
  ): Promise<{ blob: Blob; filename: string }> {
    return this.send('/export', { method: 'POST', body: request, signal }, null, async (response) => ({
      blob: await response.blob(),
      filename: filenameFromDisposition(response.headers.get('content-disposition'), `newsgraph.${request.format}`),
    }));
  }

  /** Runs a read-only query of the Cypher console; a refusal keeps its reason and position. */
  cypher(
    query: string,
    params: Record<string, CypherValue>,
    rowCap: number,
    signal?: AbortSignal,
  ): Promise<CypherResult> {
    return this.get('/cypher', signal, { query, params, rowCap });
  }

  schema(signal?: AbortSignal): Promise<SchemaInfo> {
    return this.get('/schema', signal);
  }

  health(signal?: AbortSignal): Promise<HealthInfo> {
    return this.get('/health', signal);
  }

  overview(options: { limit: number; types?: string[] }, signal?: AbortSignal): Promise<GraphPayload> {
    return this.get(`/graph/overview${queryString({ limit: options.limit, types: options.types })}`, signal);
  }

  neighborhood(
    entityId: string,
    options: { depth: number; limit: number },
    signal?: AbortSignal,
  ): Promise<GraphPayload> {
    return this.get(`/entities/${encodeURIComponent(entityId)}/neighborhood${queryString(options)}`, signal);
  }

  entity(entityId: string, signal?: AbortSignal): Promise<EntityDetails> {
    return this.get(`/entities/${encodeURIComponent(entityId)}`, signal);
  }

  statements(query: StatementQuery, signal?: AbortSignal): Promise<{ statements: StatementView[]; total: number }> {
    return this.get(`/statements${queryString({ ...query })}`, signal);
  }

  /** How many statements carry each date, for the timeline. */
  statementTimeline(scope: TimelineScope = {}, signal?: AbortSignal): Promise<StatementTimeline> {
    const query = queryString({
      outlet: scope.outlet,
      pubFrom: scope.publishedFrom,
      pubTo: scope.publishedTo,
      article: scope.article,
    });
    return this.get(`/statements/timeline${query}`, signal);
  }

  /** The statements `ids` names (at most 500), with their sentences; unknown ids are left out. */
  statementsByIds(ids: string[], signal?: AbortSignal): Promise<{ statements: StatementView[] }> {
    return this.get('/statements/by-id', signal, { ids });
  }

  outlets(signal?: AbortSignal): Promise<{ outlets: OutletCount[] }> {
    return this.get('/scope/outlets', signal);
  }

  scope(query: ScopeQuery, signal?: AbortSignal): Promise<ContentScope> {
    return this.get(`/scope${queryString({ outlet: query.outlet, from: query.from, to: query.to })}`, signal);
  }

  articles(
    options: { limit: number; offset: number },
    signal?: AbortSignal,
  ): Promise<{ articles: ArticleSummary[]; total: number }> {
    return this.get(`/articles${queryString(options)}`, signal);
  }

  article(articleId: string, signal?: AbortSignal): Promise<ArticleView> {
    return this.get(`/articles/${encodeURIComponent(articleId)}`, signal);
  }

  search(text: string, limit: number, signal?: AbortSignal): Promise<{ results: SearchHit[] }> {
    return this.get(`/search${queryString({ q: text, limit })}`, signal);
  }

  /**
   * The statements a search keeps, sorted and paged by the server, with their total: a page of
   * the statements table, the finder's and the search box's first hits (GET /api/statements/search).
   */
  searchStatements(search: StatementSearchQuery, signal?: AbortSignal): Promise<StatementSearchPage> {
    return this.get(`/statements/search${statementSearchQueryString(search)}`, signal);
  }

  /** Every statement the filters keep, in their order, as the table's CSV (GET /api/statements/search.csv). */
  statementsCsv(filter: StatementSearchFilter, signal?: AbortSignal): Promise<{ blob: Blob; filename: string }> {
    const path = `/statements/search.csv${statementSearchQueryString(filter)}`;
    return this.send(path, { signal }, 'text/csv', async (response) => ({
      blob: await response.blob(),
      filename: filenameFromDisposition(response.headers.get('content-disposition'), 'statements.csv'),
    }));
  }
}
