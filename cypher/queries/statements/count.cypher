// Number of statements matching a filter (same filter as statements/list).
// Parameters: $speaker, $about, $article, $from, $toBefore. Returns: total.
MATCH (s:Statement)-[:IN_ARTICLE]->(a:Article)
WHERE ($article IS NULL OR a.id = $article)
  AND ($from IS NULL OR s.date >= $from)
  AND ($toBefore IS NULL OR s.date < $toBefore)
  AND ($speaker IS NULL OR EXISTS { MATCH (:Entity {id: $speaker})-[:SAID]->(s) })
  AND ($about IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(:Entity {id: $about}) })
RETURN count(s) AS total
