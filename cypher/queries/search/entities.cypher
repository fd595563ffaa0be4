// Entities whose name or an alias contains the folded query (see cypher/text.ts), ranked:
// exact name/alias, then prefix, then word prefix, then substring; then by mentions.
// Parameters: $contains ("q"), $exact ("|q|"), $prefix ("|q"), $wordPrefix (" q"), $limit integer.
// Returns: id, name, type, aliases, mentions, rank.
MATCH (e:Entity)
WHERE e.searchText CONTAINS $contains
WITH e, coalesce(e.mentionCount, 0) AS mentions,
  CASE
    WHEN e.searchText CONTAINS $exact THEN 0
    WHEN e.searchText CONTAINS $prefix THEN 1
    WHEN e.searchText CONTAINS $wordPrefix THEN 2
    ELSE 3
  END AS rank
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, mentions, rank
ORDER BY rank, mentions DESC, name, id
LIMIT $limit
