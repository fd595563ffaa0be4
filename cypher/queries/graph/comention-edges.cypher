// Co-mention edges among the given entities: articles mentioning both (weight = articles).
// Parameters: $ids [string].
// Returns: source, target, weight, evidenceIds (article ids), firstDate, lastDate.
MATCH (a:Entity)<-[:MENTIONS]-(article:Article)-[:MENTIONS]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND a.id < b.id
RETURN a.id AS source, b.id AS target, count(DISTINCT article) AS weight,
  collect(DISTINCT article.id) AS evidenceIds, min(article.date) AS firstDate, max(article.date) AS lastDate
ORDER BY source, target
