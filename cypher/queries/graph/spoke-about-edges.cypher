// Statements by the given entities about any entity, one row per (statement, target): the
// caller keeps the targets it asked for and aggregates them into "spoke about" edges.
// Anchored on the id index of the speaker: matching every SAID edge of the store and
// filtering both ends by a list costs the engine the whole graph.
// Parameters: $ids [string].
// Returns: source, target, id (statement id), date.
UNWIND $ids AS speakerId
MATCH (speaker:Entity {id: speakerId})-[:SAID]->(s:Statement)-[:ABOUT]->(target:Entity)
RETURN speaker.id AS source, target.id AS target, s.id AS id, s.date AS date
