// Totals for the store: articles, entities, statements, typed relations.
// Parameters: $relationTypes [string] (RELATION_TYPES).
// Returns: articles, entities, statements, relations.
RETURN COUNT { MATCH (a:Article) } AS articles,
  COUNT { MATCH (e:Entity) } AS entities,
  COUNT { MATCH (s:Statement) } AS statements,
  COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE type(r) IN $relationTypes } AS relations
