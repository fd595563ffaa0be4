// What a write needs to know before it plans: the entities already stored (which the
// extractor resolves names against) and which articles are stored already.

import type { KnownEntity } from '../../contract/extraction.ts';
import { entityType, str, strList, type Run } from './decode.ts';

export async function knownEntities(run: Run): Promise<KnownEntity[]> {
  const rows = await run('entity/known');
  return rows.map((row) => ({
    id: str(row.id),
    name: str(row.name),
    type: entityType(row.type),
    aliases: strList(row.aliases),
  }));
}

export async function existingArticleIds(run: Run, ids: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += 1000) {
    for (const row of await run('article/existing', { ids: ids.slice(i, i + 1000) })) found.add(str(row.id));
  }
  return found;
}
