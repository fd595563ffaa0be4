// The typed relations of an entity, either direction, with their evidence and article: the
// latest $limit are chosen before their articles are looked up (the embedded engine scans the
// articles for each lookup by r.articleId, so only those rows look; Neo4j allows no pattern
// comprehension over a single node to do it otherwise).
// Parameters: $id string, $relationTypes [string] (RELATION_TYPES), $limit integer.
// Returns: id, type, sourceId, sourceName, sourceType, targetId, targetName, targetType, role,
//   articleId, evidence, start, end, date, trace, articleTitle, articleDate, articleUrl, articleSource,
//   articleSourceName.
MATCH (e:Entity {id: $id})-[r:__RELATION_TYPES__]-(:Entity)
WHERE type(r) IN $relationTypes
WITH DISTINCT r
ORDER BY r.date DESC, r.id
LIMIT $limit
WITH r, startNode(r) AS s, endNode(r) AS t
OPTIONAL MATCH (a:Article {id: r.articleId})
RETURN r.id AS id, type(r) AS type, s.id AS sourceId, s.name AS sourceName, s.type AS sourceType,
  t.id AS targetId, t.name AS targetName, t.type AS targetType, r.role AS role,
  r.articleId AS articleId, r.evidence AS evidence, r.start AS start, r.end AS end, r.date AS date,
  r.trace AS trace,
  a.title AS articleTitle, a.date AS articleDate, a.url AS articleUrl, a.source AS articleSource, a.sourceName AS articleSourceName
ORDER BY date DESC, id
