// The articles that mention an entity, newest first (walked from the entity: written the other
// way, the embedded engine scans every article).
// Parameters: $id string, $limit integer.
// Returns: id, title, date, url, source, sourceName.
MATCH (:Entity {id: $id})<-[:MENTIONS]-(a:Article)
RETURN a.id AS id, a.title AS title, a.date AS date, a.url AS url, a.source AS source, a.sourceName AS sourceName
ORDER BY date DESC, id
LIMIT $limit
