// The error of a refused or failed user query (the gate's refusals, the engines' failures,
// deadlines and cancels), carrying the CypherErrorInfo the API and the CLI show.

import type { CypherErrorInfo } from '../contract/cypher.ts';

/** A refused or failed user query; `info` is what the API and the CLI show. */
export class CypherQueryError extends Error {
  constructor(readonly info: CypherErrorInfo) {
    super(info.message);
    this.name = 'CypherQueryError';
  }
}
