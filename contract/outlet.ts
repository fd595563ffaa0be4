// An article's outlet and source as the server filters by them and the explorer shows them:
// not stored, derived in this one place from what the article keeps (its URL, its source,
// the source name its document declared).
//
// Outlets are registrable domains: milano.corriere.it and roma.corriere.it are corriere.it.
// The registrable part is found with the small list of two-level public suffixes below,
// not with the Public Suffix List: a host under a suffix the list lacks (a city-level
// suffix, a hosting provider's subdomains such as *.github.io) is grouped under that
// suffix, one level too high. Add suffixes here as real corpora need them.

/** Outlet key of the articles that have none (a file without URL nor declared source); not a valid host name. */
export const NO_OUTLET = '-';

/** Public suffixes of two labels under which newspapers register (co.uk: bbc.co.uk, not co.uk). */
export const TWO_LEVEL_SUFFIXES: ReadonlySet<string> = new Set([
  'co.uk',
  'org.uk',
  'ac.uk',
  'gov.uk',
  'ltd.uk',
  'plc.uk',
  'me.uk',
  'com.au',
  'net.au',
  'org.au',
  'gov.au',
  'co.nz',
  'org.nz',
  'co.jp',
  'ne.jp',
  'or.jp',
  'co.za',
  'co.in',
  'co.il',
  'co.kr',
  'com.br',
  'com.ar',
  'com.mx',
  'com.tr',
  'com.cn',
  'com.hk',
  'com.sg',
  'com.ua',
  'com.pl',
]);

/** The registrable domain of a host name: its last two labels, or three under a listed two-level suffix. */
export function registrableDomain(host: string): string {
  const clean = host.toLowerCase().replace(/\.$/, '');
  // An IP address (v4, or v6 in brackets) has no domain to group by.
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(clean) || clean.startsWith('[')) return clean;
  const labels = clean.split('.').filter(Boolean);
  if (labels.length <= 2) return labels.join('.');
  const lastTwo = labels.slice(-2).join('.');
  return labels.slice(TWO_LEVEL_SUFFIXES.has(lastTwo) ? -3 : -2).join('.');
}

function domainOf(text: string | null | undefined): string | null {
  if (!text || !/^https?:\/\//i.test(text)) return null;
  try {
    const host = new URL(text).hostname;
    return host === '' ? null : registrableDomain(host);
  } catch {
    return null;
  }
}

/** What outletOf and the labels below read of an article. */
export interface OutletSource {
  url: string | null;
  source: string;
  /** The source name the document declared ("Corriere della Sera"), when it did. */
  sourceName?: string | null;
}

/**
 * The outlet of an article: the registrable domain of its URL, else of its source when
 * that is a URL, else the source name it declared, else NO_OUTLET.
 */
export function outletOf(article: OutletSource): string {
  return domainOf(article.url) ?? domainOf(article.source) ?? (article.sourceName?.trim() || NO_OUTLET);
}

/** How the page names an article's outlet: its declared name, else its outlet key; null when it has none. */
export function outletLabel(article: OutletSource): string | null {
  const name = article.sourceName?.trim();
  if (name) return name;
  const outlet = outletOf(article);
  return outlet === NO_OUTLET ? null : outlet;
}

/**
 * An article's source as the page may show it: a URL as it is; a file path reduced to
 * the file's name (with the `[i]` of a JSON array or the `:line` of JSON Lines), since a
 * machine's folders are nobody's business on a shared page.
 */
export function publicSource(source: string): string {
  if (/^https?:\/\//i.test(source)) return source;
  const parts = source.split(/[\\/]/).filter(Boolean);
  return parts[parts.length - 1] ?? source;
}

/** What to call an article: its title, else the file or URL it came from, without the folders. */
export function articleLabel(article: { title: string | null; source: string }): string {
  if (article.title && article.title.trim()) return article.title.trim();
  const parts = article.source.split(/[\\/]/).filter(Boolean);
  return parts[parts.length - 1] ?? article.source;
}
