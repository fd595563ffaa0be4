// Every failure the API can answer, turned into one JSON shape (`ApiError`) and status.
// Known errors keep their message; anything else becomes a generic 500 whose details
// stay in the server log, so no stack trace or internal path reaches a client.

import type { FastifyError } from 'fastify';
import type { ApiError, ApiErrorCode } from '../contract/api.ts';
import type { CypherErrorInfo } from '../contract/cypher.ts';
import { CypherQueryError } from '../cypher/queryError.ts';
import { StoreUnavailableError, StoreWriteError } from '../cypher/store.ts';
import { BusyError } from './limiter.ts';

/** An error the API answers as is: status, machine-readable code, human message. */
export class HttpProblem extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'HttpProblem';
  }
}

export interface ErrorAnswer {
  status: number;
  body: ApiError;
  /** Unexpected: log it with its stack. */
  unexpected: boolean;
  headers?: Record<string, string>;
}

const CYPHER_STATUS: Record<CypherErrorInfo['code'], number> = {
  READ_ONLY: 400,
  MULTIPLE_STATEMENTS: 400,
  NOT_PORTABLE: 400,
  SYNTAX: 400,
  ROW_CAP: 400,
  RESULT_TOO_LARGE: 400,
  MEMORY: 400,
  QUERY_FAILED: 400,
  TIMEOUT: 504,
  // Only a client that went away cancels a query here (clientGone), so nobody reads this
  // answer: it stays the 400 it was as QUERY_FAILED, a client-side end, not a server fault.
  CANCELLED: 400,
  STORE_DOWN: 503,
};

// Fastify's own client errors, with codes a client can act on.
const FASTIFY_CODES: Record<string, ApiErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'BAD_JSON',
  FST_ERR_BAD_URL: 'BAD_REQUEST',
};

function isFastifyError(error: unknown): error is FastifyError {
  return error instanceof Error && typeof (error as { statusCode?: unknown }).statusCode === 'number';
}

export function answerFor(error: unknown): ErrorAnswer {
  if (error instanceof HttpProblem) {
    const body: ApiError = { error: error.message, code: error.code };
    if (error.details !== undefined) body.details = error.details;
    return { status: error.statusCode, body, unexpected: false };
  }
  if (error instanceof CypherQueryError) {
    const info = error.info;
    return {
      status: CYPHER_STATUS[info.code] ?? 400,
      body: { error: info.message, code: info.code, cypher: info },
      unexpected: false,
    };
  }
  if (error instanceof StoreUnavailableError) {
    return {
      status: 503,
      body: { error: `the graph store is unavailable: ${error.message}`, code: 'STORE_DOWN' },
      unexpected: false,
      headers: { 'retry-after': '2' },
    };
  }
  if (error instanceof StoreWriteError) {
    const [status, code]: [number, ApiErrorCode] =
      error.code === 'READ_ONLY' ? [409, 'STORE_READ_ONLY'] : [507, 'NO_SPACE'];
    return { status, body: { error: error.message, code }, unexpected: false };
  }
  if (error instanceof BusyError) {
    return {
      status: 429,
      body: { error: error.message, code: 'BUSY' },
      unexpected: false,
      headers: { 'retry-after': '1' },
    };
  }
  if (isFastifyError(error)) {
    if (error.validation) {
      const details = error.validation.map((issue) => ({
        path: `${error.validationContext ?? ''}${issue.instancePath}`,
        message: issue.message ?? 'invalid',
      }));
      return { status: 400, body: { error: error.message, code: 'BAD_REQUEST', details }, unexpected: false };
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return {
        status,
        body: { error: error.message, code: FASTIFY_CODES[error.code] ?? 'BAD_REQUEST' },
        unexpected: false,
      };
    }
  }
  return {
    status: 500,
    body: { error: 'internal server error (details are in the server log)', code: 'INTERNAL' },
    unexpected: true,
  };
}
