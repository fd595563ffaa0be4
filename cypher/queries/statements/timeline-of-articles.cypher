// Statements of the given articles counted per date, for the explorer's timeline under an
// outlet, publication-date or article filter; statements without a date are counted under a
// null date.
// Parameters: $ids [string] (article ids).
// Returns: date, statements (how many of their statements carry that date).
// Written from the article to its statements, as scope/statements.cypher is.
UNWIND $ids AS articleId
MATCH (:Article {id: articleId})<-[:IN_ARTICLE]-(s:Statement)
RETURN s.date AS date, count(s) AS statements
ORDER BY date
