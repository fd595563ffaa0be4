// The entities an article mentions, with the offsets of each mention.
// Parameters: $id string. Returns: entityId, name, type, starts, ends.
MATCH (:Article {id: $id})-[m:MENTIONS]->(e:Entity)
RETURN e.id AS entityId, e.name AS name, e.type AS type, m.starts AS starts, m.ends AS ends
ORDER BY entityId
