// Every entity's folded names (its searchText, see cypher/text.ts): what the embedded store's
// entity index (cypher/entityIndex.ts) answers search/entities from, read once; each write
// then has the entities it wrote read again with search/entity-texts-by-id.
// Parameters: none.
// Returns: id, searchText.
MATCH (e:Entity)
RETURN e.id AS id, e.searchText AS searchText
