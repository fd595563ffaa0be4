// Every property key in the database.
// Parameters: none. Returns: propertyKey.
CALL db.propertyKeys() YIELD propertyKey
RETURN propertyKey
ORDER BY propertyKey
