// Number of entities, optionally of some types only.
// Parameters: $types [string] or null (all). Returns: total.
MATCH (e:Entity)
WHERE $types IS NULL OR e.type IN $types
RETURN count(e) AS total
