// Mention rows: one per (article, entity) of the batch, the offsets and texts of every
// mention of the entity in the article, sorted by offset, and how each one reads where that
// differs from the entity's type ("l'Italia ha votato": the Place Italia acting, an
// Organization), in two lists beside the offsets: the type and the rule, '' where it reads as
// its entity (a list property holds no null). When every mention reads as its entity the two
// lists are null, so the link carries no reading properties at all.

import type { ExtractedEntity, MentionReading } from '../../contract/extraction.ts';
import type { Row } from '../store.ts';
import type { BatchTally } from './tally.ts';

export function mentionRows(entities: readonly ExtractedEntity[], ids: ReadonlySet<string>, tally: BatchTally): Row[] {
  const mentions: Row[] = [];
  for (const entity of entities) {
    const byDocument = new Map<string, { start: number; end: number; text: string; reading?: MentionReading }[]>();
    for (const mention of entity.mentions) {
      if (!ids.has(mention.document)) continue;
      const list = byDocument.get(mention.document) ?? [];
      list.push({
        start: mention.start,
        end: mention.end,
        text: mention.text,
        ...(mention.reading ? { reading: mention.reading } : {}),
      });
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
        // Most entities read as themselves everywhere: no lists then, no property stored.
        readings: list.some((mention) => mention.reading) ? list.map((mention) => mention.reading?.type ?? '') : null,
        readingRules: list.some((mention) => mention.reading)
          ? list.map((mention) => mention.reading?.rule ?? '')
          : null,
      });
    }
  }
  return mentions;
}
