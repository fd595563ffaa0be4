// Every article's id and date ('' for none, as graph/entity-article-lists gives it): the
// articles co-mentions are ranked among, read once and then kept up to date by the embedded
// store's writes (cypher/entityIndex.ts).
// Parameters: none.
// Returns: id, date.
MATCH (a:Article)
RETURN a.id AS id, coalesce(a.date, '') AS date
