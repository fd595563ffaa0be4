// Typed relations out of the given entities to any entity, one row per relation: the caller
// keeps those whose target and type it asked for and aggregates them. Anchored on the id
// index of the source; no filter on type(r) or on a list of ids here, as the engine tests
// those row by row far more slowly than the caller does.
// Parameters: $ids [string].
// Returns: source, target, type, id (relation id), date.
UNWIND $ids AS sourceId
MATCH (a:Entity {id: sourceId})-[r:__RELATION_TYPES__]->(b:Entity)
RETURN a.id AS source, b.id AS target, type(r) AS type, r.id AS id, r.date AS date
