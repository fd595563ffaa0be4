// The given typed relations with their ends, evidence and article (entity/relations'
// columns), for a list the embedded store's adjacency index chose and ordered
// (cypher/adjacencyIndex.ts): a hub entity's thousands of relations are not sorted by the
// engine. Each relation is found from its two ends. In no set order (the caller orders them);
// unknown keys are left out.
// Parameters: $keys [{source, target, type, id}] (entity ids, a RELATION_TYPES value, the relation id).
// Returns: as entity/relations.
UNWIND $keys AS key
MATCH (s:Entity {id: key.source})-[r:__RELATION_TYPES__]->(t:Entity {id: key.target})
WHERE type(r) = key.type AND r.id = key.id
OPTIONAL MATCH (a:Article {id: r.articleId})
RETURN r.id AS id, type(r) AS type, s.id AS sourceId, s.name AS sourceName, s.type AS sourceType,
  t.id AS targetId, t.name AS targetName, t.type AS targetType, r.role AS role,
  r.articleId AS articleId, r.evidence AS evidence, r.start AS start, r.end AS end, r.date AS date,
  r.trace AS trace,
  a.title AS articleTitle, a.date AS articleDate, a.url AS articleUrl, a.source AS articleSource, a.sourceName AS articleSourceName
