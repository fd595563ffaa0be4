// Entities linked to the given ones by an edge between entities, either direction, counted
// per type: the caller keeps the relation types it wants (no type(r) filter here, see
// graph/relation-edges).
// Parameters: $ids [string].
// Returns: id, type, weight (edges of that type to the given entities), mentions.
UNWIND $ids AS centerId
MATCH (c:Entity {id: centerId})-[r:__RELATION_TYPES__]-(n:Entity)
WHERE n <> c
RETURN n.id AS id, type(r) AS type, count(r) AS weight, coalesce(n.mentionCount, 0) AS mentions
