// Every statement in an article with each entity it is about, one row per (statement,
// target), with what orders it in statements/list-about: what the embedded store's adjacency
// index (cypher/adjacencyIndex.ts) is filled from once, then kept up to date by its writes, to
// choose an entity's statements in its details without the engine sorting a hub's thousands.
// Parameters: none.
// Returns: entity (target id), id, date, articleId, start.
MATCH (s:Statement)-[:ABOUT]->(target:Entity)
MATCH (s)-[:IN_ARTICLE]->(:Article)
RETURN DISTINCT target.id AS entity, s.id AS id, s.date AS date, s.articleId AS articleId, s.start AS start
