// Number of statements matching the filters of search/statements (the same WHERE).
// Parameters: $contains, $inSentence, $kinds, $acts, $cue, $speaker, $from, $toBefore, $folds, $plain (as in
//   search/statements). Returns: total.
MATCH (s:Statement)-[:IN_ARTICLE]->(a:Article)
WHERE ($kinds IS NULL OR s.kind IN $kinds)
  AND ($acts IS NULL OR coalesce(s.act, 'claim') IN $acts)
  AND ($from IS NULL OR coalesce(s.date, a.date) >= $from)
  AND ($toBefore IS NULL OR coalesce(s.date, a.date) < $toBefore)
  AND ($speaker IS NULL OR EXISTS { MATCH (:Entity {id: $speaker})-[:SAID]->(s) })
  AND ($cue IS NULL OR reduce(text = toLower(coalesce(s.cue, '')), fold IN $folds | replace(text, fold[0], fold[1])) = $cue)
  AND ($contains IS NULL
    OR CASE WHEN s.quote =~ $plain THEN toLower(s.quote)
      ELSE reduce(text = toLower(s.quote), fold IN $folds | replace(text, fold[0], fold[1])) END CONTAINS $contains
    OR ($inSentence AND CASE WHEN s.sentence =~ $plain THEN toLower(s.sentence)
      ELSE reduce(text = toLower(coalesce(s.sentence, '')), fold IN $folds | replace(text, fold[0], fold[1])) END CONTAINS $contains))
RETURN count(s) AS total
