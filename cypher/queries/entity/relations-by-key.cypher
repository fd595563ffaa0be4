// The given typed relations with their ends and evidence (entity/relations' columns but the
// article's), for a list the embedded store's adjacency index chose and ordered
// (cypher/adjacencyIndex.ts): a hub entity's thousands of relations are not sorted by the
// engine. Each relation is found from its two ends. The caller reads the articles by id
// (article/summaries): an OPTIONAL MATCH on r.articleId here made the embedded engine's
// panels of a 10k-article store several times slower (bench/README.md, fifth pass). In no
// set order (the caller orders them); unknown keys are left out.
// Parameters: $keys [{source, target, type, id}] (entity ids, a RELATION_TYPES value, the relation id).
// Returns: id, type, sourceId, sourceName, sourceType, targetId, targetName, targetType, role,
//   articleId, evidence, start, end, date, trace.
UNWIND $keys AS key
MATCH (s:Entity {id: key.source})-[r:__RELATION_TYPES__]->(t:Entity {id: key.target})
WHERE type(r) = key.type AND r.id = key.id
RETURN r.id AS id, type(r) AS type, s.id AS sourceId, s.name AS sourceName, s.type AS sourceType,
  t.id AS targetId, t.name AS targetName, t.type AS targetType, r.role AS role,
  r.articleId AS articleId, r.evidence AS evidence, r.start AS start, r.end AS end, r.date AS date,
  r.trace AS trace
