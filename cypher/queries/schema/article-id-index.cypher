// Lookup index on article ids. Grafeo only (see schema/entity-id-index).
// Parameters: none. Returns nothing.
CREATE INDEX article_id_lookup IF NOT EXISTS FOR (n:Article) ON (n.id)
