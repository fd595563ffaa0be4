// Uniqueness of statement ids.
// Parameters: none. Returns nothing.
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE
