// Number of entities per type.
// Parameters: none. Returns: type, count.
MATCH (e:Entity)
RETURN e.type AS type, count(e) AS count
ORDER BY type
