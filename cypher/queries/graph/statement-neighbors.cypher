// Entities that spoke about the given ones, or that the given ones spoke about.
// Parameters: $ids [string].
// Returns: id, weight (statements linking them), mentions.
UNWIND $ids AS centerId
MATCH (c:Entity {id: centerId})-[r1:SAID|ABOUT]-(s:Statement)-[r2:SAID|ABOUT]-(n:Entity)
WHERE type(r1) <> type(r2) AND n <> c
RETURN n.id AS id, count(DISTINCT s) AS weight, coalesce(n.mentionCount, 0) AS mentions
