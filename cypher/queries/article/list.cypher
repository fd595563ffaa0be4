// Articles, newest first.
// Parameters: $skip integer, $limit integer. Returns: id, title, date, url, source, sourceName.
MATCH (a:Article)
RETURN a.id AS id, a.title AS title, a.date AS date, a.url AS url, a.source AS source, a.sourceName AS sourceName
ORDER BY date DESC, id
SKIP $skip
LIMIT $limit
