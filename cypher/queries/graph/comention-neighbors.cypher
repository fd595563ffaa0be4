// Entities mentioned in the same articles as the given ones, most shared articles first.
// Parameters: $ids [string], $limit integer.
// Returns: id, weight (shared articles), mentions.
UNWIND $ids AS centerId
MATCH (c:Entity {id: centerId})<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(n:Entity)
WHERE n <> c
WITH n, count(DISTINCT a) AS weight
ORDER BY weight DESC, n.id
LIMIT $limit
RETURN n.id AS id, weight, coalesce(n.mentionCount, 0) AS mentions
