// `newsgraph export`: a query result or an entity's neighborhood, in one of the export formats.

import { writeFile } from 'node:fs/promises';
import { EXPORT_FORMATS, type ExportFormat } from '../../contract/exportFormats.ts';
import { foldText } from '../../cypher/text.ts';
import { printable } from '../../contract/printable.ts';
import type { CliConfig } from '../../server/config.ts';
import { parseParam } from '../format.ts';
import { withTarget, type StoreTarget } from '../target.ts';
import { say, UserError } from '../terminal.ts';

export interface ExportOptions {
  query?: string;
  entity?: string;
  depth: string;
  format: string;
  output?: string;
  param: string[];
}

/** An entity given by id or by name/alias: exactly one must match. */
async function resolveEntity(reference: string, target: StoreTarget): Promise<string> {
  const hits = await target.search(reference, 20);
  const byId = hits.find((hit) => hit.id === reference);
  if (byId) return byId.id;
  const wanted = foldText(reference);
  const exact = hits.filter((hit) => [hit.name, ...hit.aliases].some((name) => foldText(name) === wanted));
  if (exact.length === 1) return exact[0]!.id;
  const candidates = (exact.length > 1 ? exact : hits)
    .slice(0, 8)
    .map((hit) => `${hit.name} (${hit.type}, id ${hit.id})`);
  if (candidates.length === 0) throw new UserError(`no entity named "${reference}"`);
  throw new UserError(`"${reference}" is ambiguous or inexact; pass one of these ids:\n  ${candidates.join('\n  ')}`);
}

export async function exportCommand(options: ExportOptions, config: CliConfig): Promise<number> {
  if (!options.query === !options.entity) throw new UserError('export needs exactly one of --query or --entity', 2);
  if (!EXPORT_FORMATS.includes(options.format as ExportFormat)) {
    throw new UserError(`unknown export format "${options.format}" (one of: ${EXPORT_FORMATS.join(', ')})`, 2);
  }
  const depth = Number(options.depth);
  if (!Number.isInteger(depth) || depth < 1 || depth > 3) throw new UserError('--depth must be 1, 2 or 3', 2);
  const params = Object.fromEntries(options.param.map(parseParam));
  const format = options.format as ExportFormat;
  const body = await withTarget(config, async (target) => {
    const entity = options.entity ? await resolveEntity(options.entity, target) : undefined;
    return target.exportGraph({ format, query: options.query, params, entity, depth });
  });
  if (options.output) {
    await writeFile(options.output, body);
    say(`wrote ${printable(options.output)} (${Buffer.byteLength(body)} bytes)`);
  } else {
    process.stdout.write(typeof body !== 'string' || body.endsWith('\n') ? body : `${body}\n`);
  }
  return 0;
}
