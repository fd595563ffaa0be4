// An article's outlet, as the server filters by it and the explorer shows it: not stored,
// derived from the article's URL (or its source, when the source is a URL) in this one place.

/** Outlet key of the articles that have none (a file without URL); not a valid host name. */
export const NO_OUTLET = '-';

function hostOf(text: string | null): string | null {
  if (!text || !/^https?:\/\//i.test(text)) return null;
  try {
    const host = new URL(text).hostname.toLowerCase();
    return host.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** The outlet of an article: the host of its URL, else of its source when that is a URL. */
export function outletOf(article: { url: string | null; source: string }): string {
  return hostOf(article.url) ?? hostOf(article.source) ?? NO_OUTLET;
}
