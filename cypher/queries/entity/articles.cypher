// The articles that mention an entity, newest first.
// Parameters: $id string, $limit integer.
// Returns: id, title, date, url, source.
MATCH (a:Article)-[:MENTIONS]->(:Entity {id: $id})
RETURN a.id AS id, a.title AS title, a.date AS date, a.url AS url, a.source AS source
ORDER BY date DESC, id
LIMIT $limit
