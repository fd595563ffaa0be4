// Every relationship type in the database.
// Parameters: none. Returns: relationshipType.
CALL db.relationshipTypes() YIELD relationshipType
RETURN relationshipType
ORDER BY relationshipType
