// Creates the statements of new articles and links each to its article. Created, not
// merged: a statement id derives from its article's id, so the statements of an article
// new to the store are new too; the writer sends each id once.
// Parameters: $rows [{id, articleId, quote, kind, act, cue, speakerText, sentence, start, end,
//   sentenceStart, sentenceEnd, confidence, trace, date}] (trace: the extractor's rule ids, a list of strings).
// Returns: written (statements created).
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
CREATE (s:Statement {id: row.id, articleId: row.articleId, quote: row.quote, kind: row.kind, act: row.act, cue: row.cue,
  speakerText: row.speakerText, sentence: row.sentence, start: row.start, end: row.end,
  sentenceStart: row.sentenceStart, sentenceEnd: row.sentenceEnd, confidence: toFloat(row.confidence),
  trace: row.trace, date: row.date})-[:IN_ARTICLE]->(a)
RETURN count(s) AS written
