// Upserts entities of one type (__ENTITY_TYPE__ is replaced by a member of ENTITY_TYPES).
// Name, aliases and searchText arrive already merged with what is stored; a new node
// gets the labels Entity and its type.
// Parameters: $rows [{id, type, name, aliases, searchText, externalIds}].
// Returns: written (rows processed).
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e:__ENTITY_TYPE__, e.type = row.type
SET e.name = row.name, e.aliases = row.aliases, e.searchText = row.searchText, e.externalIds = row.externalIds
RETURN count(e) AS written
