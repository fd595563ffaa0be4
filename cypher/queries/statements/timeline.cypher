// Statements counted per date, for the explorer's timeline: the statement's own date (ISO,
// partial allowed); statements without one are counted under a null date.
// Parameters: none.
// Returns: date, statements (how many statements carry that date).
MATCH (s:Statement)
RETURN s.date AS date, count(s) AS statements
ORDER BY date
