// Links new articles to the entities they mention, with the offsets of every mention.
// Created, not merged: an article is new to the store when its mentions are written, and
// the writer sends one row per (article, entity).
// readings and readingRules give, beside each offset, how that mention reads where it differs
// from the entity's type (a country acting: Organization) and the rule that read it; '' otherwise;
// both null (no property) when every mention reads as its entity.
// Parameters: $rows [{articleId, entityId, count, starts, ends, texts, readings, readingRules}].
// Returns: written (links created).
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.entityId})
CREATE (a)-[m:MENTIONS {
  count: row.count,
  starts: row.starts,
  ends: row.ends,
  texts: row.texts,
  readings: row.readings,
  readingRules: row.readingRules
}]->(e)
RETURN count(m) AS written
