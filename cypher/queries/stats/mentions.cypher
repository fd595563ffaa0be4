// Number of entity mentions across all articles.
// Parameters: none. Returns: mentions.
OPTIONAL MATCH (:Article)-[m:MENTIONS]->(:Entity)
RETURN coalesce(sum(m.count), 0) AS mentions
