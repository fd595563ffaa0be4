// The articles that mention each of the given entities, one row per entity with two lists
// of the same length: the caller counts co-mention pairs from them. One row per entity
// rather than per (entity, article): at 10k articles the rows of a 500-entity view are
// ~100k, and turning them into objects cost more than the query itself.
// Parameters: $ids [string].
// Returns: id, articleIds [string], dates [string] ('' for an article without a date:
// collect() drops nulls, which would misalign the lists).
UNWIND $ids AS id
MATCH (e:Entity {id: id})<-[:MENTIONS]-(a:Article)
RETURN id, collect(a.id) AS articleIds, collect(coalesce(a.date, '')) AS dates
