// Articles published in a date range (the article's own date), with what the caller needs
// to tell their outlet apart and count them. Articles without a date match only when no
// bound is given.
// Parameters: $from, $toBefore (ISO date strings or null: date >= $from and date < $toBefore).
// Returns: id, url, source, sourceName, date, statements (how many statements the article holds).
MATCH (a:Article)
WHERE ($from IS NULL OR a.date >= $from)
  AND ($toBefore IS NULL OR a.date < $toBefore)
RETURN a.id AS id, a.url AS url, a.source AS source, a.sourceName AS sourceName, a.date AS date,
  COUNT { MATCH (a)<-[:IN_ARTICLE]-(:Statement) } AS statements
ORDER BY id
