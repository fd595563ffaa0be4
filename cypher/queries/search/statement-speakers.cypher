// The speaker entity of every statement that has one, with the statements table's key for
// it (search/statements' own: the folded name first in its searchText), for the index a
// server keeps of the statements (server/statementIndex.ts).
// Parameters: none.
// Returns: statementId, speakerId, speakerKey.
MATCH (speaker:Entity)-[:SAID]->(s:Statement)
RETURN s.id AS statementId, speaker.id AS speakerId,
  coalesce(split(speaker.searchText, '|')[1], toLower(speaker.name), '') AS speakerKey
