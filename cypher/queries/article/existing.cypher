// Which of the given article ids are stored.
// Parameters: $ids [string]. Returns: id.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id
