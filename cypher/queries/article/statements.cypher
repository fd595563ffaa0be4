// The statements of an article with their offsets, in text order.
// Parameters: $id string.
// Returns: id, speakerId, kind, start, end, sentenceStart, sentenceEnd.
MATCH (s:Statement)-[:IN_ARTICLE]->(:Article {id: $id})
OPTIONAL MATCH (speaker:Entity)-[:SAID]->(s)
RETURN s.id AS id, speaker.id AS speakerId, s.kind AS kind, s.start AS start, s.end AS end,
  s.sentenceStart AS sentenceStart, s.sentenceEnd AS sentenceEnd
ORDER BY start, id
