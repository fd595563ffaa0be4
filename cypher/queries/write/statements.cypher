// Upserts statements and links each to its article.
// Parameters: $rows [{id, articleId, quote, kind, cue, speakerText, sentence, start, end,
//   sentenceStart, sentenceEnd, confidence, date}].
// Returns: written (rows processed).
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (s:Statement {id: row.id})
  ON CREATE SET s.articleId = row.articleId, s.quote = row.quote, s.kind = row.kind, s.cue = row.cue,
    s.speakerText = row.speakerText, s.sentence = row.sentence, s.start = row.start, s.end = row.end,
    s.sentenceStart = row.sentenceStart, s.sentenceEnd = row.sentenceEnd,
    s.confidence = toFloat(row.confidence), s.date = row.date
MERGE (s)-[:IN_ARTICLE]->(a)
RETURN count(s) AS written
