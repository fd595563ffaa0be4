// Every statement in an article with its speaker, one row per (statement, speaker), with what
// orders it in statements/list-by-speaker: what the embedded store's adjacency index
// (cypher/adjacencyIndex.ts) is filled from once, then kept up to date by its writes, to
// choose an entity's statements in its details without the engine sorting a hub's thousands.
// Walked along the SAID edges (a pattern comprehension per statement scans every entity).
// Parameters: none.
// Returns: entity (speaker id), id, date, articleId, start.
MATCH (speaker:Entity)-[:SAID]->(s:Statement)-[:IN_ARTICLE]->(:Article)
RETURN DISTINCT speaker.id AS entity, s.id AS id, s.date AS date, s.articleId AS articleId, s.start AS start
