// One article with its text.
// Parameters: $id string. Returns: id, title, date, url, source, sourceName, language, text.
MATCH (a:Article {id: $id})
RETURN a.id AS id, a.title AS title, a.date AS date, a.url AS url, a.source AS source, a.sourceName AS sourceName,
  a.language AS language, a.text AS text
