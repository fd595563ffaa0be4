// Uniqueness of article ids.
// Parameters: none. Returns nothing.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE
