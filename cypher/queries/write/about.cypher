// Links statements to the entities they are about.
// Parameters: $rows [{statementId, entityId, articleId}].
// Returns: written (rows processed).
UNWIND $rows AS row
MATCH (s:Statement {id: row.statementId})
MATCH (e:Entity {id: row.entityId})
MERGE (s)-[r:ABOUT]->(e)
  ON CREATE SET r.articleId = row.articleId
RETURN count(r) AS written
