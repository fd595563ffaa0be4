// One page of the statements matching the table's filters, in the order asked, with speaker,
// targets and article summary (the columns of statements/list).
// Text is folded here as cypher/text.ts folds the query: lower-cased, then each [from, to]
// pair of $folds replaced (accented letters, typographic apostrophes and dashes), so "perche"
// finds "Perché" on both engines without a full-text index; text sort keys fold alike, with the
// shorter $sortFolds (a key is folded for every row). Folding
// costs a replace per pair, so text that matches $plain (printable ASCII) is only lower-cased,
// and a speaker entity's key is the folded name stored first in its searchText (|name|alias|).
// A statement's date is its own, else its article's. Rows with an empty sort key come last
// in either direction; ties keep the newest first, then article, position and id.
// The outlet key is contract/outlet.ts's outletLabel: the declared source name, else the
// registrable domain of the URL (or of a source that is a URL): its last two labels, or three
// under a suffix of $twoLevelSuffixes.
// Parameters: $contains (folded text found in the quote, or null: any), $inSentence (boolean:
//   $contains may also be found in the quote's sentence),
//   $kinds [string] (or null: any kind), $acts [string] (or null: any act; a statement stored
//   without an act is a claim), $cue (folded cue, or null: any cue), $speaker (entity id or
//   null), $from, $toBefore (ISO date strings or null: date >= $from and date < $toBefore),
//   $folds [[string, string]], $plain (a regular expression of text that folding leaves as lower-cased),
//   $sortFolds [[string, string]], $sort ('date', 'speaker', 'act', 'kind', 'quote', 'outlet' or
//   'article'), $descending boolean, $twoLevelSuffixes [string] (with their leading dot: '.co.uk'), $skip integer, $limit integer.
// Returns: id, articleId, quote, kind, act, cue, speakerText, sentence, start, end, sentenceStart,
//   sentenceEnd, date, confidence, trace, articleTitle, articleDate, articleUrl, articleSource,
//   articleSourceName,
//   speakerId, speakerName, speakerType, about [{id, name, type}], sortEmpty (1 where the sort key
//   is empty), sortKey, sortDay (the order's keys).
MATCH (s:Statement)-[:IN_ARTICLE]->(a:Article)
WHERE ($kinds IS NULL OR s.kind IN $kinds)
  AND ($acts IS NULL OR coalesce(s.act, 'claim') IN $acts)
  AND ($from IS NULL OR coalesce(s.date, a.date) >= $from)
  AND ($toBefore IS NULL OR coalesce(s.date, a.date) < $toBefore)
  AND ($speaker IS NULL OR EXISTS { MATCH (:Entity {id: $speaker})-[:SAID]->(s) })
  AND ($cue IS NULL OR reduce(text = toLower(coalesce(s.cue, '')), fold IN $folds | replace(text, fold[0], fold[1])) = $cue)
  AND ($contains IS NULL
    OR CASE WHEN s.quote =~ $plain THEN toLower(s.quote)
      ELSE reduce(text = toLower(s.quote), fold IN $folds | replace(text, fold[0], fold[1])) END CONTAINS $contains
    OR ($inSentence AND CASE WHEN s.sentence =~ $plain THEN toLower(s.sentence)
      ELSE reduce(text = toLower(coalesce(s.sentence, '')), fold IN $folds | replace(text, fold[0], fold[1])) END CONTAINS $contains))
OPTIONAL MATCH (speaker:Entity)-[:SAID]->(s)
WITH s, a, speaker, coalesce(s.date, a.date, '') AS day,
  CASE WHEN $sort = 'outlet' AND trim(coalesce(a.sourceName, '')) = '' THEN
    [link IN [a.url, a.source] WHERE link IS NOT NULL AND (toLower(link) STARTS WITH 'http://' OR toLower(link) STARTS WITH 'https://')]
  ELSE [] END AS links
WITH s, a, speaker, day,
  CASE WHEN size(links) = 0 THEN null
  ELSE toLower(split(last(split(split(split(split(split(links[0], '://')[1], '/')[0], '?')[0], '#')[0], '@')), ':')[0])
  END AS host
WITH s, a, speaker, day, host, [label IN split(coalesce(host, ''), '.') WHERE label <> ''] AS labels,
  CASE WHEN any(suffix IN $twoLevelSuffixes WHERE host ENDS WITH suffix) THEN 3 ELSE 2 END AS kept
WITH s, a, speaker, day,
  CASE $sort
    WHEN 'act' THEN coalesce(s.act, 'claim')
    WHEN 'kind' THEN s.kind
    WHEN 'date' THEN day
    WHEN 'speaker' THEN CASE WHEN speaker IS NOT NULL THEN null ELSE coalesce(s.speakerText, '') END
    WHEN 'quote' THEN s.quote
    WHEN 'outlet' THEN CASE
        WHEN trim(coalesce(a.sourceName, '')) <> '' THEN trim(a.sourceName)
        WHEN host IS NULL THEN ''
        WHEN size(labels) <= kept OR host =~ '[0-9]{1,3}([.][0-9]{1,3}){3}' THEN host
        ELSE substring(host, size(host) - reduce(chars = -1, label IN labels[size(labels) - kept..] | chars + size(label) + 1))
      END
    ELSE CASE
        WHEN trim(coalesce(a.title, '')) <> '' THEN trim(a.title)
        ELSE coalesce(last([part IN split(replace(coalesce(a.source, ''), '\\', '/'), '/') WHERE part <> '']), coalesce(a.source, ''))
      END
  END AS raw
WITH s, a, speaker, day,
  CASE
    WHEN $sort IN ['act', 'kind', 'date'] THEN raw
    WHEN raw IS NULL THEN coalesce(split(speaker.searchText, '|')[1], toLower(speaker.name), '')
    WHEN raw =~ $plain THEN toLower(raw)
    ELSE reduce(text = toLower(raw), fold IN $sortFolds | replace(text, fold[0], fold[1]))
  END AS key
ORDER BY CASE WHEN key = '' THEN 1 ELSE 0 END,
  CASE WHEN $descending THEN '' ELSE key END,
  CASE WHEN $descending THEN key ELSE '' END DESC,
  day DESC, s.articleId, s.start, s.id
SKIP $skip
LIMIT $limit
OPTIONAL MATCH (s)-[:ABOUT]->(target:Entity)
WITH s, a, speaker, day, key, target
ORDER BY target.name
WITH s, a, speaker, day, key,
  collect(CASE WHEN target IS NULL THEN null ELSE {id: target.id, name: target.name, type: target.type} END) AS about
RETURN s.id AS id, s.articleId AS articleId, s.quote AS quote, s.kind AS kind, s.act AS act, s.cue AS cue,
  s.speakerText AS speakerText, s.sentence AS sentence, s.start AS start, s.end AS end,
  s.sentenceStart AS sentenceStart, s.sentenceEnd AS sentenceEnd, s.date AS date,
  s.confidence AS confidence, s.trace AS trace, a.title AS articleTitle, a.date AS articleDate, a.url AS articleUrl,
  a.source AS articleSource, a.sourceName AS articleSourceName, speaker.id AS speakerId, speaker.name AS speakerName,
  speaker.type AS speakerType, about, CASE WHEN key = '' THEN 1 ELSE 0 END AS sortEmpty, key AS sortKey, day AS sortDay
ORDER BY sortEmpty,
  CASE WHEN $descending THEN '' ELSE sortKey END,
  CASE WHEN $descending THEN sortKey ELSE '' END DESC,
  sortDay DESC, articleId, start, id
