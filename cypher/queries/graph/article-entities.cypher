// The entities the given articles mention, each with the number of those articles that
// mention it: the co-mention neighbours of entities whose articles the caller collected
// (graph/entity-articles), without matching article pairs in Cypher.
// Parameters: $ids [string] (article ids, each once).
// Returns: id, weight (given articles mentioning it), mentions.
UNWIND $ids AS articleId
MATCH (a:Article {id: articleId})-[:MENTIONS]->(n:Entity)
RETURN n.id AS id, count(a) AS weight, coalesce(n.mentionCount, 0) AS mentions
