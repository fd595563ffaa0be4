// Entities that spoke about the given ones, or that the given ones spoke about. Two directed
// patterns, not one undirected with a type(r) test, which the engine runs row by row slowly.
// Parameters: $ids [string].
// Returns: id, weight (statements linking them), mentions.
UNWIND $ids AS centerId
MATCH (c:Entity {id: centerId})
CALL {
  WITH c
  MATCH (c)-[:SAID]->(s:Statement)-[:ABOUT]->(n:Entity)
  RETURN s, n
  UNION
  WITH c
  MATCH (c)<-[:ABOUT]-(s:Statement)<-[:SAID]-(n:Entity)
  RETURN s, n
}
WITH c, s, n
WHERE n <> c
RETURN n.id AS id, count(DISTINCT s) AS weight, coalesce(n.mentionCount, 0) AS mentions
