// Upserts typed relations between entities (__RELATION_TYPE__ is replaced by a member of RELATION_TYPES).
// Parameters: $rows [{id, source, target, articleId, start, end, evidence, role, date, trace}]
//   (trace: the extractor's rule ids, a list of strings).
// Returns: written (rows processed).
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
MERGE (s)-[r:__RELATION_TYPE__ {id: row.id}]->(t)
  ON CREATE SET r.articleId = row.articleId, r.start = row.start, r.end = row.end,
    r.evidence = row.evidence, r.role = row.role, r.date = row.date, r.trace = row.trace
RETURN count(r) AS written
