// Reads run on fixed rows: a `Run` answering each query from a function of its
// parameters, for the reads' unit tests (the contract and differential suites run the
// same reads on real stores).

import type { Params, Row } from '../store.ts';
import type { Run } from './decode.ts';

/** A `Run` answering from fixed rows per query, recording the parameters it was given. */
export function fakeRun(answers: Record<string, (params: Params) => Row[]>): { run: Run; calls: [string, Params][] } {
  const calls: [string, Params][] = [];
  const run: Run = (queryName, params = {}) => {
    calls.push([queryName, params]);
    const answer = answers[queryName];
    if (!answer) throw new Error(`unexpected query ${queryName}`);
    return Promise.resolve(answer(params));
  };
  return { run, calls };
}

/** (entity, article) rows as graph/entity-article-lists answers them: one row per entity, '' for no date. */
export function articleLists(rows: Row[]): Row[] {
  const lists = new Map<string, { id: string; articleIds: string[]; dates: string[] }>();
  for (const row of rows) {
    const id = row.id as string;
    const list = lists.get(id) ?? { id, articleIds: [], dates: [] };
    list.articleIds.push(row.articleId as string);
    list.dates.push((row.date as string | null) ?? '');
    lists.set(id, list);
  }
  return [...lists.values()];
}
