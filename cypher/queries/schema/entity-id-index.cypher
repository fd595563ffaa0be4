// Lookup index on entity ids. Grafeo only: its uniqueness constraints do not serve
// lookups (MERGE would scan every node), while on Neo4j the constraint's own index
// does, and a second index on the same property conflicts with it.
// Parameters: none. Returns nothing.
CREATE INDEX entity_id_lookup IF NOT EXISTS FOR (n:Entity) ON (n.id)
