// The given entities as graph nodes.
// Parameters: $ids [string].
// Returns: id, name, type, aliases, mentions, articles, statementsBy, statementsAbout.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases,
  coalesce(e.mentionCount, 0) AS mentions, coalesce(e.articleCount, 0) AS articles,
  coalesce(e.statementsBy, 0) AS statementsBy, coalesce(e.statementsAbout, 0) AS statementsAbout
