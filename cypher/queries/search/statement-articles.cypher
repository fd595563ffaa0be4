// Every article's date and the statements table's outlet and article keys before their
// folding, for the index a server keeps of the statements (server/statementIndex.ts). The
// expressions are search/statements' own: the outlet is the declared name, else the
// registrable domain of the URL or of a source that is a URL (its last two labels, or three
// under a suffix of $twoLevelSuffixes); the article is its title, else the last part of its source.
// Parameters: $twoLevelSuffixes [string] (with their leading dot: '.co.uk').
// Returns: id, date, outlet, article.
MATCH (a:Article)
WITH a, CASE WHEN trim(coalesce(a.sourceName, '')) = '' THEN
    [link IN [a.url, a.source] WHERE link IS NOT NULL AND (toLower(link) STARTS WITH 'http://' OR toLower(link) STARTS WITH 'https://')]
  ELSE [] END AS links
WITH a,
  CASE WHEN size(links) = 0 THEN null
  ELSE toLower(split(last(split(split(split(split(split(links[0], '://')[1], '/')[0], '?')[0], '#')[0], '@')), ':')[0])
  END AS host
WITH a, host, [label IN split(coalesce(host, ''), '.') WHERE label <> ''] AS labels,
  CASE WHEN any(suffix IN $twoLevelSuffixes WHERE host ENDS WITH suffix) THEN 3 ELSE 2 END AS kept
RETURN a.id AS id, a.date AS date,
  CASE
    WHEN trim(coalesce(a.sourceName, '')) <> '' THEN trim(a.sourceName)
    WHEN host IS NULL THEN ''
    WHEN size(labels) <= kept OR host =~ '[0-9]{1,3}([.][0-9]{1,3}){3}' THEN host
    ELSE substring(host, size(host) - reduce(chars = -1, label IN labels[size(labels) - kept..] | chars + size(label) + 1))
  END AS outlet,
  CASE
    WHEN trim(coalesce(a.title, '')) <> '' THEN trim(a.title)
    ELSE coalesce(last([part IN split(replace(coalesce(a.source, ''), '\\', '/'), '/') WHERE part <> '']), coalesce(a.source, ''))
  END AS article
