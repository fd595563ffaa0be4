// Deletes up to $limit nodes with their relationships (repeat until 0 to empty the store).
// Parameters: $limit integer. Returns: deleted.
MATCH (n)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(n) AS deleted
