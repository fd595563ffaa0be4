// Sending a planned batch as `UNWIND $rows AS row …` statements, one transaction per batch
// of articles, so a failure leaves no article half-written. Everything that hangs off a new
// article (its mentions, statements and their links) is new as well, and is created rather
// than merged: a MERGE looks for an existing edge from its first node, and hub entities
// have thousands. Each batch checks in its own transaction that its articles are still
// not stored (another writer may have stored them since the plan) and, if some are, the
// plan is made again. Entities, met again across articles, are merged with what is stored;
// the counters kept on them grow by what the batch adds.

import { ENTITY_TYPES, type EntityType } from '../../contract/graph.ts';
import type { Splice } from '../queries.ts';
import { existingArticleIds } from '../reads/known.ts';
import type { Params, Row } from '../store.ts';
import { searchTextOf } from '../text.ts';
import { mergeEntityNames } from './entities.ts';
import { chunk, type WriteBatch } from './plan.ts';

/** Runs one shipped query inside the batch's transaction. */
export type TxRun = (queryName: string, params: Params, splice?: Splice) => Promise<Row[]>;

/** Rows per UNWIND statement: large enough to amortize a round trip, small enough for one statement. */
export const ROWS_PER_STATEMENT = 5000;

/** Thrown inside a batch's transaction when some of its articles were stored since the plan. */
export class ArticlesStoredMeanwhileError extends Error {
  constructor(readonly articleIds: string[]) {
    super(`Articles stored by another writer meanwhile: ${articleIds.join(', ')}`);
    this.name = 'ArticlesStoredMeanwhileError';
  }
}

async function unwind(run: TxRun, queryName: string, rows: readonly Row[], splice?: Splice): Promise<void> {
  for (const part of chunk(rows, ROWS_PER_STATEMENT)) await run(queryName, { rows: part }, splice);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** Sends one batch through `run`, which the adapter binds to one transaction. */
export async function writeBatch(batch: WriteBatch, run: TxRun): Promise<void> {
  const meanwhile = await existingArticleIds((queryName, params = {}) => run(queryName, params), batch.articleIds);
  if (meanwhile.size > 0) throw new ArticlesStoredMeanwhileError([...meanwhile]);
  await unwind(run, 'write/articles', batch.articles);

  const stored = new Map<string, { name: string; aliases: string[]; searchText: string; externalIds: string[] }>();
  for (const ids of chunk(
    batch.entities.map((entity) => entity.id),
    ROWS_PER_STATEMENT,
  )) {
    for (const row of await run('write/entities-existing', { ids })) {
      stored.set(text(row.id), {
        name: text(row.name),
        aliases: Array.isArray(row.aliases) ? row.aliases.map(text) : [],
        searchText: text(row.searchText),
        externalIds: Array.isArray(row.externalIds) ? row.externalIds.map(text) : [],
      });
    }
  }
  const byType = new Map<string, Row[]>();
  for (const entity of batch.entities) {
    if (!(ENTITY_TYPES as readonly string[]).includes(entity.type))
      throw new Error(`Unknown entity type '${entity.type}' (entity ${entity.id})`);
    const before = stored.get(entity.id) ?? null;
    const merged = mergeEntityNames(before, entity);
    const searchText = searchTextOf(merged.name, merged.aliases);
    // An entity the batch would not change is left alone (most entities met again are).
    if (
      before &&
      before.name === merged.name &&
      before.searchText === searchText &&
      sameList(before.aliases, merged.aliases) &&
      sameList(before.externalIds, entity.externalIds)
    )
      continue;
    const list = byType.get(entity.type) ?? [];
    list.push({ ...entity, ...merged, searchText });
    byType.set(entity.type, list);
  }
  for (const [type, rows] of byType) await unwind(run, 'write/entities', rows, { entityType: type as EntityType });

  await unwind(run, 'write/mentions', batch.mentions);
  await unwind(run, 'write/statements', batch.statements);
  await unwind(run, 'write/said', batch.said);
  await unwind(run, 'write/about', batch.about);
  for (const [type, rows] of batch.relations) await unwind(run, 'write/relations', rows, { relationType: type });
  await unwind(run, 'write/event-details', batch.eventDetails);
  await unwind(run, 'write/entity-counters-add', batch.counters);
}
