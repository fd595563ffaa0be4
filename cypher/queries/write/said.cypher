// Links speakers to the statements of new articles (created with them, so the links are
// new: the writer sends each pair once). A speaker missing from the store is left out.
// Parameters: $rows [{speakerId, statementId, articleId, start, end}].
// Returns: written (links created).
UNWIND $rows AS row
MATCH (s:Statement {id: row.statementId})
MATCH (e:Entity {id: row.speakerId})
CREATE (e)-[r:SAID {articleId: row.articleId, start: row.start, end: row.end}]->(s)
RETURN count(r) AS written
