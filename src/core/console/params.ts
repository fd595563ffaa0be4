// The parameters box of the console: a JSON object whose keys are the query's
// `$parameters`. Errors say where the JSON breaks and which parameters are missing.
import type { CypherValue } from '../../../contract/cypher.ts';
import { parameterNames } from './scan.ts';

export type ParamsResult =
  | { ok: true; params: Record<string, CypherValue> }
  | { ok: false; error: string; /** 0-based offset in the box, when known */ offset?: number };

/** Line and column (1-based) of an offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export function parseParams(text: string): ParamsResult {
  if (!text.trim()) return { ok: true, params: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    if (at) {
      const offset = Number(at[1]);
      const { line, column } = lineColumn(text, offset);
      const reason = message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
      return { ok: false, error: `Parameters are not valid JSON: ${reason} (line ${line}, column ${column}).`, offset };
    }
    return { ok: false, error: `Parameters are not valid JSON: ${message}.` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: 'Parameters must be a JSON object, e.g. {"name": "Dmitry Peskov"}.' };
  }
  return { ok: true, params: value as Record<string, CypherValue> };
}

/** The `$parameters` the query uses that the params object does not give. */
export function missingParams(query: string, params: Record<string, CypherValue>): string[] {
  return parameterNames(query).filter((name) => !Object.prototype.hasOwnProperty.call(params, name));
}
