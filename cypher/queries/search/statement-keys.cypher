// What the statements table sorts and filters every statement by, one row a statement, for
// the index a server keeps of them (server/statementIndex.ts), with search/statement-articles
// and search/statement-speakers: search/statements' fields before their folding (the caller
// folds, as that query's $folds and $sortFolds would). Only statements in an article, as there.
// Parameters: none.
// Returns: id, articleId, inArticle (the id of the article it is in), start, date (its own, or null), kind, act (a
//   statement stored without one is a claim), cue, quote, sentence, speakerText.
MATCH (s:Statement)-[:IN_ARTICLE]->(a:Article)
RETURN s.id AS id, s.articleId AS articleId, a.id AS inArticle, s.start AS start, s.date AS date, s.kind AS kind,
  coalesce(s.act, 'claim') AS act, s.cue AS cue, s.quote AS quote, s.sentence AS sentence,
  s.speakerText AS speakerText
