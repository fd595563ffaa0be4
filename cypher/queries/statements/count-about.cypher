// Number of statements about one entity matching a filter (as statements/count, anchored on the target).
// Parameters: $about (id, required), $speaker, $article, $from, $toBefore. Returns: total.
MATCH (:Entity {id: $about})<-[:ABOUT]-(s:Statement)-[:IN_ARTICLE]->(a:Article)
WHERE ($article IS NULL OR a.id = $article)
  AND ($from IS NULL OR s.date >= $from)
  AND ($toBefore IS NULL OR s.date < $toBefore)
  AND ($speaker IS NULL OR EXISTS { MATCH (:Entity {id: $speaker})-[:SAID]->(s) })
RETURN count(DISTINCT s) AS total
