// Typed HTTP client of the newsgraph API. Every failure becomes an ApiRequestError with
// a code the page can explain (STORE_DOWN, NOT_FOUND, NETWORK …). The access token the
// page was opened with (?token=…, kept in session storage by token.ts) is sent as a
// bearer token on every call.
import type {
  ApiError,
  ArticleSummary,
  ArticleView,
  ContentScope,
  EntityDetails,
  GraphPayload,
  HealthInfo,
  OutletCount,
  SearchHit,
  StatementView,
} from '../../contract/api.ts';
import type { StatementKind } from '../../contract/graph.ts';
import { API_BASE } from '../consts.ts';
import { filenameFromDisposition, type ServerExportFormat } from '../core/export/formats.ts';
import { readJsonBody, sendApi, UNREACHABLE_MESSAGE } from './http.ts';
import { pageToken } from './token.ts';

export type { ContentScope, OutletCount };

export class ApiRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

export interface StatementSearchQuery {
  /** Words of the quote; empty: any quote. */
  text: string;
  kinds?: StatementKind[];
  cue?: string;
  limit: number;
}

export interface StatementHits {
  statements: StatementView[];
  /** More statements matched than the limit. */
  truncated: boolean;
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

  /** GETs `path`, or POSTs `payload` to it when one is given (a read too long for a URL). */
  private async get<T>(path: string, signal?: AbortSignal, payload?: unknown): Promise<T> {
    const response = await sendApi(this.fetchImpl, `${this.base}${path}`, {
      token: this.token,
      json: true,
      signal,
      ...(payload === undefined ? {} : { method: 'POST' as const, body: payload }),
    });
    if (!response) throw new ApiRequestError(UNREACHABLE_MESSAGE, 'NETWORK', 0);
    const body = await readJsonBody(response);
    if (!response.ok) {
      const err = body as Partial<ApiError> | null;
      const code =
        err?.code ??
        (response.status === 404 ? 'NOT_FOUND' : response.status === 401 ? 'UNAUTHORIZED' : `HTTP_${response.status}`);
      const message =
        err?.error ??
        (response.status >= 500 ? 'The server failed to answer.' : `Request failed (${response.status}).`);
      throw new ApiRequestError(message, code, response.status);
    }
    if (body === null)
      throw new ApiRequestError('The server sent an answer that is not JSON.', 'BAD_RESPONSE', response.status);
    return body as T;
  }

  /**
   * Downloads an export of exactly the entities `ids` (POST /api/export) as a file body
   * and the name the server gives it; the bearer token is sent like on every call.
   */
  async exportFile(
    request: { format: ServerExportFormat; ids: string[] },
    signal?: AbortSignal,
  ): Promise<{ blob: Blob; filename: string }> {
    const response = await sendApi(this.fetchImpl, `${this.base}/export`, {
      method: 'POST',
      token: this.token,
      body: request,
      signal,
    });
    if (!response) throw new ApiRequestError(UNREACHABLE_MESSAGE, 'NETWORK', 0);
    if (!response.ok) {
      const err = (await readJsonBody(response)) as Partial<ApiError> | null;
      throw new ApiRequestError(
        err?.error ?? `Export failed (${response.status}).`,
        err?.code ?? `HTTP_${response.status}`,
        response.status,
      );
    }
    const filename = filenameFromDisposition(
      response.headers.get('content-disposition'),
      `newsgraph.${request.format}`,
    );
    return { blob: await response.blob(), filename };
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

  /** Statements whose quote holds `text` (case and accents ignored), of the given kinds and cue, newest first. */
  searchStatements(query: StatementSearchQuery, signal?: AbortSignal): Promise<StatementHits> {
    const { text, kinds, cue, limit } = query;
    return this.get(`/statements/search${queryString({ q: text, kinds, cue, limit })}`, signal);
  }
}
