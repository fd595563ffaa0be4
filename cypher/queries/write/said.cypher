// Links speakers to their statements.
// Parameters: $rows [{speakerId, statementId, articleId, start, end}].
// Returns: written (rows processed).
UNWIND $rows AS row
MATCH (e:Entity {id: row.speakerId})
MATCH (s:Statement {id: row.statementId})
MERGE (e)-[r:SAID]->(s)
  ON CREATE SET r.articleId = row.articleId, r.start = row.start, r.end = row.end
RETURN count(r) AS written
