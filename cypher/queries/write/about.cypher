// Links the statements of new articles to the entities they are about (each pair once;
// created, as the statements are new). A target missing from the store is left out.
// Parameters: $rows [{statementId, entityId, articleId}].
// Returns: written (links created).
UNWIND $rows AS row
MATCH (s:Statement {id: row.statementId})
MATCH (e:Entity {id: row.entityId})
CREATE (s)-[r:ABOUT {articleId: row.articleId}]->(e)
RETURN count(r) AS written
