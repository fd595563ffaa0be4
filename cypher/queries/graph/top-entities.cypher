// The most mentioned entities, optionally of some types only.
// Parameters: $types [string] or null (all), $limit integer.
// Returns: id, name, type, aliases, mentions, articles, statementsBy, statementsAbout.
MATCH (e:Entity)
WHERE $types IS NULL OR e.type IN $types
WITH e, coalesce(e.mentionCount, 0) AS mentions
ORDER BY mentions DESC, e.id
LIMIT $limit
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, mentions,
  coalesce(e.articleCount, 0) AS articles, coalesce(e.statementsBy, 0) AS statementsBy,
  coalesce(e.statementsAbout, 0) AS statementsAbout
