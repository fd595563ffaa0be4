// Statements whose quote contains the folded query, optionally of the given kinds, acts and cue,
// newest first, with speaker, targets and article summary (the columns of statements/list).
// The quote is folded here as cypher/text.ts folds the query: lower-cased, then each
// [from, to] pair of $folds replaced (accented letters, typographic apostrophes and dashes),
// so "perche" finds "Perché" on both engines without a full-text index.
// Parameters: $contains (folded text, or null: any quote), $kinds [string] (or null: any kind),
//   $acts [string] (or null: any act; a statement stored without an act is a claim),
//   $cue (folded cue, or null: any cue), $folds [[string, string]], $limit integer.
// Returns: id, articleId, quote, kind, act, cue, speakerText, sentence, start, end, sentenceStart,
//   sentenceEnd, date, confidence, trace, articleTitle, articleDate, articleUrl, articleSource,
//   articleSourceName,
//   speakerId, speakerName, speakerType, about [{id, name, type}].
MATCH (s:Statement)-[:IN_ARTICLE]->(a:Article)
WHERE ($kinds IS NULL OR s.kind IN $kinds)
  AND ($acts IS NULL OR coalesce(s.act, 'claim') IN $acts)
  AND ($cue IS NULL OR reduce(text = toLower(coalesce(s.cue, '')), fold IN $folds | replace(text, fold[0], fold[1])) = $cue)
  AND ($contains IS NULL OR reduce(text = toLower(s.quote), fold IN $folds | replace(text, fold[0], fold[1])) CONTAINS $contains)
OPTIONAL MATCH (speaker:Entity)-[:SAID]->(s)
WITH s, a, speaker
ORDER BY s.date DESC, s.articleId, s.start
LIMIT $limit
OPTIONAL MATCH (s)-[:ABOUT]->(target:Entity)
WITH s, a, speaker, target
ORDER BY target.name
WITH s, a, speaker,
  collect(CASE WHEN target IS NULL THEN null ELSE {id: target.id, name: target.name, type: target.type} END) AS about
RETURN s.id AS id, s.articleId AS articleId, s.quote AS quote, s.kind AS kind, s.act AS act, s.cue AS cue,
  s.speakerText AS speakerText, s.sentence AS sentence, s.start AS start, s.end AS end,
  s.sentenceStart AS sentenceStart, s.sentenceEnd AS sentenceEnd, s.date AS date,
  s.confidence AS confidence, s.trace AS trace, a.title AS articleTitle, a.date AS articleDate, a.url AS articleUrl,
  a.source AS articleSource, a.sourceName AS articleSourceName, speaker.id AS speakerId, speaker.name AS speakerName,
  speaker.type AS speakerType, about
ORDER BY date DESC, articleId, start
