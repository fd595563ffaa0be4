// Every statement with a speaker and a target, one row per (statement, target): what the
// embedded store's adjacency index (cypher/adjacencyIndex.ts) is filled from once, then kept
// up to date by its writes, to answer graph/spoke-about-edges and graph/statement-neighbors
// from memory.
// Parameters: none.
// Returns: source (speaker id), target, id (statement id), date.
MATCH (speaker:Entity)-[:SAID]->(s:Statement)-[:ABOUT]->(target:Entity)
RETURN speaker.id AS source, target.id AS target, s.id AS id, s.date AS date
