// Adds what a batch of new articles brings to the counters kept on entity nodes (see
// write/entity-counters, which recounts them from the edges): O(rows), where a recount
// costs every edge of every entity the batch touches. A node without counters starts at 0.
// Parameters: $rows [{id, mentions, articles, statementsBy, statementsAbout}].
// Returns: written (entities updated).
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.mentionCount = coalesce(e.mentionCount, 0) + row.mentions,
  e.articleCount = coalesce(e.articleCount, 0) + row.articles,
  e.statementsBy = coalesce(e.statementsBy, 0) + row.statementsBy,
  e.statementsAbout = coalesce(e.statementsAbout, 0) + row.statementsAbout
RETURN count(e) AS written
