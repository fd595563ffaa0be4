// An article's URL as the reader shows it. URLs come from input files as they were
// written (`www.example.com/news/1`, `javascript:…`): only an http(s) URL that parses
// becomes a link, shown by its host; anything else is shown as the text it is.

export interface ArticleLink {
  href: string;
  host: string;
}

export function articleLink(url: string): ArticleLink | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.hostname === '') return null;
  return { href: parsed.href, host: parsed.hostname };
}
