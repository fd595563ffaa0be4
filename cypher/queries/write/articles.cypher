// Upserts articles; an article already stored keeps its properties.
// Parameters: $rows [{id, title, date, url, source, language, text, errors}].
// Returns: written (rows processed).
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
  ON CREATE SET a.title = row.title, a.date = row.date, a.url = row.url, a.source = row.source,
    a.language = row.language, a.text = row.text, a.errors = row.errors
RETURN count(a) AS written
