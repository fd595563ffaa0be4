// Statements matching a filter, newest first, with speaker, targets and article summary.
// Parameters: $speaker, $about, $article (ids or null), $from, $toBefore (ISO date strings or
//   null: date >= $from and date < $toBefore), $skip integer, $limit integer.
// Returns: id, articleId, quote, kind, act, cue, speakerText, sentence, start, end, sentenceStart,
//   sentenceEnd, date, confidence, trace, articleTitle, articleDate, articleUrl, articleSource,
//   articleSourceName,
//   speakerId, speakerName, speakerType, about [{id, name, type}].
MATCH (s:Statement)-[:IN_ARTICLE]->(a:Article)
WHERE ($article IS NULL OR a.id = $article)
  AND ($from IS NULL OR s.date >= $from)
  AND ($toBefore IS NULL OR s.date < $toBefore)
  AND ($speaker IS NULL OR EXISTS { MATCH (:Entity {id: $speaker})-[:SAID]->(s) })
  AND ($about IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(:Entity {id: $about}) })
OPTIONAL MATCH (speaker:Entity)-[:SAID]->(s)
WITH s, a, speaker
ORDER BY s.date DESC, s.articleId, s.start, s.id
SKIP $skip
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
ORDER BY date DESC, articleId, start, id
