// Statements about one entity matching a filter: statements/list anchored on the target, so
// the engine walks that entity's ABOUT edges instead of every statement. Same statements, same
// order; \`about\` in no set order (the caller sorts it).
// The speaker and the targets are read by pattern comprehensions from each statement kept:
// the embedded engine runs an OPTIONAL MATCH here as a scan of every entity.
// Parameters: $about (id, required), $speaker, $article (ids or null), $from, $toBefore (ISO
//   date strings or null: date >= $from and date < $toBefore), $skip integer, $limit integer.
// Returns: as statements/list.
MATCH (:Entity {id: $about})<-[:ABOUT]-(s:Statement)-[:IN_ARTICLE]->(a:Article)
WHERE ($article IS NULL OR a.id = $article)
  AND ($from IS NULL OR s.date >= $from)
  AND ($toBefore IS NULL OR s.date < $toBefore)
  AND ($speaker IS NULL OR EXISTS { MATCH (:Entity {id: $speaker})-[:SAID]->(s) })
WITH DISTINCT s, a
ORDER BY s.date DESC, s.articleId, s.start, s.id
SKIP $skip
LIMIT $limit
WITH s, a, [(s)<-[:SAID]-(speaker:Entity) | speaker][0] AS speaker,
  [(s)-[:ABOUT]->(target:Entity) | {id: target.id, name: target.name, type: target.type}] AS about
RETURN s.id AS id, s.articleId AS articleId, s.quote AS quote, s.kind AS kind, s.act AS act, s.cue AS cue,
  s.speakerText AS speakerText, s.sentence AS sentence, s.start AS start, s.end AS end,
  s.sentenceStart AS sentenceStart, s.sentenceEnd AS sentenceEnd, s.date AS date,
  s.confidence AS confidence, s.trace AS trace, a.title AS articleTitle, a.date AS articleDate, a.url AS articleUrl,
  a.source AS articleSource, a.sourceName AS articleSourceName, speaker.id AS speakerId, speaker.name AS speakerName,
  speaker.type AS speakerType, about
ORDER BY date DESC, articleId, start, id
