// Mention rows: one per (article, entity) of the batch, the offsets and texts of every
// mention of the entity in the article, sorted by offset.

import type { ExtractedEntity } from '../../contract/extraction.ts';
import type { Row } from '../store.ts';
import type { BatchTally } from './tally.ts';

export function mentionRows(entities: readonly ExtractedEntity[], ids: ReadonlySet<string>, tally: BatchTally): Row[] {
  const mentions: Row[] = [];
  for (const entity of entities) {
    const byDocument = new Map<string, { start: number; end: number; text: string }[]>();
    for (const mention of entity.mentions) {
      if (!ids.has(mention.document)) continue;
      const list = byDocument.get(mention.document) ?? [];
      list.push({ start: mention.start, end: mention.end, text: mention.text });
      byDocument.set(mention.document, list);
    }
    for (const [articleId, list] of byDocument) {
      list.sort((a, b) => a.start - b.start || a.end - b.end);
      tally.use(entity.id);
      const counter = tally.count(entity.id);
      counter.mentions += list.length;
      counter.articles += 1;
      mentions.push({
        articleId,
        entityId: entity.id,
        count: list.length,
        starts: list.map((mention) => mention.start),
        ends: list.map((mention) => mention.end),
        texts: list.map((mention) => mention.text),
      });
    }
  }
  return mentions;
}
