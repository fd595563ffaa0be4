// What the statements table sorts and filters every statement by, one row a statement, for
// the index a server keeps of them (server/statementIndex.ts): search/statements' keys before
// their folding (the caller folds, as that query's $folds and $sortFolds would) and its
// filters' fields. The expressions are search/statements' own: the date (the statement's,
// else its article's), the speaker entity's key (the folded name first in its searchText),
// the outlet (the declared name, else the registrable domain of the URL or of a source that
// is a URL: its last two labels, or three under a suffix of $twoLevelSuffixes) and the
// article (its title, else the last part of its source).
// Parameters: $twoLevelSuffixes [string] (with their leading dot: '.co.uk').
// Returns: id, articleId, start, date (null where neither has one), day (date, else ''), kind,
//   act (a statement stored without one is a claim), cue, quote, sentence, speakerId,
//   speakerKey (null without a speaker entity), speakerText, outlet, article.
MATCH (s:Statement)-[:IN_ARTICLE]->(a:Article)
WITH s, a, [(s)<-[:SAID]-(speaker:Entity) | speaker][0] AS speaker,
  CASE WHEN trim(coalesce(a.sourceName, '')) = '' THEN
    [link IN [a.url, a.source] WHERE link IS NOT NULL AND (toLower(link) STARTS WITH 'http://' OR toLower(link) STARTS WITH 'https://')]
  ELSE [] END AS links
WITH s, a, speaker,
  CASE WHEN size(links) = 0 THEN null
  ELSE toLower(split(last(split(split(split(split(split(links[0], '://')[1], '/')[0], '?')[0], '#')[0], '@')), ':')[0])
  END AS host
WITH s, a, speaker, host, [label IN split(coalesce(host, ''), '.') WHERE label <> ''] AS labels,
  CASE WHEN any(suffix IN $twoLevelSuffixes WHERE host ENDS WITH suffix) THEN 3 ELSE 2 END AS kept
RETURN s.id AS id, s.articleId AS articleId, s.start AS start, coalesce(s.date, a.date) AS date,
  coalesce(s.date, a.date, '') AS day, s.kind AS kind, coalesce(s.act, 'claim') AS act, s.cue AS cue,
  s.quote AS quote, s.sentence AS sentence, speaker.id AS speakerId,
  CASE WHEN speaker IS NULL THEN null
    ELSE coalesce(split(speaker.searchText, '|')[1], toLower(speaker.name), '') END AS speakerKey,
  s.speakerText AS speakerText,
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
