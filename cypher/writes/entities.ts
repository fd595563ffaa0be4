// Entity rows: as the extraction gives them, and merged with the stored entity when the
// batch runs (the stored names are read inside the batch's transaction).

import type { ExtractedEntity } from '../../contract/extraction.ts';
import { foldText } from '../text.ts';

export interface EntityRow {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  externalIds: string[];
}

/**
 * Merges an incoming entity into the stored one: the longer name wins (the stored one on a
 * tie), every other name and alias becomes an alias (once, compared folded).
 */
export function mergeEntityNames(
  stored: { name: string; aliases: readonly string[] } | null,
  incoming: { name: string; aliases: readonly string[] },
): { name: string; aliases: string[] } {
  const name = stored && stored.name.length >= incoming.name.length ? stored.name : incoming.name;
  const seen = new Set([foldText(name)]);
  const aliases: string[] = [];
  const candidates = [...(stored ? [stored.name, ...stored.aliases] : []), incoming.name, ...incoming.aliases];
  for (const candidate of candidates) {
    const trimmed = candidate.trim();
    const key = foldText(trimmed);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    aliases.push(trimmed);
  }
  return { name, aliases };
}

export function entityRow(entity: ExtractedEntity): EntityRow {
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: [...entity.aliases],
    externalIds: Object.entries(entity.externalIds ?? {}).map(([source, id]) => `${source}:${id}`),
  };
}
