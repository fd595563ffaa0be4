// Typed relation edges among the given entities, aggregated per type and direction.
// Parameters: $ids [string], $relationTypes [string] (RELATION_TYPES).
// Returns: source, target, type, weight, evidenceIds (relation ids), firstDate, lastDate.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $relationTypes
RETURN a.id AS source, b.id AS target, type(r) AS type, count(r) AS weight,
  collect(r.id) AS evidenceIds, min(r.date) AS firstDate, max(r.date) AS lastDate
ORDER BY source, target, type
