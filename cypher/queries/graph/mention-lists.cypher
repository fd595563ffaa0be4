// Every mentioned entity with the articles that mention it, one row per entity: what the
// embedded store's entity index (cypher/entityIndex.ts) is filled from once, then kept up to
// date by its writes, to count co-mentions from memory (graph/entity-articles,
// graph/article-entities, graph/entity-article-lists).
// Parameters: none.
// Returns: id, articleIds [string].
MATCH (e:Entity)<-[:MENTIONS]-(a:Article)
RETURN e.id AS id, collect(a.id) AS articleIds
