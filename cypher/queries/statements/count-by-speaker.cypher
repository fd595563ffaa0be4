// Number of statements of one speaker matching a filter (as statements/count, anchored on the speaker).
// Parameters: $speaker (id, required), $about, $article, $from, $toBefore. Returns: total.
MATCH (:Entity {id: $speaker})-[:SAID]->(s:Statement)-[:IN_ARTICLE]->(a:Article)
WHERE ($article IS NULL OR a.id = $article)
  AND ($from IS NULL OR s.date >= $from)
  AND ($toBefore IS NULL OR s.date < $toBefore)
  AND ($about IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(:Entity {id: $about}) })
RETURN count(DISTINCT s) AS total
