// One entity as a graph node.
// Parameters: $id string.
// Returns: id, name, type, aliases, mentions, articles, statementsBy, statementsAbout.
MATCH (e:Entity {id: $id})
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases,
  coalesce(e.mentionCount, 0) AS mentions, coalesce(e.articleCount, 0) AS articles,
  coalesce(e.statementsBy, 0) AS statementsBy, coalesce(e.statementsAbout, 0) AS statementsAbout
