// The given statements with speaker, targets and article summary (the columns of
// statements/list), for a page the embedded store's adjacency index chose and ordered
// (cypher/adjacencyIndex.ts): a hub's thousands of statements are not sorted by the engine.
// Speaker and targets are read by pattern comprehensions, as statements/list-about reads them
// (an OPTIONAL MATCH here scans every entity on the embedded engine). In no set order (the
// caller orders them); `about` in no set order (the caller sorts it); unknown ids are left out.
// Parameters: $ids [string] (statement ids).
// Returns: as statements/list.
UNWIND $ids AS statementId
MATCH (s:Statement {id: statementId})-[:IN_ARTICLE]->(a:Article)
WITH DISTINCT s, a
WITH s, a, [(s)<-[:SAID]-(speaker:Entity) | speaker][0] AS speaker,
  [(s)-[:ABOUT]->(target:Entity) | {id: target.id, name: target.name, type: target.type}] AS about
RETURN s.id AS id, s.articleId AS articleId, s.quote AS quote, s.kind AS kind, s.act AS act, s.cue AS cue,
  s.speakerText AS speakerText, s.sentence AS sentence, s.start AS start, s.end AS end,
  s.sentenceStart AS sentenceStart, s.sentenceEnd AS sentenceEnd, s.date AS date,
  s.confidence AS confidence, s.trace AS trace, a.title AS articleTitle, a.date AS articleDate, a.url AS articleUrl,
  a.source AS articleSource, a.sourceName AS articleSourceName, speaker.id AS speakerId, speaker.name AS speakerName,
  speaker.type AS speakerType, about
