// Creates articles known to be new: the writer checks, in the same transaction, that none
// of them is stored (writes.ts), so CREATE spares the engine a lookup per row.
// Parameters: $rows [{id, title, date, url, source, sourceName, language, text, errors}].
// Returns: written (articles created).
UNWIND $rows AS row
CREATE (a:Article {id: row.id, title: row.title, date: row.date, url: row.url, source: row.source,
  sourceName: row.sourceName, language: row.language, text: row.text, errors: row.errors})
RETURN count(a) AS written
