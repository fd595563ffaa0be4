// The articles that mention each of the given entities, with their dates: the caller
// counts co-mentions from these lists (far cheaper than matching every pair in Cypher).
// Unordered: sorting tens of thousands of rows costs the engine more than the counting.
// Parameters: $ids [string].
// Returns: id, articleId, date.
UNWIND $ids AS id
MATCH (e:Entity {id: id})<-[:MENTIONS]-(a:Article)
RETURN id, a.id AS articleId, a.date AS date
