// The stored name, aliases and other written properties of the given entities, to merge new
// names into them and to leave out the entities a batch would not change.
// Parameters: $ids [string]. Returns: id, name, aliases, type, searchText, externalIds.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.name AS name, e.aliases AS aliases, e.type AS type, e.searchText AS searchText,
  e.externalIds AS externalIds
