// `newsgraph query <cypher>`: read-only Cypher, printed as a table, JSON or CSV.

import type { CypherResult } from '../../contract/cypher.ts';
import type { CliConfig } from '../../server/config.ts';
import { formatResult, parseParam, type ResultFormat } from '../format.ts';
import { withTarget } from '../target.ts';
import { UserError } from '../terminal.ts';

export interface QueryOptions {
  param: string[];
  format: ResultFormat;
  rowCap?: string;
  timeout?: string;
}

export async function queryCommand(cypher: string, options: QueryOptions, config: CliConfig): Promise<number> {
  const params = Object.fromEntries(options.param.map(parseParam));
  const rowCap = options.rowCap === undefined ? undefined : Number(options.rowCap);
  if (rowCap !== undefined && (!Number.isInteger(rowCap) || rowCap < 1))
    throw new UserError('--row-cap must be a positive integer', 2);
  const timeoutMs = options.timeout === undefined ? undefined : Number(options.timeout);
  if (timeoutMs !== undefined && (!Number.isInteger(timeoutMs) || timeoutMs < 1)) {
    throw new UserError('--timeout must be a positive integer (milliseconds)', 2);
  }
  // The query's process is gone before readOnly settles, so a TIMEOUT printed here is true.
  const result: CypherResult = await withTarget(config, (target) =>
    target.query(cypher, params, { rowCap, timeoutMs }),
  );
  console.log(formatResult(result, options.format));
  return 0;
}
