// Every node label in the database.
// Parameters: none. Returns: label.
CALL db.labels() YIELD label
RETURN label
ORDER BY label
