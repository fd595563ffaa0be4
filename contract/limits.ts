// Limits that more than one layer enforces or advertises: the API's schemas, the store's
// reads and the explorer's requests read them from here, so they cannot disagree.

/** Most nodes one graph read (overview, neighborhood, export) returns, and the most an API request may ask for. */
export const MAX_GRAPH_NODES = 5000;

/** Most entity ids one export by ids may name (the explorer's largest graph). */
export const MAX_EXPORT_IDS = 5000;

/** Most edge ids one export by ids may keep (the visible links of the explorer's largest graph). */
export const MAX_EXPORT_EDGES = 50_000;

/** Most statements one page of the store's statements read holds, and the most GET /api/statements may ask for. */
export const MAX_STATEMENTS_PAGE = 500;

/** Most statements one read by ids returns, and the most ids POST /api/statements/by-id may name. */
export const MAX_STATEMENTS_BY_ID = 500;

/** Longest console query, in characters: the API refuses longer ones, and a link holding one is not followed. */
export const MAX_QUERY_CHARS = 100_000;
