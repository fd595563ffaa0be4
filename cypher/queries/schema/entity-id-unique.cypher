// Uniqueness of entity ids (every entity node also carries the label Entity).
// Parameters: none. Returns nothing.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE
