// The stored name and aliases of the given entities, to merge new names into them.
// Parameters: $ids [string]. Returns: id, name, aliases, type.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.name AS name, e.aliases AS aliases, e.type AS type
