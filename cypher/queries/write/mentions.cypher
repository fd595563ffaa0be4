// Links articles to the entities they mention, with the offsets of every mention.
// Parameters: $rows [{articleId, entityId, count, starts, ends, texts}].
// Returns: written (rows processed).
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.entityId})
MERGE (a)-[m:MENTIONS]->(e)
  ON CREATE SET m.count = row.count, m.starts = row.starts, m.ends = row.ends, m.texts = row.texts
RETURN count(m) AS written
