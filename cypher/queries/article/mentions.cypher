// The entities an article mentions, with the offsets of each mention and how each reads
// where that differs from the entity's type ('' where it does not).
// Parameters: $id string. Returns: entityId, name, type, starts, ends, readings, readingRules.
MATCH (:Article {id: $id})-[m:MENTIONS]->(e:Entity)
RETURN e.id AS entityId, e.name AS name, e.type AS type, m.starts AS starts, m.ends AS ends,
  m.readings AS readings, m.readingRules AS readingRules
ORDER BY entityId
