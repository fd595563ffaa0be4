// The given statements with speaker, targets and article summary (the columns of
// statements/list), in id order; unknown ids are left out.
// Parameters: $ids [string] (statement ids).
// Returns: id, articleId, quote, kind, act, cue, speakerText, sentence, start, end, sentenceStart,
//   sentenceEnd, date, confidence, trace, articleTitle, articleDate, articleUrl, articleSource,
//   articleSourceName,
//   speakerId, speakerName, speakerType, about [{id, name, type}].
UNWIND $ids AS statementId
MATCH (s:Statement {id: statementId})-[:IN_ARTICLE]->(a:Article)
OPTIONAL MATCH (speaker:Entity)-[:SAID]->(s)
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
ORDER BY id
