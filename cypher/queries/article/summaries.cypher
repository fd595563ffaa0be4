// The given articles' summaries (entity/articles' columns), for a list the embedded store's
// entity index chose and ordered (cypher/entityIndex.ts): a hub entity's thousands of
// articles are not sorted by the engine. In no set order (the caller orders them); unknown
// ids are left out.
// Parameters: $ids [string].
// Returns: id, title, date, url, source, sourceName.
UNWIND $ids AS articleId
MATCH (a:Article {id: articleId})
RETURN a.id AS id, a.title AS title, a.date AS date, a.url AS url, a.source AS source, a.sourceName AS sourceName
