// Number of articles.
// Parameters: none. Returns: total.
MATCH (a:Article)
RETURN count(a) AS total
