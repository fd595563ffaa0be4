// Recomputes the counters kept on entity nodes (mentions, articles, statements by and
// about), so overview and search read them instead of aggregating every time. Every
// pattern starts at the entity, so the cost follows its own edges, not the graph.
// Parameters: $ids [string]. Returns: written (entities updated).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (e)<-[m:MENTIONS]-(:Article)
WITH e, coalesce(sum(m.count), 0) AS mentionCount, count(m) AS articleCount
SET e.mentionCount = mentionCount, e.articleCount = articleCount,
  e.statementsBy = COUNT { MATCH (e)-[:SAID]->(:Statement) },
  e.statementsAbout = COUNT { MATCH (e)<-[:ABOUT]-(:Statement) }
RETURN count(e) AS written
