// Lookup index on statement ids. Grafeo only (see schema/entity-id-index).
// Parameters: none. Returns nothing.
CREATE INDEX statement_id_lookup IF NOT EXISTS FOR (n:Statement) ON (n.id)
