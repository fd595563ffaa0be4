// Entities linked to the given ones by a typed relation, either direction.
// Parameters: $ids [string], $relationTypes [string] (RELATION_TYPES).
// Returns: id, weight (relations to the given entities), mentions.
UNWIND $ids AS centerId
MATCH (c:Entity {id: centerId})-[r]-(n:Entity)
WHERE type(r) IN $relationTypes AND n <> c
RETURN n.id AS id, count(r) AS weight, coalesce(n.mentionCount, 0) AS mentions
