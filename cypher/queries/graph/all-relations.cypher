// Every typed relation between two entities, one row per relation: what the embedded store's
// adjacency index (cypher/adjacencyIndex.ts) is filled from once, then kept up to date by its
// writes, to answer graph/relation-edges and graph/relation-neighbors from memory.
// Parameters: none.
// Returns: source, target, type, id (relation id), date.
MATCH (a:Entity)-[r:__RELATION_TYPES__]->(b:Entity)
RETURN a.id AS source, b.id AS target, type(r) AS type, r.id AS id, r.date AS date
