// Every entity's type and mention count: the ranking the overview is cut from
// (graph/top-entities, graph/entity-count), read once and then kept up to date by the
// embedded store's writes (cypher/entityIndex.ts).
// Parameters: none.
// Returns: id, type, mentions.
MATCH (e:Entity)
RETURN e.id AS id, e.type AS type, coalesce(e.mentionCount, 0) AS mentions
