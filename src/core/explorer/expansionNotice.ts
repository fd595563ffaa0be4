// What the page says after an expansion: how many neighbours it added to the graph, in the
// same counts as the entity panel's "Show more (shown of total)", so that a double-click
// whose neighbours were all on the graph already still says what it did.
import type { ExpansionInfo } from './explorerState.ts';

const neighbours = (n: number) => `${n} ${n === 1 ? 'neighbour' : 'neighbours'}`;

/**
 * `added`: neighbours that were not on the graph before (the entity itself not counted);
 * `info`: how many neighbours the expansion drew of how many the entity has.
 */
export function expansionNotice(name: string, info: ExpansionInfo, added: number): string {
  const { shown, total } = info;
  const partial = total > shown;
  if (added === 0) {
    if (shown === 0) return `${name} has no neighbours to add.`;
    if (!partial) return `No new neighbours of ${name}: all ${shown} are already shown.`;
    return `No new neighbours of ${name}: the ${shown} of ${total} fetched are already shown; "Show more" in its panel fetches more.`;
  }
  const already = shown - added;
  return (
    `Added ${neighbours(added)} of ${name}` +
    (partial ? ` (${shown} of ${total} shown)` : '') +
    (already > 0 ? `; ${already} ${already === 1 ? 'was' : 'were'} already shown` : '') +
    '.'
  );
}
