// Text folding for search: names and queries compare without case and accents
// ("Città" finds "citta", "DRAGHI" finds "Draghi"). Both engines store the folded
// text in `searchText`, so search needs no engine-specific full-text index.

const APOSTROPHES = /[\u2018\u2019\u02bc`´]/g;
const DASHES = /[\u2010-\u2015]/g;

/** Lower-cases, strips diacritics, unifies apostrophes and dashes, collapses spaces. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Separates the folded names inside `searchText`; never part of a folded name. */
export const SEARCH_SEPARATOR = '|';

/**
 * The `searchText` property of an entity: its folded name and aliases, each between
 * separators (`|mario draghi|draghi|`), so a query can test exact (`|q|`), prefix (`|q`)
 * and substring matches with CONTAINS.
 */
export function searchTextOf(name: string, aliases: readonly string[]): string {
  const folded = new Set<string>();
  for (const value of [name, ...aliases]) {
    const key = foldText(value).replaceAll(SEARCH_SEPARATOR, ' ').trim();
    if (key) folded.add(key);
  }
  return `${SEARCH_SEPARATOR}${[...folded].join(SEARCH_SEPARATOR)}${SEARCH_SEPARATOR}`;
}
