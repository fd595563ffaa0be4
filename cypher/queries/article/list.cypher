// Articles, newest first.
// Parameters: $skip integer, $limit integer. Returns: id, title, date, url, source.
MATCH (a:Article)
RETURN a.id AS id, a.title AS title, a.date AS date, a.url AS url, a.source AS source
ORDER BY date DESC, id
SKIP $skip
LIMIT $limit
