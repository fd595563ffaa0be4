// Every entity with its aliases, for resolving new articles onto existing nodes.
// Parameters: none. Returns: id, name, type, aliases.
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases
ORDER BY id
