// Every entity as a graph node (the columns of graph/nodes): what the embedded store's
// entity index (cypher/entityIndex.ts) is filled from once; each write then has the
// entities it touched read again with graph/nodes.
// Parameters: none.
// Returns: id, name, type, aliases, mentions, articles, statementsBy, statementsAbout.
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases,
  coalesce(e.mentionCount, 0) AS mentions, coalesce(e.articleCount, 0) AS articles,
  coalesce(e.statementsBy, 0) AS statementsBy, coalesce(e.statementsAbout, 0) AS statementsAbout
