// The entities the given articles mention.
// Parameters: $ids [string] (article ids).
// Returns: id.
UNWIND $ids AS articleId
MATCH (:Article {id: articleId})-[:MENTIONS]->(e:Entity)
RETURN DISTINCT e.id AS id
ORDER BY id
