// "Spoke about" edges among the given entities: a speaker's statements about a target,
// aggregated (weight = number of statements).
// Parameters: $ids [string].
// Returns: source, target, weight, evidenceIds (statement ids, in no set order), firstDate, lastDate.
MATCH (speaker:Entity)-[:SAID]->(s:Statement)-[:ABOUT]->(target:Entity)
WHERE speaker.id IN $ids AND target.id IN $ids
RETURN speaker.id AS source, target.id AS target, count(DISTINCT s) AS weight,
  collect(DISTINCT s.id) AS evidenceIds, min(s.date) AS firstDate, max(s.date) AS lastDate
ORDER BY source, target
