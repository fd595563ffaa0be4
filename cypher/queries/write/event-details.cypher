// Sets the date of Event entities where none is stored yet.
// Parameters: $rows [{id, date}]. Returns: written (rows processed).
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.date = coalesce(e.date, row.date)
RETURN count(e) AS written
