// The folded names (searchText) of the given entities, for the entity index
// (cypher/entityIndex.ts) to read again those a write changed.
// Parameters: $ids [string].
// Returns: id, searchText.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.searchText AS searchText
