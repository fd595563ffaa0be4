// The CLI's way through a running API server. The embedded store admits one process
// at a time, so while a server holds it, `ingest`, `query`, `export` and `stats` go
// over HTTP instead of opening the file.

import type { BackupManifest } from '../cypher/backup.ts';
import type { ApiError, HealthInfo, IngestSummary, SearchHit, StoreStats } from '../contract/api.ts';
import type { CypherResult } from '../contract/cypher.ts';
import type { ExportFormat } from '../contract/exportFormats.ts';
import type { RawDocument } from '../contract/extraction.ts';
import { exportWriter } from '../server/export/registry.ts';

export class RemoteError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: ApiError | null,
  ) {
    super(message);
    this.name = 'RemoteError';
  }
}

export class RemoteStore {
  constructor(
    readonly baseUrl: string,
    private readonly token?: string,
  ) {}

  private async request<T>(method: 'GET' | 'POST', route: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const response = await fetch(`${this.baseUrl}${route}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    if (!response.ok) {
      const apiError = parsed && typeof parsed === 'object' && 'error' in parsed ? (parsed as ApiError) : null;
      throw new RemoteError(apiError?.error ?? `HTTP ${response.status} from ${route}`, response.status, apiError);
    }
    return parsed as T;
  }

  health(): Promise<HealthInfo> {
    return this.request('GET', '/api/health');
  }

  async search(text: string, limit: number): Promise<SearchHit[]> {
    const query = new URLSearchParams({ q: text, limit: String(limit) });
    return (await this.request<{ results: SearchHit[] }>('GET', `/api/search?${query}`)).results;
  }

  stats(): Promise<StoreStats> {
    return this.request('GET', '/api/stats');
  }

  /** A backup made by the server, in a folder beside its store. */
  backup(): Promise<{ dir: string; manifest: BackupManifest }> {
    return this.request('POST', '/api/backup', {});
  }

  query(query: string, params: Record<string, unknown>, rowCap?: number): Promise<CypherResult> {
    return this.request('POST', '/api/cypher', { query, params, ...(rowCap ? { rowCap } : {}) });
  }

  /** `extractor`: the backend the server extracts with (its default when not given). */
  async ingest(
    documents: RawDocument[],
    onProgress?: (done: number) => void,
    options: { chunkSize?: number; extractor?: string | undefined } = {},
  ): Promise<IngestSummary> {
    const chunkSize = options.chunkSize ?? 100;
    const total: IngestSummary = { articles: 0, skipped: 0, entities: 0, statements: 0, relations: 0, errors: [] };
    for (let i = 0; i < documents.length; i += chunkSize) {
      const part = await this.request<IngestSummary>('POST', '/api/ingest', {
        documents: documents.slice(i, i + chunkSize),
        ...(options.extractor ? { extractor: options.extractor } : {}),
      });
      total.articles += part.articles;
      total.skipped += part.skipped;
      total.entities += part.entities;
      total.statements += part.statements;
      total.relations += part.relations;
      for (const error of part.errors) total.errors.push(error);
      onProgress?.(Math.min(documents.length, i + chunkSize));
    }
    return total;
  }

  /** The export file's body: text, or bytes for binary formats (server/export/registry.ts). */
  async exportGraph(request: {
    format: ExportFormat;
    query?: string;
    params?: Record<string, unknown>;
    entity?: string;
    depth?: number;
  }): Promise<string | Uint8Array> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const response = await fetch(`${this.baseUrl}/api/export`, {
      method: 'POST',
      headers,
      body: JSON.stringify(request),
    });
    if (!response.ok) {
      const text = await response.text();
      let message = `HTTP ${response.status} from /api/export`;
      try {
        message = (JSON.parse(text) as ApiError).error ?? message;
      } catch {
        // the body was not JSON: keep the status line
      }
      throw new RemoteError(message, response.status, null);
    }
    if (exportWriter(request.format).binary) return new Uint8Array(await response.arrayBuffer());
    return response.text();
  }
}

/** Whether a server answers at `url` (its health route), within a short time. */
export async function serverAnswers(url: string, token?: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/api/health`, {
      signal: AbortSignal.timeout(1500),
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return response.ok;
  } catch {
    return false;
  }
}
