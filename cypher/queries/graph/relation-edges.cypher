// Typed relation edges among the given entities, aggregated per (source, target, type).
// Anchored on the id index of the source, so the cost follows the given entities, not the graph.
// Parameters: $ids [string], $relationTypes [string] (the closed vocabulary, RELATION_TYPES).
// Returns: source, target, type, weight, evidenceIds (relation ids), firstDate, lastDate.
UNWIND $ids AS sourceId
MATCH (a:Entity {id: sourceId})-[r]->(b:Entity)
WHERE b.id IN $ids AND type(r) IN $relationTypes
RETURN a.id AS source, b.id AS target, type(r) AS type, count(r) AS weight,
  collect(r.id) AS evidenceIds, min(r.date) AS firstDate, max(r.date) AS lastDate
ORDER BY source, target, type
