// Every statement in an article with a speaker or a target, one row per statement, with what
// orders it in statements/list-by-speaker and statements/list-about: what the embedded
// store's adjacency index (cypher/adjacencyIndex.ts) is filled from once, then kept up to date
// by its writes, to choose an entity's statements in its details without the engine sorting a
// hub's thousands.
// Parameters: none.
// Returns: id, date, articleId, start, speakers [string], targets [string].
MATCH (s:Statement)-[:IN_ARTICLE]->(:Article)
WITH DISTINCT s
WITH s, [(speaker:Entity)-[:SAID]->(s) | speaker.id] AS speakers, [(s)-[:ABOUT]->(target:Entity) | target.id] AS targets
WHERE size(speakers) > 0 OR size(targets) > 0
RETURN s.id AS id, s.date AS date, s.articleId AS articleId, s.start AS start, speakers, targets
